import type { Page } from 'playwright-core';

/** What a page of Closer shows, read through the UI contract's test ids. */
export interface PageState {
  tip: string;
  pressed: string | null;
  streak: string;
  longest: string;
}

export async function readPage(page: Page): Promise<PageState> {
  return page.evaluate(() => {
    const text = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
    return {
      tip: text('tip-title'),
      pressed: document.querySelector('[data-testid="checkin"]')?.getAttribute('aria-pressed') ?? null,
      streak: text('streak'),
      longest: text('longest-streak'),
    };
  });
}

/** The first number in a line of text such as "3 days in a row". */
export function countIn(text: string): number {
  const match = /\d+/.exec(text);
  if (!match) throw new Error(`No number in "${text}"`);
  return Number(match[0]);
}
