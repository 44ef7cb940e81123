import { afterEach, describe, expect, it } from 'vitest';
import { startMockApi } from '../../../src/node/mock-server.js';
import { rawRequest } from './http-helpers.js';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

const lead = JSON.stringify({ company_id: 'biz_1', event_name: 'lead', event_id: 'evt_1' });
const apiHeaders = { authorization: 'Bearer mock_key', 'content-type': 'application/json' };

describe('startMockApi: the control endpoints over HTTP', () => {
  it('a DNS-rebinding page (its own name as Host) reads nothing and changes nothing', async () => {
    const mock = await startMockApi({ apiKey: 'mock_key' });
    closers.push(mock.close);
    const port = new URL(mock.url).port;
    expect((await rawRequest(mock.apiUrl, { method: 'POST', headers: apiHeaders, body: lead })).status).toBe(
      200,
    );
    const rebound = { host: `rebind.attacker.test:${port}` };
    const read = await rawRequest(`${mock.url}/_mock/events`, { headers: rebound });
    expect(read.status).toBe(403);
    expect(read.body).not.toContain('evt_1');
    const set = await rawRequest(`${mock.url}/_mock/faults`, {
      method: 'POST',
      headers: rebound,
      body: JSON.stringify([{ status: 503, times: 100 }]),
    });
    expect(set.status).toBe(403);
    expect(mock.events()).toHaveLength(1);
    expect(JSON.parse((await rawRequest(`${mock.url}/_mock/faults`)).body)).toEqual([]);
  });

  it('a cross-site page cannot queue faults (CSRF with a simple POST)', async () => {
    const mock = await startMockApi({ apiKey: 'mock_key' });
    closers.push(mock.close);
    const csrf = await rawRequest(`${mock.url}/_mock/faults`, {
      method: 'POST',
      headers: {
        origin: 'https://evil.example.net',
        'sec-fetch-site': 'cross-site',
        'content-type': 'text/plain',
      },
      body: JSON.stringify([{ status: 503, times: 100 }]),
    });
    expect(csrf.status).toBe(403);
    expect(JSON.parse((await rawRequest(`${mock.url}/_mock/faults`)).body)).toEqual([]);
  });

  it('answers the API paths whatever the Host (a proxy in another container calls http://mock:8788)', async () => {
    const mock = await startMockApi({ apiKey: 'mock_key' });
    closers.push(mock.close);
    const response = await rawRequest(mock.apiUrl, {
      method: 'POST',
      headers: { ...apiHeaders, host: 'mock:8788' },
      body: lead,
    });
    expect(response.status).toBe(200);
  });

  it('also answers the Host it was told to listen on', async () => {
    // Any 127.x address is loopback on Linux; 127.0.0.2 is not in the built-in list.
    const mock = await startMockApi({ apiKey: 'mock_key', host: '127.0.0.2' });
    closers.push(mock.close);
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.2:\d+$/);
    expect((await rawRequest(`${mock.url}/_mock/stats`)).status).toBe(200);
  });
});
