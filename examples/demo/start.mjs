// `npm start`: build what is missing or stale, then run the demo server.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const built = ['whop.min.js', 'node.mjs', 'proxy.mjs'].map((f) => join(root, 'dist', f));
const stale =
  built.some((f) => !existsSync(f)) ||
  Math.min(...built.filter(existsSync).map((f) => statSync(f).mtimeMs)) < newest(join(root, 'src'));
if (stale) {
  console.log('building whop-pixel (dist/ is missing or older than src/)…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const { main } = await import('./server.mjs');
await main();
