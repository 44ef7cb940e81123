import { createRouteHandlers, fromEnv } from 'whop-pixel/next';

// POST /whop: the first-party conversions endpoint the snippet posts to (same origin as the site).
export const { POST, OPTIONS } = createRouteHandlers(() => fromEnv(process.env));
