// whop-pixel needs no Next.js configuration: the endpoint is an ordinary route (app/whop/route.ts).
/** @type {import('next').NextConfig} */
const config = {};

export default config;
