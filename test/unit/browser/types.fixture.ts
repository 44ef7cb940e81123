// Compile-time contract of the npm API. `tsc -p tsconfig.json` checks this file: every
// `@ts-expect-error` line must be an error, every other line must compile. index.test.ts also
// compiles it with the expectations removed, to prove the errors are where they are claimed.
import { createTracker, whop } from '../../../src/index.js';

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
}
