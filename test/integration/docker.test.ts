// The Dockerfile and compose.yaml, checked without Docker (CI has no daemon): the invariants a
// production image needs, read from the files, and compose's configuration run through the real
// CLI in-process, so a variable the CLI refuses or a key the mock does not take fails here.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { USAGE } from '../../src/node/run-cli.js';
import { startCli } from '../unit/node/cli-harness.js';
import { rawRequest } from '../unit/node/http-helpers.js';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

/** One Dockerfile instruction, continuation lines joined. */
interface Instruction {
  keyword: string;
  args: string;
}

/** The Dockerfile's stages, each its FROM line and the instructions after it. */
function stages(text: string): Array<{ from: string; name?: string; instructions: Instruction[] }> {
  const lines = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const result: ReturnType<typeof stages> = [];
  for (const line of lines) {
    const [, keyword, args] = line.match(/^(\w+)\s+(.*)$/) ?? [];
    if (keyword.toUpperCase() === 'FROM') {
      const [, from, name] = args.match(/^(\S+)(?:\s+AS\s+(\S+))?$/i) ?? [];
      result.push({ from, name, instructions: [] });
    } else result.at(-1)?.instructions.push({ keyword: keyword.toUpperCase(), args });
  }
  return result;
}

const dockerfile = stages(read('Dockerfile'));
const runtime = dockerfile.at(-1)!;
const all = (keyword: string) => runtime.instructions.filter((i) => i.keyword === keyword);

describe('Dockerfile', () => {
  it('builds in one stage and runs from a small Node 20 image in another', () => {
    expect(dockerfile.length).toBeGreaterThanOrEqual(2);
    expect(runtime.from).toMatch(/^node:20(\.\d+)*-(alpine|slim)/);
    const build = dockerfile.find((stage) => stage.name === 'build')!;
    expect(build.instructions.map((i) => `${i.keyword} ${i.args}`)).toContain('RUN npm run build');
    // The runtime gets the production dependencies and dist/, nothing else of the build.
    expect(all('RUN').map((i) => i.args)).toContainEqual(expect.stringMatching(/^npm ci --omit=dev\b/));
    expect(all('COPY').map((i) => i.args)).toEqual([
      'package.json package-lock.json ./',
      '--from=build /app/dist ./dist',
    ]);
  });

  it('runs as a non-root user', () => {
    const users = all('USER').map((i) => i.args);
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/);
  });

  it('starts node dist/cli.mjs proxy in exec form, so node is PID 1 and gets SIGTERM', () => {
    const cmds = all('CMD');
    expect(JSON.parse(cmds.at(-1)!.args)).toEqual(['node', 'dist/cli.mjs', 'proxy']);
    expect(all('ENTRYPOINT')).toEqual([]);
    expect(existsSync(new URL('../../src/node/cli.ts', import.meta.url))).toBe(true);
  });

  it('has a HEALTHCHECK on GET /healthz, using node (the image has no curl)', () => {
    const [check] = all('HEALTHCHECK');
    expect(check.args).toMatch(/CMD \["node", "-e", .*\/healthz/);
    expect(all('EXPOSE').map((i) => i.args)).toEqual(['8787']);
  });

  it('sends the daemon only what the build reads: every COPY source is allowed by .dockerignore', () => {
    const ignore = read('.dockerignore')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    expect(ignore[0]).toBe('*'); // an allow-list: a .env or node_modules never reaches the image
    const allowed = ignore
      .filter((line) => line.startsWith('!'))
      .map((line) => line.slice(1).replace(/\/$/, ''));
    const sources = dockerfile
      .flatMap((stage) => stage.instructions)
      .filter((i) => i.keyword === 'COPY' && !i.args.startsWith('--from'))
      .flatMap((i) => i.args.split(/\s+/).slice(0, -1));
    for (const source of sources) {
      expect(allowed).toContain(source.replace(/\/$/, ''));
      expect(existsSync(new URL(`../../${source}`, import.meta.url))).toBe(true);
    }
  });
});

interface Service {
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  ports?: string[];
  build?: string;
  image?: string;
}
const compose = parse(read('compose.yaml')) as { services: Record<string, Service> };
const { proxy, 'mock-api': mock } = compose.services;
const apiUrl = new URL(proxy.environment!.WHOP_API_URL);

describe('compose.yaml', () => {
  it('runs the proxy from the image (its CMD and HEALTHCHECK) and the mock from the same image', () => {
    expect(proxy.build).toBe('.');
    expect(proxy.command).toBeUndefined();
    expect(proxy.healthcheck).toBeUndefined();
    expect(mock.image).toBe(proxy.image);
    expect(mock.command).toEqual(['node', 'dist/cli.mjs', 'mock-api']);
    // The image's check is the proxy's /healthz, which the mock does not serve.
    expect(mock.healthcheck?.test.join(' ')).toMatch(/\/_mock\/stats/);
  });

  it('wires WHOP_API_URL to the mock service, on the port it listens on in its container', () => {
    expect(apiUrl.hostname).toBe('mock-api');
    expect(apiUrl.port).toBe(mock.environment!.PORT);
    expect(apiUrl.pathname).toBe('/api/v1/conversions');
    expect(mock.environment!.HOST).toBe('0.0.0.0');
    expect(proxy.depends_on).toEqual({ 'mock-api': { condition: 'service_healthy' } });
    // Plain http to another container: allowed explicitly, as the proxy requires.
    expect(proxy.environment!.WHOP_ALLOW_HTTP_UPSTREAM).toBe('1');
  });

  it('publishes both ports on the host’s loopback only', () => {
    expect(proxy.ports).toEqual([`127.0.0.1:${proxy.environment!.PORT}:${proxy.environment!.PORT}`]);
    expect(mock.ports).toEqual(['127.0.0.1:8788:8788']);
  });

  it('sets only variables the CLI reads', () => {
    for (const name of [...Object.keys(proxy.environment!), ...Object.keys(mock.environment!)])
      expect(USAGE).toContain(name);
  });
});

describe("compose's configuration, run by the real CLI (no Docker)", () => {
  // The address inside a container is the host's concern; here both listen on free loopback ports.
  const local = { HOST: '127.0.0.1', PORT: '0' };

  it('the proxy starts with exactly its environment (the mock’s host name, plain http allowed)', async () => {
    const proxyRun = await startCli(['proxy'], { ...proxy.environment!, ...local });
    expect(proxyRun.line).toContain(`→ ${apiUrl.href}`);
    expect(await proxyRun.stop()).toBe(0);
  });

  it("the mock takes the proxy's key: a lead posted to the proxy is recorded by the mock", async () => {
    const mockRun = await startCli(['mock-api'], { ...mock.environment!, ...local });
    const mockOrigin = new URL(mockRun.url).origin;
    const proxyRun = await startCli(['proxy'], {
      ...proxy.environment!,
      ...local,
      WHOP_API_URL: `${mockOrigin}${apiUrl.pathname}`,
    });
    const answer = await rawRequest(proxyRun.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ event_name: 'lead', event_id: 'evt_compose_1' }),
    });
    expect(answer.status, answer.body).toBe(200);
    const events = JSON.parse((await rawRequest(`${mockOrigin}/_mock/events`)).body);
    expect(events.map((e: { body: { event_id: string } }) => e.body.event_id)).toEqual(['evt_compose_1']);
    expect(await proxyRun.stop()).toBe(0);
    expect(await mockRun.stop()).toBe(0);
  });
});
