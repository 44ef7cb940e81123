// The landing page of each tool as its docs tell users to install it (official snippet + CDN
// file, here served from the local site), pointed at the local collectors instead of the vendor.
import { readFileSync } from 'node:fs';
import { BUNDLE_PATH, STUB } from '../../scripts/size-budget.mjs';
import { PEERS } from './common.mjs';

const SEGMENT_KEY = 'benchWriteKey0000';

/** The body every landing page shares, so the blank page differs only by the tool. */
export function landing(head, title = 'Acme Coaching') {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>${head}</head>
<body><header><a href="/">Acme Coaching</a></header><main><h1>Grow your audience in 30 days</h1>
<p>A landing page reached from an ad. ${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(8)}</p>
<form action="/next" method="post"><input name="email" type="email" value="ada@example.com"><button>Get the guide</button></form>
</main></body></html>`;
}

/** Segment's snippet 5.2 (from their docs), loading the standalone build from `cdn`. */
function segmentSnippet(cdn) {
  return `!function(){var i="analytics",analytics=window[i]=window[i]||[];if(!analytics.initialize)if(analytics.invoked)window.console&&console.error&&console.error("Segment snippet included twice.");else{analytics.invoked=!0;analytics.methods=["trackSubmit","trackClick","trackLink","trackForm","pageview","identify","reset","group","track","ready","alias","debug","page","screen","once","off","on","addSourceMiddleware","addIntegrationMiddleware","setAnonymousId","addDestinationMiddleware","register"];analytics.factory=function(e){return function(){if(window[i].initialized)return window[i][e].apply(window[i],arguments);var n=Array.prototype.slice.call(arguments);if(["track","screen","alias","group","page","identify"].indexOf(e)>-1){var c=document.querySelector("link[rel='canonical']");n.push({__t:"bpc",c:c&&c.getAttribute("href")||void 0,p:location.pathname,u:location.href,s:location.search,t:document.title,r:document.referrer})}n.unshift(e);analytics.push(n);return analytics}};for(var n=0;n<analytics.methods.length;n++){var key=analytics.methods[n];analytics[key]=analytics.factory(key)}analytics.load=function(key,n){var t=document.createElement("script");t.type="text/javascript";t.async=!0;t.setAttribute("data-global-segment-analytics-key",i);t.src="${cdn}/analytics.js/v1/" + key + "/analytics.min.js";var r=document.getElementsByTagName("script")[0];r.parentNode.insertBefore(t,r);analytics._loadOptions=n};analytics._writeKey="${SEGMENT_KEY}";analytics._cdn="${cdn}";analytics.SNIPPET_VERSION="5.2.0";analytics.load("${SEGMENT_KEY}");analytics.page();}}();`;
}

/** PostHog's snippet (from their docs): loads `<api_host>/static/array.js`. */
const POSTHOG_SNIPPET =
  '!function(t,e){var o,n,p,r;e.__SV||(window.posthog=e,e._i=[],e.init=function(i,s,a){function g(t,e){var o=e.split(".");2==o.length&&(t=t[o[0]],e=o[1]),t[e]=function(){t.push([e].concat(Array.prototype.slice.call(arguments,0)))}}(p=t.createElement("script")).type="text/javascript",p.crossOrigin="anonymous",p.async=!0,p.src=s.api_host.replace(".i.posthog.com","-assets.i.posthog.com")+"/static/array.js",(r=t.getElementsByTagName("script")[0]).parentNode.insertBefore(p,r);var u=e;for(void 0!==a?u=e[a]=[]:a="posthog",u.people=u.people||[],u.toString=function(t){var e="posthog";return"posthog"!==a&&(e+="."+a),t||(e+=" (stub)"),e},u.people.toString=function(){return u.toString(1)+".people (stub)"},o="init capture register register_once register_for_session unregister unregister_for_session getFeatureFlag getFeatureFlagPayload isFeatureEnabled reloadFeatureFlags updateEarlyAccessFeatureEnrollment getEarlyAccessFeatures on onFeatureFlags onSessionId getSurveys getActiveMatchingSurveys renderSurvey canRenderSurvey getNextSurveyStep identify setPersonProperties group resetGroups setPersonPropertiesForFlags resetPersonPropertiesForFlags setGroupPropertiesForFlags resetGroupPropertiesForFlags reset get_distinct_id getGroups get_session_id get_session_replay_url alias set_config startSessionRecording stopSessionRecording sessionRecordingStarted captureException loadToolbar get_property getSessionProperty createPersonProfile opt_in_capturing opt_out_capturing has_opted_in_capturing has_opted_out_capturing clear_opt_in_out_capturing debug".split(" "),n=0;n<o.length;n++)g(u,o[n]);e._i.push([i,s,a])},e.__SV=1)}(document,window.posthog||[]);';

/** whop-pixel's install from the README: stub, init, async script. */
export const whopHead = (extra = '') =>
  `<script>${STUB}whop('init',{endpoint:'/whop'});${extra}</script><script async src="/s/whop.min.js"></script>`;

/**
 * Tools for the main-thread part. `ready`: an expression true once the tool has initialised;
 * `event`: which collector paths carry an event (the control run checks one arrived).
 */
export function registerTools(site) {
  const { origin } = site;
  site.file('/s/whop.min.js', BUNDLE_PATH);
  site.file('/s/plausible.js', `${PEERS}@plausible-analytics/tracker/plausible.js`);
  site.file('/s/mixpanel.min.js', `${PEERS}mixpanel-browser/dist/mixpanel.min.js`);
  site.file(
    `/seg/analytics.js/v1/${SEGMENT_KEY}/analytics.min.js`,
    `${PEERS}@segment/analytics-next/dist/umd/standalone.js`,
  );
  site.file('/c/posthog/static/array.js', `${PEERS}posthog-js/dist/array.js`);
  // Segment's source settings, as its CDN would answer: only the Segment.io destination,
  // pointed at the local collector; no metrics to Segment.
  site.json(`/seg/v1/projects/${SEGMENT_KEY}/settings`, {
    integrations: {
      'Segment.io': {
        apiKey: SEGMENT_KEY,
        apiHost: `${origin.replace('http://', '')}/c/segment/v1`,
        protocol: 'http',
        unbundledIntegrations: [],
        addBundledMetadata: true,
        maybeBundledConfigIds: {},
      },
    },
    plan: { track: { __default: { enabled: true, integrations: {} } } },
    edgeFunction: {},
    analyticsNextEnabled: true,
    middlewareSettings: {},
    enabledMiddleware: {},
    metrics: { sampleRate: 0 },
    legacyVideoPluginsEnabled: false,
    remotePlugins: [],
  });
  // Mixpanel ships its official loader snippet in the package.
  const mixpanelSnippet = readFileSync(`${PEERS}mixpanel-browser/dist/mixpanel-jslib-snippet.min.js`, 'utf8');

  return [
    { name: 'blank', label: 'blank page (baseline)', head: '', ready: 'true' },
    {
      name: 'whop',
      label: 'whop-pixel (init)',
      head: whopHead(),
      ready: "window.whop && typeof window.whop.$c === 'function'",
    },
    {
      name: 'whop-track',
      label: 'whop-pixel (init + 1 track)',
      head: whopHead("whop('track','lead',{user:{email:'ada@example.com'}});"),
      ready: "window.whop && typeof window.whop.$c === 'function'",
      event: 'whop',
    },
    {
      name: 'plausible',
      label: '@plausible-analytics/tracker',
      head: `<script type="module">import { init } from '/s/plausible.js'; init({ domain: 'shop.example', endpoint: '/c/plausible/api/event', captureOnLocalhost: true });</script>`,
      ready: 'window.plausible && window.plausible.l === true',
      event: /^\/c\/plausible\/api\/event/,
    },
    {
      name: 'mixpanel',
      label: 'mixpanel-browser',
      head: `<script>var MIXPANEL_CUSTOM_LIB_URL='/s/mixpanel.min.js';${mixpanelSnippet}
mixpanel.init('benchtoken0000', { api_host: '${origin}/c/mixpanel', track_pageview: true, persistence: 'localStorage' });</script>`,
      ready: 'window.mixpanel && window.mixpanel.__loaded === true',
      event: /^\/c\/mixpanel\/track/,
    },
    {
      name: 'segment',
      label: '@segment/analytics-next',
      head: `<script>${segmentSnippet(`${origin}/seg`)}</script>`,
      ready: 'window.analytics && window.analytics.initialized === true',
      event: /^\/c\/segment\/v1\/(p|t|batch)$/,
    },
    {
      name: 'posthog',
      label: 'posthog-js',
      head: `<script>${POSTHOG_SNIPPET}posthog.init('phc_bench0000000000', { api_host: '${origin}/c/posthog', person_profiles: 'identified_only' });</script>`,
      ready: 'window.posthog && window.posthog.__loaded === true',
      event: /^\/c\/posthog\/(e|i\/v0\/e|batch|capture)\/?$/,
    },
  ].map((tool) => ({ ...tool, url: `${site.page(`/p/${tool.name}.html`, landing(tool.head))}` }));
}
