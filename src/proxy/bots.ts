import { createIsbotFromList, list } from 'isbot';
import { memo } from './memo.js';

/**
 * User agents that isbot counts as bots but this proxy does not: HTTP libraries a server-side
 * caller uses (a backend forwarding a lead is not a crawler) and browsers driven by test tools
 * (headless detection is the separate `blockHeadless` option). Every isbot pattern matching one
 * of these is dropped, so the list follows isbot's updates instead of naming its patterns.
 */
export const NOT_BOTS = [
  'curl/8.5.0',
  'Wget/1.21.4',
  'node',
  'undici',
  'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)',
  'node-fetch',
  'axios/1.7.2',
  'python-requests/2.31.0',
  'Python-urllib/3.11',
  'python-httpx/0.27.0',
  'aiohttp/3.9.5',
  'Go-http-client/1.1',
  'Go-http-client/2.0',
  'okhttp/4.12.0',
  'Java-http-client/17.0.2',
  'Apache-HttpClient/4.5.14 (Java/17.0.8)',
  'GuzzleHttp/7',
  'PostmanRuntime/7.36.0',
  'Ruby',
  'Faraday v2.7.4',
  'HTTPie/3.2.2',
  'Deno/1.40.0',
  'Bun/1.1.0',
  'Mozilla/5.0',
  // An unknown agent of the `Mozilla/5.0 <word>` shape: isbot's guess, not a known crawler.
  'Mozilla/5.0 my-backend',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/130.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Unknown; Linux x86_64) AppleWebKit/538.1 (KHTML, like Gecko) PhantomJS/2.1.1 Safari/538.1',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Cypress/13.6.0 Chrome/118.0.0.0 Electron/27.1.3 Safari/537.36',
];

/**
 * Crawlers and preview fetchers that isbot finds only through a generic pattern dropped above
 * (a URL in the agent, an `http` library name), added back by name.
 */
const RESTORED = ['mastodon/', 'iframely', 'embedly', 'vkshare', 'skypeuripreview', 'slurp', 'qwantify'];

let matcher: ((userAgent: string) => boolean) | undefined;

/** The crawler and link-preview matcher: isbot's list minus {@link NOT_BOTS}, built on first use. */
function crawlerMatcher(): (userAgent: string) => boolean {
  if (!matcher) {
    const kept = list.filter((pattern) => {
      const re = new RegExp(pattern, 'i');
      return !NOT_BOTS.some((userAgent) => re.test(userAgent));
    });
    matcher = createIsbotFromList([...kept, ...RESTORED]);
  }
  return matcher;
}

/**
 * Whether `userAgent` is a known crawler or link-preview fetcher (Googlebot, bingbot,
 * facebookexternalhit, Slackbot, Twitterbot, LinkedInBot, Discordbot, WhatsApp, TelegramBot…).
 * A missing, unknown or HTTP-library agent is not: server-to-server callers are welcome.
 */
export function isCrawler(userAgent: string | null | undefined): boolean {
  return Boolean(userAgent) && matchCrawler(userAgent as string);
}

const matchCrawler = memo((userAgent: string) => crawlerMatcher()(userAgent));

/** Bot filtering (the `bots` option of `createProxy`): what counts as a bot besides crawlers, and what never does. */
export interface BotOptions {
  /**
   * Also treat headless browsers (HeadlessChrome, PhantomJS; detected by ua-parser-js) as bots.
   * Default `false`: end-to-end tests and synthetic monitoring run them.
   */
  blockHeadless?: boolean;
  /** Case-insensitive parts of user agents never treated as bots, e.g. your own uptime checker. Default `[]`. */
  allow?: string[];
}

/**
 * Whether to turn a request away as a bot: an agent listed in `allow` never is; a crawler
 * always is; a headless browser (`headless`, from ua-parser-js) is with `blockHeadless`.
 */
export function isBot(
  userAgent: string | null | undefined,
  headless: boolean,
  check: BotOptions = {},
): boolean {
  if (!userAgent) return false;
  const lower = userAgent.toLowerCase();
  if (check.allow?.some((part) => lower.includes(part.toLowerCase()))) return false;
  return isCrawler(userAgent) || (check.blockHeadless === true && headless);
}
