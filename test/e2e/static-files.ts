// The files both e2e sites serve, one way: examples/plain-html at the root, the build under /dist/.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';

/** The repository root. */
export const ROOT = join(import.meta.dirname, '..', '..');
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
};

/** The file a path names, or undefined for one that climbs out of the site. */
function fileOf(pathname: string): string | undefined {
  const path = normalize(decodeURIComponent(pathname));
  if (path.includes('..')) return undefined;
  if (path.startsWith('/dist/')) return join(ROOT, path);
  return join(ROOT, 'examples', 'plain-html', path === '/' ? 'index.html' : path);
}

/**
 * Answers `pathname` with its file (404 when there is none), with `headers` besides its type;
 * `html` rewrites a page before it leaves. A form post lands on the page it names, as on a
 * static host with a form handler.
 */
export async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  {
    html = (text: string) => text,
    headers = {},
  }: { html?: (text: string) => string; headers?: Record<string, string> } = {},
): Promise<void> {
  const path = fileOf(pathname);
  try {
    if (!path) throw new Error('outside the site');
    const body = await readFile(path);
    req.resume();
    const type = CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, ...headers });
    res.end(type === CONTENT_TYPES['.html'] ? html(body.toString('utf8')) : body);
  } catch {
    res.writeHead(404).end('not found');
  }
}
