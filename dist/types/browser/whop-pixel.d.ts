import type { Api, ConversionInput } from '../schema/types.js';
/** Whop's pixel object (its stub's or its script's), as far as we use it. */
export interface WhopPixel {
    track?(name: string, props?: Record<string, unknown>): unknown;
    setScope(...ids: unknown[]): unknown;
    scope(...ids: unknown[]): unknown;
    q: unknown[][];
    s?: unknown[];
    t?: number;
    o?: string;
    /** On our global: the stub's stand-in for Whop's object, when Whop's stub was not there first. */
    $w?: WhopPixel;
}
/**
 * Whop's visitor id, `wuid_…`: the `_wuid` cookie, else the copy Whop keeps in localStorage under
 * the same name (raw or JSON-quoted). Sent as `user.anonymous_id`, so Whop joins the conversion to
 * the pixel's page views and ad clicks.
 */
export declare const whopVisitor: () => string | undefined;
/**
 * Hands a conversion to Whop's pixel too, with the same `event_id`: Whop counts the pair once,
 * so the lead counts through whichever channel gets through (ad blockers stop Whop's domain,
 * not the site's own proxy). Props in the pixel's shape: customer fields flat, `plan_id` as
 * `variant_id`, a `custom` event under its `custom_name`. Only when Whop's pixel is on the page:
 * Whop's object, or the stub's stand-in once Whop's stub has called it (s.js loaded, `o` set).
 */
export declare const mirror: (event: ConversionInput<Api>) => void;
/**
 * When our stub came first, Whop's stub returned early without loading Whop's script: the stub's
 * stand-in collects its calls, and the first of them (now, or whenever Whop's stub runs) loads
 * s.js once, on a stand-in completed as Whop's stub would have made it. Nothing calls the
 * stand-in on a page without Whop's pixel, so nothing is requested from Whop's domain there.
 */
export declare const adoptStandIn: (standIn: WhopPixel | undefined) => void;
