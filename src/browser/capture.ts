// What a page tells us about the click that brought the visitor: URL parameters, and the ad
// platforms' cookies. Pure functions, except cookieContext which reads document.cookie.

import { clickId } from '../schema/cookies.js';
import type { ConversionContext } from '../schema/types.js';
import { getCookie } from './cookies.js';

type ContextKey = keyof ConversionContext;
type AdKey = Extract<ContextKey, `ad_${string}`>;

/** Stored attribution: context key → [value, ms when captured]. */
export type Attribution = Partial<Record<ContextKey, [string, number]>>;

/** URL parameter names read as each ad id field; the field's own name is always read too. */
export type AdParams = Partial<Record<AdKey, string[]>>;

/** URL parameter names read as a context key besides the key's own name. */
export type ParamNames = Partial<Record<ContextKey, string[]>>;

/**
 * Default URL parameters read as a context key besides its own name. For the ad ids, the names
 * used in Meta (`campaign_id={{campaign.id}}`), Google ValueTrack (`{campaignid}`, `{adgroupid}`)
 * and TikTok URL templates (the `adParams` option replaces a field's list); for Snapchat's click
 * id `sccid`, its spelling in ad URLs, `ScCid` (one table: a second mechanism costs bytes).
 */
export const PARAM_NAMES: Required<AdParams> & ParamNames = {
  ad_campaign_id: ['campaign_id', 'campaignid'],
  ad_set_id: ['adset_id', 'adgroup_id', 'adgroupid'],
  ad_id: ['adid', 'creative_id'],
  sccid: ['ScCid'],
};

/**
 * The context keys a URL can carry besides those of PARAM_NAMES (the ad ids and `sccid`):
 * click ids and UTMs (one string: the names cost bytes in every visitor's download). The click
 * ids that only Whop's Events API takes (`gbraid` … `twclid`, `sccid`) are captured and sent
 * all the same: the browser cannot know which API the proxy speaks, and a proxy speaking
 * `/conversions` drops them.
 */
export const URL_KEYS =
  'fbclid gclid ttclid ig_sid gbraid wbraid msclkid li_fat_id rdt_cid twclid utm_source utm_medium utm_campaign utm_term utm_content utm_id'.split(
    ' ',
  ) as ContextKey[];

/**
 * The longest value captured from a URL or a cookie: the API's cap for ad ids (click ids and
 * UTMs may have 500; real ones are far shorter). One cap keeps the bundle small.
 */
export const MAX_VALUE = 256;

/** UTMs and ad ids describe one campaign and are replaced together; click ids one by one
 * (`utm_…` and `ad_…` are the only URL keys that start with u or a). */
const isCampaign = (key: string) => /^[ua]/.test(key);

/**
 * Attribution in a URL: click ids (`fbclid`, `gclid`, `ttclid`, `ig_sid`, and for the Events
 * API `gbraid`, `wbraid`, `msclkid`, `li_fat_id`, `rdt_cid`, `twclid`, `sccid`), UTMs and ad
 * ids. The cookie-sourced fields (`fbp`, `fbc`, `ga`, `ttp`) and the server's (`ip_address`,
 * `user_agent`) never come from a URL. A value over MAX_VALUE characters is left out (a cut
 * click id is a wrong one, and the proxy would refuse the whole event). `names`: the URL
 * parameters read for a key besides its own name (PARAM_NAMES with the `adParams` option over it).
 */
export const fromUrl = (href: string, names: ParamNames): ConversionContext => {
  const out: ConversionContext = {};
  const params = new URL(href).searchParams;
  for (const key of URL_KEYS.concat(Object.keys(names) as ContextKey[]))
    for (const name of [key as string].concat(names[key] || [])) {
      const value = params.get(name);
      // No character at index MAX_VALUE: at most MAX_VALUE long (shorter to write than `length`).
      if (value && !value[MAX_VALUE]) {
        out[key] = value;
        break;
      }
    }
  return out;
};

/**
 * Merges freshly captured values into stored attribution. A new click id replaces the old one
 * of its kind; any campaign value (UTM or ad id) replaces the whole stored campaign set, so one
 * visit's `utm_source` never mixes with another's `utm_campaign`. Values older than `maxAge` ms go.
 */
export const mergeAttribution = (
  stored: Attribution | undefined,
  fresh: ConversionContext,
  now: number,
  maxAge: number,
): Attribution => {
  const out: Attribution = {};
  const newCampaign = Object.keys(fresh).some(isCampaign);
  for (const key in stored) {
    const entry = stored[key as ContextKey];
    if (entry && now - entry[1] < maxAge && !(newCampaign && isCampaign(key))) out[key as ContextKey] = entry;
  }
  for (const key in fresh) out[key as ContextKey] = [fresh[key as ContextKey]!, now];
  return out;
};

/**
 * Context from the ad platforms' cookies, read when an event is tracked (their tags may set
 * them after we load): `_fbp`, `_ga`, `_ttp`, `_fbc` as it is (the Events API's `fbc`, which
 * keeps Meta's click time), and the click ids in `_fbc` and `_gcl_aw`, which stand in when
 * neither the URL nor stored attribution has one. (`_fbc` is read twice: once costs more bytes.)
 */
export const cookieContext = (): ConversionContext => {
  return {
    fbp: getCookie('_fbp'),
    ga: getCookie('_ga'),
    ttp: getCookie('_ttp'),
    fbc: getCookie('_fbc'),
    fbclid: clickId(getCookie('_fbc'), 'fb', 3),
    gclid: clickId(getCookie('_gcl_aw'), 'GCL', 2),
  };
};
