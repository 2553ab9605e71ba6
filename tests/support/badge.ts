import { expect } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** `#rrggbb` as the RGBA array the browser reports back. */
export const rgba = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(255);

/** The fake implements only the callback form of getBadgeTextColor, which its typings leave out. */
const getBadgeTextColor = fakeBrowser.action.getBadgeTextColor as unknown as (
  details: object,
  callback: (color: unknown) => void,
) => void;
const badgeTextColor = () => new Promise<unknown>((resolve) => getBadgeTextColor({}, resolve));

/**
 * Expects the toolbar badge of fakeBrowser.action to show `text` on `color` (`#rrggbb`), in
 * white text, with `title` as the button's tooltip.
 */
export async function expectBadge(text: string, color: string, title: string): Promise<void> {
  const action = fakeBrowser.action;
  expect({
    text: await action.getBadgeText({}),
    color: await action.getBadgeBackgroundColor({}),
    title: await action.getTitle({}),
    textColor: await badgeTextColor(),
  }).toEqual({ text, color: rgba(color), title, textColor: '#ffffff' });
}
