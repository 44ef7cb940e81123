// What a page tells us about the click that brought the visitor: URL parameters, and the ad
// platforms' cookies. Pure functions, except cookieContext which reads document.cookie.
import { CONTEXT_FIELDS } from '../schema/fields.js';
import type { ConversionContext } from '../schema/types.js';
import { clickId } from './click-ids.js';
import { getCookie } from './cookies.js';

type ContextKey = keyof typeof CONTEXT_FIELDS;
type AdKey = Extract<ContextKey, `ad_${string}`>;

/** Stored attribution: context key → [value, ms when captured]. */
export type Attribution = Partial<Record<ContextKey, [string, number]>>;

/** URL parameter names read as each ad id field; the field's own name is always read too. */
export type AdParams = Partial<Record<AdKey, string[]>>;

/**
 * Default URL parameters for the ad ids: the names used in Meta (`campaign_id={{campaign.id}}`),
 * Google ValueTrack (`{campaignid}`, `{adgroupid}`) and TikTok URL templates.
 */
export const AD_PARAMS: Required<AdParams> = {
  ad_campaign_id: ['campaign_id', 'campaignid'],
  ad_set_id: ['adset_id', 'adgroup_id', 'adgroupid'],
  ad_id: ['adid', 'creative_id'],
};

/** UTMs and ad ids describe one campaign and are replaced together; click ids one by one. */
const isCampaign = (key: string) => /^(utm|ad)_/.test(key);

/**
 * Attribution in a URL: click ids (`fbclid`, `gclid`, `ttclid`, `ig_sid`), UTMs and ad ids.
 * The cookie-sourced fields (`fbp`, `ga`, `ttp`: no underscore, at most 3 letters) and the
 * server's (`ip_address`, `user_agent`) never come from a URL; a value over its API length is
 * left out (a cut click id is a wrong one).
 */
export function fromUrl(href: string, adParams: AdParams = AD_PARAMS): ConversionContext {
  const out: ConversionContext = {};
  const params = new URL(href).searchParams;
  for (const key in CONTEXT_FIELDS) {
    const k = key as ContextKey;
    if (!/^(ip_|user_|..?.?$)/.test(k))
      for (const name of [k, ...((adParams as Record<string, string[]>)[k] || [])]) {
        const value = params.get(name);
        if (value && value.length <= CONTEXT_FIELDS[k]) {
          out[k] = value;
          break;
        }
      }
  }
  return out;
}

/**
 * Merges freshly captured values into stored attribution. A new click id replaces the old one
 * of its kind; any campaign value (UTM or ad id) replaces the whole stored campaign set, so one
 * visit's `utm_source` never mixes with another's `utm_campaign`. Values older than `maxAge` ms go.
 */
export function mergeAttribution(
  stored: Attribution | undefined,
  fresh: ConversionContext,
  now: number,
  maxAge: number,
): Attribution {
  const out: Attribution = {};
  const newCampaign = Object.keys(fresh).some(isCampaign);
  for (const [key, entry] of Object.entries(stored || {}))
    if (entry && now - entry[1] < maxAge && !(newCampaign && isCampaign(key))) out[key as ContextKey] = entry;
  for (const [key, value] of Object.entries(fresh)) out[key as ContextKey] = [value, now];
  return out;
}

/**
 * Context from the ad platforms' cookies, read when an event is tracked (their tags may set
 * them after we load): `_fbp`, `_ga`, `_ttp`, and the click ids in `_fbc` and `_gcl_aw`, which
 * stand in when neither the URL nor stored attribution has one.
 */
export function cookieContext(): ConversionContext {
  return {
    fbp: getCookie('_fbp'),
    ga: getCookie('_ga'),
    ttp: getCookie('_ttp'),
    fbclid: clickId(getCookie('_fbc'), 'fb', 3),
    gclid: clickId(getCookie('_gcl_aw'), 'GCL', 2),
  };
}
