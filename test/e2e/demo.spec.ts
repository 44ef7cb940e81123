import { mkdirSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
// The demo is plain ESM JavaScript in examples/; it imports the built package (dist/).
import { type Demo, startDemo } from '../../examples/demo/server.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium-path.js';

// Chromium resolves *.attacker.test to 127.0.0.1: an attacker's site whose name was rebound to
// the visitor's loopback (DNS rebinding), and another site posting to it (CSRF).
test.use({
  launchOptions: {
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP *.attacker.test 127.0.0.1'],
  },
});

let demo: Demo;
const lines: string[] = [];

test.beforeAll(async () => {
  demo = await startDemo({ port: 0, host: '127.0.0.1', env: {}, log: (line: string) => lines.push(line) });
});

test.afterAll(async () => {
  await demo?.close();
});

test('announces mock mode plainly when no WHOP_API_KEY is set', () => {
  expect(demo.mode).toBe('mock');
  expect(lines.join('\n')).toContain(
    'no WHOP_API_KEY: events go to the local mock API, nothing leaves this machine',
  );
  // Which of Whop's APIs the proxy speaks, and how to switch.
  expect(demo.api).toBe('conversions');
  expect(lines.join('\n')).toContain(
    "upstream API  Whop's conversions API (POST /api/v1/conversions); WHOP_API=events",
  );
});

test('a lead from a Meta ad click shows in the inspector with its fbclid and UTMs', async ({ browser }) => {
  const context = await browser.newContext();
  const inspector = await context.newPage();
  await inspector.goto(`${demo.url}/inspector`);
  await expect(inspector.locator('#conn')).toHaveText('live');

  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${demo.url}/`);
  await page.click('#from-meta');
  await page.waitForURL(/fbclid=IwAR2demoMetaClick/);
  await page.click('#to-signup');
  await page.fill('#first_name', 'Ada');
  await page.fill('#last_name', 'Lovelace');
  await page.fill('#email', 'ada@example.com');
  await page.click('button[type=submit]');
  await page.waitForURL(/thanks\.html/);

  const card = inspector.locator('article.event').first();
  await expect(card).toBeVisible();
  await expect(card.locator('.name')).toHaveText('lead');
  await expect(card.locator('.pill.accepted')).toBeVisible();
  await expect(card).toContainText('fbclid IwAR2demoMetaClick');
  await expect(card).toContainText('utm_source facebook');
  await expect(card).toContainText('utm_campaign spring_launch');
  // Masked by default: the e-mail's domain shows, the person does not.
  await expect(card).toContainText('a••@example.com');
  await expect(card).not.toContainText('ada@example.com');
  expect(errors).toEqual([]);

  // The mock API recorded exactly one lead with the attribution.
  const recorded = await (await fetch(`${demo.mockUrl}/_mock/events`)).json();
  const leads = recorded.filter((e: { body: { event_name: string } }) => e.body.event_name === 'lead');
  expect(leads).toHaveLength(1);
  expect(leads[0].body.context).toMatchObject({ fbclid: 'IwAR2demoMetaClick', utm_source: 'facebook' });
  expect(leads[0].body.user).toMatchObject({ email: 'ada@example.com', first_name: 'Ada' });

  mkdirSync('test-results/screenshots', { recursive: true });
  await inspector.setViewportSize({ width: 1280, height: 900 });
  await inspector.screenshot({ path: 'test-results/screenshots/inspector-desktop.png', fullPage: true });
  await inspector.setViewportSize({ width: 390, height: 844 });
  await inspector.screenshot({ path: 'test-results/screenshots/inspector-phone.png', fullPage: true });
  await page.goto(`${demo.url}/`);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/screenshots/landing-phone.png', fullPage: true });
  // Nothing overflows sideways on a phone.
  const overflow = await inspector.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});

test('reveal shows the user fields unmasked on request', async ({ page }) => {
  await page.goto(`${demo.url}/inspector?reveal=1`);
  await expect(page.locator('article.event').first()).toContainText('ada@example.com');
});

/** A GET through node:http with the Host a rebound browser would send; status only. */
function statusWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { host }, agent: false }, (res) => {
      resolve(res.statusCode ?? 0);
      res.destroy();
    });
    req.on('error', reject).end();
  });
}

test.describe('a hostile page on the same machine', () => {
  test('DNS rebinding: a page on another name that now resolves to 127.0.0.1 reads no lead', async ({
    page,
  }) => {
    // A lead with an e-mail, as a server would post it (no Origin).
    const posted = await fetch(`${demo.url}/whop`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ event_name: 'lead', user: { email: 'grace@example.com' } }),
    });
    expect(posted.status).toBe(200);
    const port = new URL(demo.url).port;
    const rebound = `http://rebind.attacker.test:${port}`;
    const answer = await page.goto(`${rebound}/inspector/events?reveal`);
    expect(answer?.status()).toBe(403);
    expect(await answer?.text()).not.toContain('grace@example.com');
    // Every path, the live stream and the proxy included.
    for (const path of ['/inspector/stream?reveal', '/inspector', '/', '/whop.min.js', '/whop']) {
      expect(await statusWithHost(`${demo.url}${path}`, `rebind.attacker.test:${port}`)).toBe(403);
    }
    // The demo's own address still works, and so does localhost.
    expect((await fetch(`${demo.url}/inspector/events`)).status).toBe(200);
    expect(await statusWithHost(`${demo.url}/inspector/events`, `localhost:${port}`)).toBe(200);
  });

  test('CSRF: another site cannot arm an outage; the inspector’s own button can', async ({ page }) => {
    const attacker = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<p>hi'),
    );
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = attacker.address() as AddressInfo;
      await page.goto(`http://evil.attacker.test:${port}/`);
      // A simple POST needs no preflight: the browser sends it, only the answer stays unread.
      await page.evaluate(
        (target) => fetch(`${target}/inspector/outage`, { method: 'POST', mode: 'no-cors' }),
        demo.url,
      );
      expect(await (await fetch(`${demo.mockUrl}/_mock/faults`)).json()).toEqual([]);
    } finally {
      await new Promise((resolve) => attacker.close(resolve));
    }
    await page.goto(`${demo.url}/inspector`);
    await page.click('#outage');
    await expect(page.locator('#outage')).toHaveText(/Outage armed/);
    expect(await (await fetch(`${demo.mockUrl}/_mock/faults`)).json()).toEqual([{ status: 503, times: 3 }]);
    await fetch(`${demo.mockUrl}/_mock/faults`, { method: 'DELETE' });
  });

  test('a demo told to listen on another address answers that Host too', async () => {
    const other = await startDemo({ port: 0, host: '127.0.0.2', env: {}, log: () => {} });
    try {
      expect((await fetch(`${other.url}/inspector/mode`)).status).toBe(200);
    } finally {
      await other.close();
    }
  });
});
