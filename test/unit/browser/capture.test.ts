// @vitest-environment happy-dom
// biome-ignore-all lint/suspicious/noDocumentCookie: the tests set up cookies exactly as other tags and browsers do
import { describe, expect, it } from 'vitest';
import {
  cookieContext,
  fromUrl,
  MAX_VALUE,
  mergeAttribution,
  PARAM_NAMES,
  URL_KEYS,
} from '../../../src/browser/capture.js';
import { CONTEXT_FIELDS } from '../../../src/schema/fields.js';
import { isolate, visit } from './helpers.js';

isolate();

const DAY = 864e5;

describe('fromUrl', () => {
  it('takes click ids, UTMs and ad ids from the URL', () => {
    const url =
      'https://x.test/?fbclid=F&gclid=G&ttclid=T&ig_sid=I&utm_source=s&utm_medium=m&utm_campaign=c&utm_term=t&utm_content=n&utm_id=u&campaign_id=1&adset_id=2&ad_id=3';
    expect(fromUrl(url, PARAM_NAMES)).toEqual({
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

  it("takes the click ids only Whop's Events API has, each under its own parameter name", () => {
    const url = 'https://x.test/?gbraid=GB&wbraid=WB&msclkid=MS&li_fat_id=LI&rdt_cid=RD&twclid=TW&ScCid=SC';
    expect(fromUrl(url, PARAM_NAMES)).toEqual({
      gbraid: 'GB',
      wbraid: 'WB',
      msclkid: 'MS',
      li_fat_id: 'LI',
      rdt_cid: 'RD',
      twclid: 'TW',
      sccid: 'SC',
    });
  });

  it("reads Snapchat's click id as ScCid, the spelling of its ad URLs, and as sccid", () => {
    expect(fromUrl('https://x.test/?ScCid=S1', PARAM_NAMES)).toEqual({ sccid: 'S1' });
    expect(fromUrl('https://x.test/?sccid=s2', PARAM_NAMES)).toEqual({ sccid: 's2' });
    // Other spellings are other parameters, as for every key.
    expect(fromUrl('https://x.test/?SCCID=S3&MSCLKID=M&Gclid=G', PARAM_NAMES)).toEqual({});
    // An `adParams` option replaces the ad ids' lists, never the ScCid spelling.
    expect(fromUrl('https://x.test/?ScCid=S4', { ...PARAM_NAMES, ad_id: ['x'] })).toEqual({ sccid: 'S4' });
  });

  it('never takes cookie, server or device fields from the URL', () => {
    expect(
      fromUrl(
        'https://x.test/?fbp=a&fbc=fb.1.2.F&ga=b&ttp=c&ip_address=1.2.3.4&user_agent=x&language=en&timezone=UTC&screen_resolution=1x1',
        PARAM_NAMES,
      ),
    ).toEqual({});
  });

  it('reads only context fields of the schema, and only UTMs and ad ids start with u or a', () => {
    const keys = [...URL_KEYS, ...Object.keys(PARAM_NAMES)];
    expect(keys.filter((key) => !Object.hasOwn(CONTEXT_FIELDS, key))).toEqual([]);
    // mergeAttribution replaces what starts with u or a as one campaign: no click id may.
    expect(keys.filter((key) => /^[ua]/.test(key) && !/^(utm|ad)_/.test(key))).toEqual([]);
  });

  it('reads Google ValueTrack names and custom ad parameters', () => {
    expect(fromUrl('https://x.test/?campaignid=9&adgroupid=8', PARAM_NAMES)).toEqual({
      ad_campaign_id: '9',
      ad_set_id: '8',
    });
    expect(
      fromUrl('https://x.test/?cid=7&campaign_id=1', { ...PARAM_NAMES, ad_campaign_id: ['cid'] }),
    ).toEqual({
      ad_campaign_id: '7',
    });
  });

  it('leaves out a value longer than MAX_VALUE instead of cutting it', () => {
    expect(
      fromUrl(
        `https://x.test/?fbclid=${'a'.repeat(MAX_VALUE)}&ad_id=${'1'.repeat(MAX_VALUE + 1)}`,
        PARAM_NAMES,
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

  it("treats the Events API's click ids as click ids: replaced one by one, untouched by a new campaign", () => {
    const stored = {
      gbraid: ['GB', now - DAY] as [string, number],
      msclkid: ['old', now - DAY] as [string, number],
      sccid: ['SC', now - DAY] as [string, number],
      utm_source: ['bing', now - DAY] as [string, number],
      utm_campaign: ['spring', now - DAY] as [string, number],
    };
    expect(mergeAttribution(stored, { msclkid: 'new' }, now, 90 * DAY)).toEqual({
      ...stored,
      msclkid: ['new', now],
    });
    expect(mergeAttribution(stored, { utm_source: 'newsletter', twclid: 'TW' }, now, 90 * DAY)).toEqual({
      gbraid: ['GB', now - DAY],
      msclkid: ['old', now - DAY],
      sccid: ['SC', now - DAY],
      utm_source: ['newsletter', now],
      twclid: ['TW', now],
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
  it('reads _fbp, _ga, _ttp, _fbc as it is, and the click ids in _fbc and _gcl_aw', () => {
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
      fbc: 'fb.1.1596403881668.IwAR-fbc.AQ',
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
