import { describe, expect, it } from 'vitest';
import { SHARED_SECRET_HEADER, secretChecker } from '../../../src/proxy/shared-secret.js';

const SECRET = 'pixel-shared-secret-0123456789';
const request = (value?: string) =>
  new Request('https://shop.example.com/whop', {
    method: 'POST',
    headers: value === undefined ? {} : { [SHARED_SECRET_HEADER]: value },
  });

describe('secretChecker', () => {
  it('says none without the header, valid for the secret, invalid for anything else', async () => {
    const check = secretChecker(SECRET);
    expect(await check(request())).toBe('none');
    expect(await check(request(SECRET))).toBe('valid');
    for (const wrong of [
      '',
      'x',
      SECRET.slice(0, -1),
      `${SECRET}x`,
      SECRET.toUpperCase(),
      `${SECRET}\u00e9`,
    ]) {
      expect(await check(request(wrong)), JSON.stringify(wrong)).toBe('invalid');
    }
  });

  it('reads the header case-insensitively and trims it as HTTP does', async () => {
    const check = secretChecker(SECRET);
    const lower = new Request('https://x.example/', { headers: { 'x-whop-pixel-secret': ` ${SECRET} ` } });
    expect(await check(lower)).toBe('valid');
  });

  it('says invalid for any secret sent to a proxy that has none', async () => {
    const check = secretChecker(undefined);
    expect(await check(request())).toBe('none');
    expect(await check(request(SECRET))).toBe('invalid');
  });
});
