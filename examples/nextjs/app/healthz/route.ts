import { createRouteHandlers, fromEnv } from 'whop-pixel/next';

// GET /healthz: {"ok":true}, or 503 {"ok":false} when WHOP_API_KEY / WHOP_COMPANY_ID are missing.
export const { GET, HEAD } = createRouteHandlers(() => fromEnv(process.env));
