// Compile-time contract of the npm API. `tsc -p tsconfig.json` checks this file: every
// `@ts-expect-error` line must be an error, every other line must compile. index.test.ts also
// compiles it with the expectations removed, to prove the errors are where they are claimed.
import {
  type Api,
  createTracker,
  type EventNameFor,
  type Tracker,
  type WhopFunction,
  whop,
} from '../../../src/index.js';

export async function contract(): Promise<void> {
  const tracker = createTracker();
  tracker.init({ endpoint: '/whop', consent: 'pending', adParams: { ad_id: ['creative'] } });

  const { event_id, id } = await tracker.track('lead', {
    value: 6.9,
    currency: 'usd',
    user: { email: 'a@b.co' },
  });
  void [event_id.toUpperCase(), id?.toUpperCase()];
  await tracker.track('complete_registration');
  await tracker.track('custom', { custom_name: 'quiz_done' });
  tracker.identify({ email: 'a@b.co', birthdate: '1990-01-15' });
  tracker.consent('granted');
  tracker.reset();

  // @ts-expect-error: not one of Whop's event names
  await tracker.track('purchase');
  // @ts-expect-error: not a currency Whop accepts
  await tracker.track('lead', { currency: 'usd2' });
  // @ts-expect-error: custom events need custom_name
  await tracker.track('custom');
  // @ts-expect-error: custom events need custom_name
  await tracker.track('custom', { value: 1 });
  // @ts-expect-error: value is a number
  await tracker.track('lead', { value: '6.90' });
  // @ts-expect-error: not a field of the conversions API
  await tracker.track('lead', { company_id: 'biz_x' });
  // @ts-expect-error: the browser never sends ip_address
  await tracker.track('lead', { context: { ip_address: '1.2.3.4' } });
  // @ts-expect-error: not a user field
  tracker.identify({ nickname: 'x' });
  // @ts-expect-error: not a consent state
  tracker.consent('yes');
  // @ts-expect-error: endpoint is required
  tracker.init({});

  whop('init', { endpoint: '/whop' });
  const eventId: string | undefined = whop('track', 'lead', { currency: 'eur' });
  void eventId;
  whop('identify', { email: 'a@b.co' });
  whop('consent', 'denied');
  whop('reset');
  // @ts-expect-error: not one of Whop's event names
  whop('track', 'purchase');
  // @ts-expect-error: not a command
  whop('page');
  // @ts-expect-error: custom events need custom_name
  whop('track', 'custom');
  // @ts-expect-error: a free name is the Events API's alone
  whop('track', 'quiz_done');

  // A proxy that speaks Whop's Events API, declared to the types.
  const api: Api = 'events';
  void api;
  const name: EventNameFor<'events'> = 'add_to_cart';
  void name;
  const events: Tracker<'events'> = createTracker<'events'>();
  await events.track('lead');
  await events.track('purchase', { value: 49, currency: 'usd' });
  await events.track('view_content');
  await events.track('add_to_cart', { value: 9 });
  await events.track('initiate_checkout');
  await events.track('quiz_done');
  await events.track('custom', { custom_name: 'quiz_done' });
  // @ts-expect-error: purchase needs its value
  await events.track('purchase');
  // @ts-expect-error: purchase needs its value
  await events.track('purchase', { currency: 'usd' });
  // @ts-expect-error: value is a number
  await events.track('purchase', { value: '49' });
  // @ts-expect-error: custom events still need custom_name
  await events.track('custom');
  // @ts-expect-error: an event name is a string
  await events.track(42);
  // @ts-expect-error: not a field of the Events API either
  await events.track('quiz_done', { account_id: 'biz_x' });

  const w = whop as WhopFunction<'events'>;
  const purchaseId: string | undefined = w('track', 'purchase', { value: 49 });
  void purchaseId;
  w('track', 'quiz_done');
  w('track', 'lead', { user: { linked_anonymous_id: '123' } });
  // @ts-expect-error: purchase needs its value
  w('track', 'purchase');
  // @ts-expect-error: custom events still need custom_name
  w('track', 'custom');
  // @ts-expect-error: not an API
  createTracker<'graph'>();
}
