// An Express 5 site with the whop-pixel proxy mounted at /whop on its own domain.
// Run: WHOP_API_KEY=… WHOP_COMPANY_ID=biz_… node server.mjs   (see README.md)
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { parseTrustProxy, toNodeHandler } from 'whop-pixel/node';
import { createProxy } from 'whop-pixel/proxy';

const require = createRequire(import.meta.url);

/**
 * Starts the example site: the landing page in ./public, the browser script at /whop.min.js,
 * the proxy at /whop and its health check at /healthz. Resolves once listening.
 * @param {object} options
 * @param {string} options.apiKey Whop API key (sent only to Whop).
 * @param {string} options.companyId e.g. `biz_xxxxxxxxxxxxxx`.
 * @param {string} [options.apiUrl] Upstream endpoint; default Whop's production API.
 * @param {number} [options.port] Default 3000; 0 picks a free port.
 * @param {string} [options.host] Default `127.0.0.1`; `0.0.0.0` to accept outside connections.
 * @param {import('whop-pixel/proxy').TrustProxy} [options.trustProxy] Proxies in front of this server; default false.
 * @param {import('whop-pixel/proxy').Logger | false} [options.logger] Default: JSON lines on the console.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function start({
  apiKey,
  companyId,
  apiUrl,
  port = 3000,
  host = '127.0.0.1',
  trustProxy,
  logger,
}) {
  const app = express();
  app.disable('x-powered-by');
  // Before any body parser: the proxy then reads the raw body itself, under its size limit.
  const whop = toNodeHandler(createProxy({ apiKey, companyId, apiUrl, logger, trustProxy }));
  app.all('/whop', whop);
  // The proxy answers its own health check: GET /healthz → {"ok":true}.
  app.get('/healthz', whop);
  app.get('/whop.min.js', (_req, res) => res.sendFile(require.resolve('whop-pixel/whop.min.js')));
  app.use(express.static(fileURLToPath(new URL('./public', import.meta.url))));

  const server = await new Promise((resolve, reject) => {
    const listening = app.listen(port, host, (error) => (error ? reject(error) : resolve(listening)));
  });
  const { address, port: bound } = server.address();
  return {
    url: `http://${address.includes(':') ? `[${address}]` : address}:${bound}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// `node server.mjs`: configured from the environment.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const env = process.env;
  for (const name of ['WHOP_API_KEY', 'WHOP_COMPANY_ID']) {
    if (!env[name]) {
      console.error(`Set ${name} (see README.md)`);
      process.exit(1);
    }
  }
  const site = await start({
    apiKey: env.WHOP_API_KEY,
    companyId: env.WHOP_COMPANY_ID,
    apiUrl: env.WHOP_API_URL || undefined,
    port: env.PORT ? Number(env.PORT) : undefined,
    host: env.HOST || undefined,
    trustProxy: parseTrustProxy(env.WHOP_TRUST_PROXY),
  });
  console.log(`example site on ${site.url}`);
  const stop = () => site.close().then(() => process.exit(0));
  process.once('SIGINT', stop).once('SIGTERM', stop);
}
