import UAParser from 'ua-parser-js';
import { memo } from './memo.js';

/** What the proxy reads from a `User-Agent` for its log line and filters. */
export interface UserAgentInfo {
  /** A short readable line: `Chrome 130 · Windows 10 · desktop`, or the product token of a non-browser (`curl/8.5.0`). */
  line?: string;
  /** An app's built-in browser (Instagram, Facebook, TikTok…): ad clicks land there, cookies live shorter. */
  inApp: boolean;
  /** A browser without a window, driven by a program (HeadlessChrome, PhantomJS). */
  headless: boolean;
}

// ua-parser-js 1.x names in-app browsers like any other browser; these are the apps.
const IN_APP = new Set([
  'facebook',
  'instagram',
  'tiktok',
  'snapchat',
  'twitter',
  'linkedin',
  'line',
  'wechat',
  'kakaotalk',
  'kakaostory',
  'naver',
  'daum',
]);
const HEADLESS = new Set(['chrome headless', 'phantomjs']);

/**
 * Describes a `User-Agent` with ua-parser-js: browser and major version, OS and version, device
 * type (`desktop` when a browser names none). Never the raw string, which can be long and is
 * written by the client; a non-browser gets its first product token, at most 40 characters.
 */
export function describeUserAgent(userAgent: string | null | undefined): UserAgentInfo {
  if (!userAgent) return { inApp: false, headless: false };
  return { ...describeMemo(userAgent) };
}

const describeMemo = memo((userAgent: string): UserAgentInfo => {
  const { browser, os, device } = UAParser(userAgent);
  const name = browser.name?.toLowerCase() ?? '';
  const info: UserAgentInfo = { inApp: IN_APP.has(name), headless: HEADLESS.has(name) };
  if (browser.name) {
    const parts = [[browser.name, browser.major].filter(Boolean).join(' ')];
    if (os.name) parts.push([os.name, os.version].filter(Boolean).join(' '));
    parts.push(device.type ?? 'desktop');
    info.line = parts.join(' · ');
  } else {
    info.line = userAgent.trim().split(/\s/, 1)[0].slice(0, 40) || undefined;
  }
  return info;
});
