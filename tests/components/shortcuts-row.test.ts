import { getByRole, getAllByRole } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { shortcutsRow } from '@/components/shortcuts/shortcuts-row';

const SITES = [
  { url: 'https://news.example.com/', name: 'Morning <b>News</b>', letter: 'N' },
  { url: 'https://recipes.example.net/', name: 'recipes.example.net', letter: 'R' },
];

describe('the row of her most visited sites', () => {
  it('is a named navigation of real links, each named by its site, a letter on its tile', () => {
    const row = shortcutsRow(SITES, () => undefined);
    document.body.append(row);
    const nav = getByRole(document.body, 'navigation', { name: 'Your most visited sites' });
    const links = getAllByRole(nav, 'link');
    expect(links.map((link) => [link.getAttribute('href'), link.textContent])).toEqual([
      ['https://news.example.com/', 'NMorning <b>News</b>'],
      ['https://recipes.example.net/', 'Rrecipes.example.net'],
    ]);
    // A title is text, never markup.
    expect(nav.querySelector('b')).toBeNull();
    expect(getByRole(nav, 'link', { name: 'Morning <b>News</b>' })).toBe(links[0]);
    row.remove();
  });

  it('has a button to hide them, named in full', () => {
    const onHide = vi.fn<() => void>();
    const row = shortcutsRow(SITES, onHide);
    document.body.append(row);
    const hide = getByRole(row, 'button', { name: 'Hide my most visited sites' });
    expect(hide.textContent).toBe('Hide');
    hide.click();
    expect(onHide).toHaveBeenCalledOnce();
    row.remove();
  });
});
