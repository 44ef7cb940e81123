import { afterEach, describe, expect, it, vi } from 'vitest';
import { consoleLogger, loggedValue, MAX_LOGGED_VALUE, silentLogger } from '../../../src/proxy/logger.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('loggedValue', () => {
  it('copies a client-written value into a log line at most 200 characters long', () => {
    expect(MAX_LOGGED_VALUE).toBe(200);
    expect(loggedValue('https://shop.example.com')).toBe('https://shop.example.com');
    const cut = loggedValue('x'.repeat(15_000));
    expect(cut).toHaveLength(200);
    expect(cut?.endsWith('…')).toBe(true);
    expect(loggedValue(null)).toBeNull();
  });
});

describe('consoleLogger', () => {
  it('writes one JSON line per entry, info to stdout, warn and error to stderr, secrets redacted', () => {
    const out = vi.spyOn(console, 'log').mockImplementation(() => {});
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    const logger = consoleLogger('sk_key_1234567890', 'shared-secret-1234567890');
    logger.info({ msg: 'a', note: 'sk_key_1234567890' });
    logger.warn({ msg: 'b' });
    logger.error({ msg: 'c', note: 'shared-secret-1234567890' });
    expect(out).toHaveBeenCalledTimes(1);
    expect(err).toHaveBeenCalledTimes(2);
    const line = JSON.parse(out.mock.calls[0][0]);
    expect(line).toMatchObject({ level: 'info', msg: 'a', note: '[redacted]' });
    expect(typeof line.time).toBe('string');
    expect(JSON.parse(err.mock.calls[1][0])).toMatchObject({ level: 'error', note: '[redacted]' });
  });

  it('has a silent sibling for logger: false', () => {
    const out = vi.spyOn(console, 'log').mockImplementation(() => {});
    silentLogger.info({ msg: 'x' });
    expect(out).not.toHaveBeenCalled();
  });
});
