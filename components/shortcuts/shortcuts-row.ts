import { t } from '@/utils/i18n/i18n';
import { el } from '../dom';
import type { Shortcut } from '@/utils/browser/top-sites';

/**
 * Her most visited sites as a row of real links, a letter tile each (no icon is fetched from
 * anywhere), and the button that hides them. Built without Preact: this script is loaded only
 * for her if she turned her sites on, and carries no framework of its own.
 */
export function shortcutsRow(sites: Shortcut[], onHide: () => void): HTMLElement {
  const hide = el('button', { type: 'button', className: 'shortcuts-hide' }, t('shortcutsHideShort'));
  hide.setAttribute('aria-label', t('shortcutsHide'));
  hide.addEventListener('click', onHide);
  const links = sites.map((site) => {
    const letter = el('span', { className: 'shortcut-letter' }, site.letter);
    letter.setAttribute('aria-hidden', 'true');
    const name = el('span', { className: 'visually-hidden' }, site.name);
    return el('li', {}, el('a', { className: 'shortcut', href: site.url, title: site.name }, letter, name));
  });
  const nav = el('nav', { className: 'shortcuts' }, el('ul', {}, ...links), hide);
  nav.setAttribute('aria-label', t('shortcutsLabel'));
  return nav;
}
