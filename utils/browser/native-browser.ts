/**
 * The browser's own promise-based extension APIs (`browser` in Firefox, `chrome` in
 * Chrome), as WXT's storage uses them, for code that runs on the new tab and the popup.
 * The background keeps webextension-polyfill (`wxt/browser`); on the pages it would add
 * 3 KB gzip to every new tab for the few calls they make (storage, one message, i18n),
 * each promise-based natively in both browsers' Manifest V3.
 */
export { browser } from '@wxt-dev/browser';
