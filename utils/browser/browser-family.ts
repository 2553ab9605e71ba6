/** The browsers Closer explains itself for: where to click differs between them. */
export type BrowserFamily = 'chrome' | 'firefox';

/** Firefox by its user agent; Chrome for the rest (Chromium, Edge, Brave and others click alike). */
export function browserFamily(userAgent: string): BrowserFamily {
  return /\bFirefox\//.test(userAgent) ? 'firefox' : 'chrome';
}
