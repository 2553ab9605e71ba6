// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { shortcutsFrom } from '@/utils/browser/top-sites';

describe('her most visited sites as shortcuts', () => {
  it('names each by its title, or by its host without "www." when it has none, with a letter of its host', () => {
    expect(
      shortcutsFrom([
        { url: 'https://www.example.com/news', title: 'Morning News' },
        { url: 'http://school.example.org/', title: '  ' },
        { url: 'https://recipes.example.net' },
      ]),
    ).toEqual([
      { url: 'https://www.example.com/news', name: 'Morning News', letter: 'E' },
      { url: 'http://school.example.org/', name: 'school.example.org', letter: 'S' },
      { url: 'https://recipes.example.net/', name: 'recipes.example.net', letter: 'R' },
    ]);
  });

  it('keeps the first eight, most visited first', () => {
    const sites = Array.from({ length: 12 }, (_, i) => ({ url: `https://site${i}.example.com/`, title: `Site ${i}` }));
    expect(shortcutsFrom(sites).map(({ name }) => name)).toEqual(sites.slice(0, 8).map(({ title }) => title));
  });

  it.each([
    ['a script', 'javascript:alert(1)'],
    ['a file', 'file:///home/her/letter.txt'],
    ['a browser page', 'chrome://settings/'],
    ['an extension page', 'moz-extension://abc/newtab.html'],
    ['a data URL', 'data:text/html,<p>x</p>'],
    ['not a URL', 'not a url'],
    ['no URL', undefined],
    ['a number', 42],
  ])('leaves out %s, which a link from the new tab must not or cannot open', (_, url) => {
    expect(
      shortcutsFrom([
        { url, title: 'x' },
        { url: 'https://example.com/', title: 'Kept' },
      ]),
    ).toEqual([{ url: 'https://example.com/', name: 'Kept', letter: 'E' }]);
  });

  it('names a site by its host when its title is not text', () => {
    expect(shortcutsFrom([{ url: 'https://example.com/', title: { junk: true } }])[0]?.name).toBe('example.com');
  });

  it('gives nothing for no sites', () => {
    expect(shortcutsFrom([])).toEqual([]);
  });
});
