// Child process for the throughput part (started with `fork`): one server per process, so that
// its CPU time and memory are its own. `node servers.mjs <mode>`:
// - `mock`: the mock Whop API (startMockApi), forgetting recorded events every 20,000 so that a
//   long run measures the proxy, not the mock's memory;
// - `proxy`: `startProxyServer` from dist/ (what `whop-pixel proxy` runs), logger off;
// - `bare-http` / `bare-fetch`: a bare forwarder that does no validation — parse, add company_id,
//   POST each event upstream — with a keep-alive `node:http` agent or the global fetch.
// Tells the parent `{ url }` once listening; answers `usage` with CPU time and memory after GC,
// and `profile-start` / `profile-stop` with a CPU profile of the window between them.
import { Agent, createServer, request } from 'node:http';
import { COMPANY_ID, MOCK_KEY, ROOT, startCpuProfile } from './common.mjs';
import { benchProxyOptions } from './stack.mjs';

const mode = process.argv[2];
const upstream = process.env.BENCH_UPSTREAM;
let reply = () => ({});

function readAll(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

function postHttp(body) {
  return new Promise((resolve) => {
    const out = request(
      upstream,
      {
        method: 'POST',
        agent,
        headers: {
          authorization: `Bearer ${MOCK_KEY}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        readAll(res).then(
          (text) => resolve({ status: res.statusCode, text }),
          () => resolve({ status: 0, text: '' }),
        );
      },
    );
    out.once('error', () => resolve({ status: 0, text: '' }));
    out.end(body);
  });
}

async function postFetch(body) {
  try {
    const res = await fetch(upstream, {
      method: 'POST',
      headers: { authorization: `Bearer ${MOCK_KEY}`, 'content-type': 'application/json' },
      body,
    });
    return { status: res.status, text: await res.text() };
  } catch {
    return { status: 0, text: '' };
  }
}

async function bare(post) {
  const server = createServer(async (req, res) => {
    try {
      const parsed = JSON.parse(await readAll(req));
      const events = Array.isArray(parsed) ? parsed : [parsed];
      const results = await Promise.all(
        events.map(async (event) => {
          const answer = await post(JSON.stringify({ ...event, company_id: COMPANY_ID }));
          let id;
          try {
            id = JSON.parse(answer.text).id;
          } catch {}
          return { event_id: event.event_id, status: answer.status, id };
        }),
      );
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ results }));
    } catch {
      res.writeHead(400);
      res.end();
    }
  });
  server.keepAliveTimeout = 30_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${server.address().port}/whop`;
}

async function start() {
  if (mode === 'mock') {
    const { startMockApi } = await import(`${ROOT}dist/node.mjs`);
    const mock = await startMockApi({ apiKey: MOCK_KEY, port: 0, host: '127.0.0.1' });
    let earlier = 0;
    setInterval(() => {
      const { accepted } = mock.stats();
      if (accepted >= 20_000) {
        earlier += accepted;
        mock.reset();
      }
    }, 200).unref();
    reply = () => ({ accepted: earlier + mock.stats().accepted, stats: mock.stats() });
    return mock.apiUrl;
  }
  if (mode === 'proxy') {
    const { startProxyServer } = await import(`${ROOT}dist/node.mjs`);
    const server = await startProxyServer({
      apiKey: MOCK_KEY,
      companyId: COMPANY_ID,
      apiUrl: upstream,
      port: 0,
      host: '127.0.0.1',
      logger: false,
      ...benchProxyOptions(),
    });
    return server.url;
  }
  if (mode === 'bare-http') return bare(postHttp);
  if (mode === 'bare-fetch') return bare(postFetch);
  throw new Error(`unknown mode ${mode}`);
}

// `profile-start` / `profile-stop`: a CPU profile of just the window between them (V8's
// profiler through node:inspector), sent back as `{ profile }`.
let stopProfile;
process.on('message', async (message) => {
  if (message === 'usage') {
    globalThis.gc?.();
    process.send({ cpu: process.cpuUsage(), memory: process.memoryUsage(), ...reply() });
  } else if (message === 'profile-start') {
    stopProfile = await startCpuProfile();
    process.send({ profiling: true });
  } else if (message === 'profile-stop') {
    process.send({ profile: await stopProfile() });
  }
});
// Bounded: the parent kills this process when done; if the parent dies, the IPC channel closes.
process.on('disconnect', () => process.exit(0));

start().then(
  (url) => process.send({ url }),
  (error) => {
    process.stderr.write(`servers.mjs ${mode}: ${error.stack}\n`);
    process.exit(1);
  },
);
