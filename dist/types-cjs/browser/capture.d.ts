import type { ConversionContext } from '../schema/types.js';
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
export declare const PARAM_NAMES: Required<AdParams> & ParamNames;
/**
 * The context keys a URL can carry besides those of PARAM_NAMES (the ad ids and `sccid`):
 * click ids and UTMs (one string: the names cost bytes in every visitor's download). The click
 * ids that only Whop's Events API takes (`gbraid` … `twclid`, `sccid`) are captured and sent
 * all the same: the browser cannot know which API the proxy speaks, and a proxy speaking
 * `/conversions` drops them.
 */
export declare const URL_KEYS: ContextKey[];
/**
 * The longest value captured from a URL or a cookie: the API's cap for ad ids (click ids and
 * UTMs may have 500; real ones are far shorter). One cap keeps the bundle small.
 */
export declare const MAX_VALUE = 256;
/**
 * Attribution in a URL: click ids (`fbclid`, `gclid`, `ttclid`, `ig_sid`, and for the Events
 * API `gbraid`, `wbraid`, `msclkid`, `li_fat_id`, `rdt_cid`, `twclid`, `sccid`), UTMs and ad
 * ids. The cookie-sourced fields (`fbp`, `fbc`, `ga`, `ttp`) and the server's (`ip_address`,
 * `user_agent`) never come from a URL. A value over MAX_VALUE characters is left out (a cut
 * click id is a wrong one, and the proxy would refuse the whole event). `names`: the URL
 * parameters read for a key besides its own name (PARAM_NAMES with the `adParams` option over it).
 */
export declare const fromUrl: (href: string, names: ParamNames) => ConversionContext;
/**
 * Merges freshly captured values into stored attribution. A new click id replaces the old one
 * of its kind; any campaign value (UTM or ad id) replaces the whole stored campaign set, so one
 * visit's `utm_source` never mixes with another's `utm_campaign`. Values older than `maxAge` ms go.
 */
export declare const mergeAttribution: (stored: Attribution | undefined, fresh: ConversionContext, now: number, maxAge: number) => Attribution;
/**
 * Context from the ad platforms' cookies, read when an event is tracked (their tags may set
 * them after we load): `_fbp`, `_ga`, `_ttp`, `_fbc` as it is (the Events API's `fbc`, which
 * keeps Meta's click time), and the click ids in `_fbc` and `_gcl_aw`, which stand in when
 * neither the URL nor stored attribution has one. (`_fbc` is read twice: once costs more bytes.)
 */
export declare const cookieContext: () => ConversionContext;
export {};
