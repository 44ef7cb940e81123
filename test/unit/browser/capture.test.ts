// @vitest-environment happy-dom
// biome-ignore-all lint/suspicious/noDocumentCookie: the tests set up cookies exactly as other tags and browsers do
import { describe, expect, it } from 'vitest';
import {
  AD_PARAMS,
  cookieContext,
  fromUrl,
  MAX_VALUE,
  mergeAttribution,
} from '../../../src/browser/capture.js';
import { isolate, visit } from './helpers.js';

isolate();

const DAY = 864e5;

describe('fromUrl', () => {
  it('takes click ids, UTMs and ad ids from the URL', () => {
    const url =
      'https://x.test/?fbclid=F&gclid=G&ttclid=T&ig_sid=I&utm_source=s&utm_medium=m&utm_campaign=c&utm_term=t&utm_content=n&utm_id=u&campaign_id=1&adset_id=2&ad_id=3';
    expect(fromUrl(url, AD_PARAMS)).toEqual({
      fbclid: 'F',
      gclid: 'G',
      ttclid: 'T',
      ig_sid: 'I',
      utm_source: 's',
      utm_medium: 'm',
      utm_campaign: 'c',
      utm_term: 't',
      utm_content: 'n',
      utm_id: 'u',
      ad_campaign_id: '1',
      ad_set_id: '2',
      ad_id: '3',
    });
  });

  it('never takes cookie or server fields from the URL', () => {
    expect(fromUrl('https://x.test/?fbp=a&ga=b&ttp=c&ip_address=1.2.3.4&user_agent=x', AD_PARAMS)).toEqual(
      {},
    );
  });

  it('reads Google ValueTrack names and custom ad parameters', () => {
    expect(fromUrl('https://x.test/?campaignid=9&adgroupid=8', AD_PARAMS)).toEqual({
      ad_campaign_id: '9',
      ad_set_id: '8',
    });
    expect(fromUrl('https://x.test/?cid=7&campaign_id=1', { ...AD_PARAMS, ad_campaign_id: ['cid'] })).toEqual(
      {
        ad_campaign_id: '7',
      },
    );
  });

  it('leaves out a value longer than MAX_VALUE instead of cutting it', () => {
    expect(
      fromUrl(
        `https://x.test/?fbclid=${'a'.repeat(MAX_VALUE)}&ad_id=${'1'.repeat(MAX_VALUE + 1)}`,
        AD_PARAMS,
      ),
    ).toEqual({
      fbclid: 'a'.repeat(MAX_VALUE),
    });
  });
});

describe('mergeAttribution', () => {
  const now = 1_700_000_000_000;

  it('keeps stored values when nothing new arrives', () => {
    const stored = { fbclid: ['F', now - DAY] as [string, number] };
    expect(mergeAttribution(stored, {}, now, 90 * DAY)).toEqual(stored);
  });

  it('replaces a click id with a new one of its kind and keeps the others', () => {
    const stored = {
      fbclid: ['old', now - DAY] as [string, number],
      gclid: ['G', now - DAY] as [string, number],
    };
    expect(mergeAttribution(stored, { fbclid: 'new' }, now, 90 * DAY)).toEqual({
      fbclid: ['new', now],
      gclid: ['G', now - DAY],
    });
  });

  it('replaces the UTM set as a whole when a new campaign arrives', () => {
    const stored = {
      utm_source: ['facebook', now - DAY] as [string, number],
      utm_campaign: ['spring', now - DAY] as [string, number],
      ad_id: ['42', now - DAY] as [string, number],
      fbclid: ['F', now - DAY] as [string, number],
    };
    expect(mergeAttribution(stored, { utm_source: 'newsletter' }, now, 90 * DAY)).toEqual({
      utm_source: ['newsletter', now],
      fbclid: ['F', now - DAY],
    });
  });

  it('drops values older than the attribution window', () => {
    const stored = {
      fbclid: ['F', now - 91 * DAY] as [string, number],
      gclid: ['G', now - 89 * DAY] as [string, number],
    };
    expect(mergeAttribution(stored, {}, now, 90 * DAY)).toEqual({ gclid: ['G', now - 89 * DAY] });
  });

  it('survives damaged storage', () => {
    expect(mergeAttribution({ fbclid: null } as never, {}, now, DAY)).toEqual({});
    expect(mergeAttribution(undefined, { gclid: 'G' }, now, DAY)).toEqual({ gclid: ['G', now] });
  });
});

describe('cookieContext', () => {
  it('reads _fbp, _ga, _ttp and the click ids in _fbc and _gcl_aw', () => {
    visit('https://www.example.com/');
    document.cookie = '_fbp=fb.1.1596403881668.1116446470; path=/';
    document.cookie = '_ga=GA1.2.1234567890.1700000000; path=/';
    document.cookie = '_ttp=ttp-value; path=/';
    document.cookie = '_fbc=fb.1.1596403881668.IwAR-fbc.AQ; path=/';
    document.cookie = '_gcl_aw=GCL.1700000000.Cj0-gcl; path=/';
    expect(cookieContext()).toEqual({
      fbp: 'fb.1.1596403881668.1116446470',
      ga: 'GA1.2.1234567890.1700000000',
      ttp: 'ttp-value',
      fbclid: 'IwAR-fbc',
      gclid: 'Cj0-gcl',
    });
  });

  it('leaves out a cookie value longer than the API allows', () => {
    visit('https://www.example.com/');
    document.cookie = `_ttp=${'t'.repeat(257)}; path=/`;
    document.cookie = '_ga=GA1.2.1.2; path=/';
    expect(cookieContext()).toEqual({ ga: 'GA1.2.1.2' });
  });
});
