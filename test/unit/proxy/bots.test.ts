import { describe, expect, it } from 'vitest';
import { isBot, isCrawler, NOT_BOTS } from '../../../src/proxy/bots.js';
import { CRAWLERS, HTTP_CLIENTS, UA } from './user-agents.js';

describe('isCrawler', () => {
  it.each(Object.entries(CRAWLERS))('flags %s', (_, userAgent) => {
    expect(isCrawler(userAgent)).toBe(true);
  });

  it.each(Object.entries(UA))(
    'lets the browser %s through (headless too: that is a separate option)',
    (_, ua) => {
      expect(isCrawler(ua)).toBe(false);
    },
  );

  it.each(Object.entries(HTTP_CLIENTS))('lets the server-side client %s through', (_, userAgent) => {
    expect(isCrawler(userAgent)).toBe(false);
  });

  it('lets every agent isbot is overruled on through', () => {
    for (const userAgent of NOT_BOTS) expect(isCrawler(userAgent), userAgent).toBe(false);
  });

  it('treats a missing or empty agent as not a bot', () => {
    expect(isCrawler(null)).toBe(false);
    expect(isCrawler(undefined)).toBe(false);
    expect(isCrawler('')).toBe(false);
  });
});

describe('isBot', () => {
  it('is a crawler, or a headless browser with blockHeadless', () => {
    expect(isBot(CRAWLERS.googlebot, false)).toBe(true);
    expect(isBot(UA.headlessChrome, true)).toBe(false);
    expect(isBot(UA.headlessChrome, true, { blockHeadless: true })).toBe(true);
    expect(isBot(UA.chrome, false, { blockHeadless: true })).toBe(false);
    expect(isBot(null, true, { blockHeadless: true })).toBe(false);
  });

  it('lets an allowed agent through whatever else it says, case-insensitively', () => {
    const monitor = 'Mozilla/5.0 (compatible; AcmeUptimeBot/1.0)';
    expect(isBot(monitor, false)).toBe(true);
    expect(isBot(monitor, false, { allow: ['acmeuptime'] })).toBe(false);
    expect(isBot(CRAWLERS.googlebot, false, { allow: ['acmeuptime'] })).toBe(true);
    expect(isBot(UA.headlessChrome, true, { blockHeadless: true, allow: ['HeadlessChrome/130'] })).toBe(
      false,
    );
  });
});
