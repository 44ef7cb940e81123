/**
 * User agents that isbot counts as bots but this proxy does not: HTTP libraries a server-side
 * caller uses (a backend forwarding a lead is not a crawler) and browsers driven by test tools
 * (headless detection is the separate `blockHeadless` option). Every isbot pattern matching one
 * of these is dropped, so the list follows isbot's updates instead of naming its patterns.
 */
export declare const NOT_BOTS: string[];
/**
 * Whether `userAgent` is a known crawler or link-preview fetcher (Googlebot, bingbot,
 * facebookexternalhit, Slackbot, Twitterbot, LinkedInBot, Discordbot, WhatsApp, TelegramBot…).
 * A missing, unknown or HTTP-library agent is not: server-to-server callers are welcome.
 */
export declare function isCrawler(userAgent: string | null | undefined): boolean;
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
export declare function isBot(userAgent: string | null | undefined, headless: boolean, check?: BotOptions): boolean;
