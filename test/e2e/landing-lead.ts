// The attribution scenario both browser suites run (test/e2e in Chromium, test/engines in every
// engine): a landing with every click id and UTM in its URL, then a sign-up form on the next page.

/** The landing's query: a click id of each ad platform, every UTM, and the ad ids. */
export const CLICK =
  '?fbclid=IwAR-e2e-click&gclid=Cj0-e2e-click&ttclid=tt-e2e-click&ig_sid=ig-e2e&utm_source=facebook&utm_medium=paid_social&utm_campaign=spring_sale&utm_term=coaching&utm_content=video_a&utm_id=cmp-1&campaign_id=111&adset_id=222&ad_id=333';

/**
 * What Whop must receive for the sign-up on `origin`: the form's visitor, and every context field
 * the browser captures (16) plus the proxy's address; the caller adds what differs per engine.
 */
export const landingLead = (origin: string, referrer: string) => ({
  company_id: 'biz_e2e',
  event_name: 'lead',
  action_source: 'website',
  url: `${origin}/signup.html`,
  referrer_url: referrer,
  user: { email: 'ada@example.com', first_name: 'Ada', last_name: 'Lovelace', phone: '+44 20 7946 0000' },
  context: {
    fbclid: 'IwAR-e2e-click',
    gclid: 'Cj0-e2e-click',
    ttclid: 'tt-e2e-click',
    ig_sid: 'ig-e2e',
    fbp: 'fb.2.1700000000000.1116446470',
    ga: 'GA1.3.1234567890.1700000000',
    ttp: 'ttp-e2e',
    utm_source: 'facebook',
    utm_medium: 'paid_social',
    utm_campaign: 'spring_sale',
    utm_term: 'coaching',
    utm_content: 'video_a',
    utm_id: 'cmp-1',
    ad_campaign_id: '111',
    ad_set_id: '222',
    ad_id: '333',
    ip_address: '127.0.0.1',
  },
});
