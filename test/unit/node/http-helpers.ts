import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';

/** A raw answer: status, Node's parsed headers (Set-Cookie as a list) and the body text. */
export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A request through `node:http` (not fetch): lets tests send any header, including ones fetch
 * refuses (Host, X-Forwarded-For as written) and a body in chunks.
 */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string | string[]>; body?: string | Buffer } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: options.method ?? 'GET', headers: options.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/**
 * Streams an endless chunked body (16 KiB per tick) until the server answers, then stops.
 * Resolves with the answer and how many bytes had been sent by then.
 */
export function endlessUpload(
  url: string,
  headers: Record<string, string> = {},
): Promise<RawResponse & { sent: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const chunk = Buffer.alloc(16 * 1024, 'a');
    const req = httpRequest(
      url,
      { method: 'POST', headers: { 'content-type': 'text/plain', ...headers }, agent: false },
      (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
            sent,
          });
          req.destroy();
        });
      },
    );
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const pump = () => {
      if (answered || req.destroyed) return;
      // 64 MiB without an answer means the server is buffering: fail rather than run forever.
      if (sent > 64 * 1024 * 1024) return reject(new Error('no answer after 64 MiB'));
      sent += chunk.length;
      if (req.write(chunk)) setImmediate(pump);
      else req.once('drain', pump);
    };
    pump();
  });
}
