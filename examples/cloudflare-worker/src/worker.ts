import { createWorker } from 'whop-pixel/cloudflare';

// POST /whop is the first-party conversions endpoint the snippet posts to; GET /healthz answers
// 200 once WHOP_API_KEY and WHOP_COMPANY_ID are set. Every other path is 404.
export default createWorker({ path: '/whop' });
