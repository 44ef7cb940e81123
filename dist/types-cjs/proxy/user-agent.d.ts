/** What the proxy reads from a `User-Agent` for its log line and filters. */
export interface UserAgentInfo {
    /** A short readable line: `Chrome 130 · Windows 10 · desktop`, or the product token of a non-browser (`curl/8.5.0`). */
    line?: string;
    /** An app's built-in browser (Instagram, Facebook, TikTok…): ad clicks land there, cookies live shorter. */
    inApp: boolean;
    /** A browser without a window, driven by a program (HeadlessChrome, PhantomJS). */
    headless: boolean;
}
/**
 * Describes a `User-Agent` with ua-parser-js: browser and major version, OS and version, device
 * type (`desktop` when a browser names none). Never the raw string, which can be long and is
 * written by the client; a non-browser gets its first product token, at most 40 characters.
 */
export declare function describeUserAgent(userAgent: string | null | undefined): UserAgentInfo;
