import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '../public/_locales/en/messages.json';

type Message = { message: string; placeholders?: Record<string, { content: string }> };
const catalog = messages as Record<string, Message>;

/** The fake browser has no i18n: this one reads our real English messages, placeholders and all. */
function getMessage(name: string, substitutions: string[] = []): string {
  const entry = catalog[name];
  if (!entry) return '';
  return entry.message.replace(/\$([A-Z_]+)\$/g, (_, placeholder: string) => {
    const content = entry.placeholders?.[placeholder.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, index: string) => substitutions[Number(index) - 1] ?? '');
  });
}

Object.assign(fakeBrowser, { i18n: { getMessage, getUILanguage: () => 'en' } });

beforeEach(() => {
  fakeBrowser.reset();
  // What the last page showed (utils/first-frame/page-snapshot.ts): each test starts as a fresh install.
  globalThis.localStorage?.clear();
});

// Testing Library cleans up by itself only with vitest globals, which we don't use.
afterEach(cleanup);
