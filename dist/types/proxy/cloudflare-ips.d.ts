/**
 * Cloudflare's published edge ranges: https://www.cloudflare.com/ips-v4 and
 * https://www.cloudflare.com/ips-v6 (also `GET https://api.cloudflare.com/client/v4/ips`), copied
 * on 2026-12-05 from the lists as they had stood unchanged for years; written without network
 * access, so compare with the URLs when you deploy.
 * Only a connection from one of them may say who the client is in `CF-Connecting-IP`
 * (`trustProxy: 'cloudflare'`); in a list, the word `cloudflare` stands for all of them.
 *
 * The list changes rarely and is announced in advance. To update it, replace the lines below with
 * the two files' current contents (one range per line; check `diff` against both URLs). To
 * override it without a release, add what is missing next to the keyword
 * (`WHOP_TRUST_PROXY=cloudflare,198.18.0.0/15` or `trustProxy: ['cloudflare', '198.18.0.0/15']`,
 * which walks `X-Forwarded-For`: Cloudflare appends the client to it), or pass your own list
 * with the header to read: `trustProxy: { proxies: [...ranges], header: 'cf-connecting-ip' }`.
 *
 * These ranges also carry other Cloudflare customers' traffic (Workers' `fetch`), so they prove
 * that a request came through Cloudflare, not through your zone: for that, let only Cloudflare
 * reach the origin (Cloudflare Tunnel, or a firewall plus Authenticated Origin Pulls).
 */
export declare const CLOUDFLARE_IPS: readonly string[];
