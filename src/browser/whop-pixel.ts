// The bridge to Whop's own pixel (`window.whop.track`, its `_wuid` visitor id) on pages that carry
// both, as Whop's pixel and Events API documentation describe them. The inline stub (src/stub.ts) makes the
// global one callable object over Whop's; this file does what can wait for whop.min.js.

import type { Api, ConversionInput } from '../schema/types.js';
import { getCookie } from './cookies.js';

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
export const whopVisitor = (): string | undefined => {
  try {
    // No match (nothing stored, or no id of Whop's shape) throws: undefined.
    return /wuid_[^"]+/.exec(getCookie('_wuid') || localStorage._wuid)![0];
  } catch {}
};

/**
 * Hands a conversion to Whop's pixel too, with the same `event_id`: Whop counts the pair once,
 * so the lead counts through whichever channel gets through (ad blockers stop Whop's domain,
 * not the site's own proxy). Props in the pixel's shape: customer fields flat, `plan_id` as
 * `variant_id`, a `custom` event under its `custom_name`. Only when Whop's pixel is on the page:
 * Whop's object, or the stub's stand-in once Whop's stub has called it (s.js loaded, `o` set).
 */
export const mirror = (event: ConversionInput<Api>): void => {
  const pixel = (window as unknown as { whop?: WhopPixel }).whop;
  // biome-ignore lint/complexity/useOptionalChain: `?.` compiles to longer ES2018
  if (!(pixel && pixel.track && !(pixel.$w && !pixel.$w.o))) return;
  // The customer fields the pixel takes are the API's user fields but for anonymous_id, member_id,
  // membership_id, user_id, birthdate, gender and username (exactly those starting with a, m, u,
  // b or g) and the Events API's linked_anonymous_id and linked_wuid (the only ones with a k, a
  // byte cheaper than `^li`). A unit test holds this to the list; the props above match none of
  // it. Absent fields are left out rather than sent as null or undefined.
  const fields: Record<string, unknown> = {
    event_id: event.event_id,
    value: event.value,
    currency: event.currency,
    product_id: event.product_id,
    variant_id: event.plan_id,
    ...event.user,
  };
  const props: Record<string, unknown> = {};
  for (const key in fields) if (fields[key] != null && !/^[ambgu]|k/.test(key)) props[key] = fields[key];
  // The name as given (the proxy, not the browser, knows which names its API takes); a `custom`
  // event without its name is nothing the pixel could count.
  const name = event.event_name === 'custom' ? event.custom_name : event.event_name;
  if (name) pixel.track(name, props);
};

/**
 * When our stub came first, Whop's stub returned early without loading Whop's script: the stub's
 * stand-in collects its calls, and the first of them (now, or whenever Whop's stub runs) loads
 * s.js once, on a stand-in completed as Whop's stub would have made it. Nothing calls the
 * stand-in on a page without Whop's pixel, so nothing is requested from Whop's domain there.
 */
export const adoptStandIn = (standIn: WhopPixel | undefined): void => {
  if (!standIn) return;
  const queue = standIn.q;
  const load = () =>
    standIn.o ||
    document.head.append(
      // biome-ignore lint/suspicious/noAssignInExpressions: bytes
      Object.assign(document.createElement('script'), { src: `${(standIn.o = 'https://t.whop.tw')}/s.js` }),
    );
  if (queue[0]) load();
  // Every call of the stand-in pushes onto its queue. (If s.js takes the queue over, this goes.)
  queue.push = (...entries) => {
    load();
    return [].push.apply(queue, entries as never);
  };
};
