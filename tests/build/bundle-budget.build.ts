import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import en from '@/assets/tips/en.json';
import ja from '@/assets/tips/ja.json';
import ru from '@/assets/tips/ru.json';
import { LANGUAGES } from '@/utils/i18n/language';
import { dailyWordsIn } from '@/utils/i18n/words-in';
import { filesLoadedBy, total } from '../../scripts/bundle-bytes';

// Every byte of the new tab is paid dozens of times a day: these budgets fail the build, not a benchmark.
// All a page loads, and what it loads before its first frame (its HTML with its styles, and
// the first-frame script): the budgets the design issue set.
const BUDGET_GZIP = 14 * 1024;
const BEFORE_FIRST_FRAME_GZIP = 4 * 1024;
/** The words of a language she chose over her browser's, read from storage with the rest of today. */
const CHOSEN_WORDS_GZIP = 3 * 1024;
const TIPS = { en, ja, ru };

describe.each(['chrome-mv3', 'firefox-mv3'])('the %s build', (target) => {
  const build = path.resolve('.output', target);

  it.each(['newtab.html', 'popup.html'])('%s loads at most 14 KB gzip of page, scripts, styles and data', (page) => {
    const files = filesLoadedBy(build, page);
    expect(total(files, 'gzip'), files.map((f) => `${f.file} ${f.gzip}`).join(', ')).toBeLessThanOrEqual(BUDGET_GZIP);
  });

  it.each(['newtab.html', 'popup.html'])('%s loads at most 4 KB gzip before its first frame', (page) => {
    const files = filesLoadedBy(build, page).filter(({ file }) => file === page || file === 'first-frame.js');
    expect(files).toHaveLength(2);
    expect(total(files, 'gzip'), files.map((f) => `${f.file} ${f.gzip}`).join(', ')).toBeLessThanOrEqual(
      BEFORE_FIRST_FRAME_GZIP,
    );
  });

  it.each(['newtab.html', 'popup.html'])(
    '%s makes one request before its first frame, the small first-frame script; its styles are inline, and no indentation',
    (page) => {
      const html = readFileSync(path.join(build, page), 'utf8');
      const app = page.replace('.html', '-app.js');
      expect(filesLoadedBy(build, page).map(({ file }) => file)).toEqual([app, 'first-frame.js', page].sort());
      expect(html).toMatch(/<style>[^]*--paper[^]*<\/style>/);
      expect(html).not.toMatch(/<link[^>]*stylesheet/);
      expect([...html.matchAll(/<script[^>]*>/g)].map(([tag]) => tag.replace(/\s+>$/, '>'))).toEqual([
        '<script src="/first-frame.js" defer>',
      ]);
      expect(html).toContain(`<div id="app" data-page="${page.replace('.html', '')}">`);
      expect(html).not.toMatch(/>\s*\n\s*</);
    },
  );

  it('the first-frame script stays small: no Preact, no tip library, under 2 KB gzip', () => {
    const [firstFrame] = filesLoadedBy(build, 'newtab.html').filter(({ file }) => file === 'first-frame.js');
    expect(firstFrame!.gzip).toBeLessThan(2048);
    expect(readFileSync(path.join(build, 'first-frame.js'), 'utf8')).not.toContain('__k'); // Preact's vnodes' children
  });

  it('the settings page loads at most 40 KB gzip, and nothing of it comes to the new tab', () => {
    const files = filesLoadedBy(build, 'options.html');
    expect(files.map(({ file }) => file)).toContain('options-app.js');
    expect(total(files, 'gzip'), files.map((f) => `${f.file} ${f.gzip}`).join(', ')).toBeLessThanOrEqual(40 * 1024);
    expect(filesLoadedBy(build, 'newtab.html').map(({ file }) => file)).not.toContain('options-app.js');
  });

  it('her most visited sites are a script of their own, under 1.5 KB gzip, loaded only for her if she turned them on (tests/e2e/shortcuts.e2e.ts)', () => {
    expect(filesLoadedBy(build, 'newtab.html').map(({ file }) => file)).not.toContain('shortcuts.js');
    const [shortcuts] = filesLoadedBy(build, 'shortcuts.js');
    expect(shortcuts!.gzip).toBeLessThan(1536);
    expect(readFileSync(path.join(build, 'shortcuts.js'), 'utf8')).not.toContain('__k'); // no Preact (its vnodes' children)
  });

  it('the two questions after an update are a script of their own, under 2 KB gzip, loaded only while they are open (tests/components/questions-card.test.tsx)', () => {
    expect(filesLoadedBy(build, 'newtab.html').map(({ file }) => file)).not.toContain('questions.js');
    const [questions] = filesLoadedBy(build, 'questions.js');
    expect(questions!.gzip).toBeLessThan(2048);
    expect(readFileSync(path.join(build, 'questions.js'), 'utf8')).not.toContain('__k'); // no Preact
    expect(readFileSync(path.join(build, 'newtab-app.js'), 'utf8')).toContain('__k'); // (which the marker finds)
  });

  it('her library loads at most 40 KB gzip of page, scripts and styles, and nothing of it comes to the new tab; its tips are a file of the extension it reads, never the new tab', () => {
    const files = filesLoadedBy(build, 'library.html');
    expect(files.map(({ file }) => file)).toContain('library-app.js');
    expect(total(files, 'gzip'), files.map((f) => `${f.file} ${f.gzip}`).join(', ')).toBeLessThanOrEqual(40 * 1024);
    const newTab = filesLoadedBy(build, 'newtab.html').map(({ file }) => file);
    expect(newTab).not.toContain('library-app.js');
    for (const language of ['en', 'ja', 'ru']) {
      const tipsFile = JSON.parse(readFileSync(path.join(build, 'tips', `${language}.json`), 'utf8')) as unknown;
      expect(tipsFile).toEqual(JSON.parse(readFileSync(`assets/tips/${language}.json`, 'utf8')));
    }
    expect(readFileSync(path.join(build, 'library-app.js'), 'utf8')).toContain('/tips/');
    for (const file of newTab) expect(readFileSync(path.join(build, file), 'utf8')).not.toContain('/tips/');
  });

  it('the popup’s line about the day is a script of its own, under 1.5 KB gzip, loaded only once today is recorded, never by the new tab (tests/e2e/rhythm.e2e.ts)', () => {
    for (const page of ['newtab.html', 'popup.html'])
      expect(filesLoadedBy(build, page).map(({ file }) => file)).not.toContain('note.js');
    expect(readFileSync(path.join(build, 'popup-app.js'), 'utf8')).toContain('/note.js');
    expect(readFileSync(path.join(build, 'newtab-app.js'), 'utf8')).not.toContain('/note.js');
    const [note] = filesLoadedBy(build, 'note.js');
    expect(note!.gzip).toBeLessThan(1536);
    expect(readFileSync(path.join(build, 'note.js'), 'utf8')).not.toContain('__k'); // no Preact
    const used = new Set(readFileSync(path.join(build, 'note.js'), 'utf8').match(/var\(--[a-z-]+/g));
    const popup = readFileSync(path.join(build, 'popup.html'), 'utf8');
    expect([...used].map((use) => use.slice(4)).filter((name) => !popup.includes(`${name}:`))).toEqual([]);
  });

  it('the moment of the week is a script of its own, under 1.5 KB gzip, loaded only while one is chosen (tests/e2e/library.e2e.ts)', () => {
    expect(filesLoadedBy(build, 'newtab.html').map(({ file }) => file)).not.toContain('moment.js');
    const [moment] = filesLoadedBy(build, 'moment.js');
    expect(moment!.gzip).toBeLessThan(1536);
    expect(readFileSync(path.join(build, 'moment.js'), 'utf8')).not.toContain('__k'); // no Preact
  });

  it('the notice about unreadable data is a script of its own, under 1.5 KB gzip, loaded only when needed (tests/components/daily-page.test.tsx)', () => {
    for (const page of ['newtab.html', 'popup.html'])
      expect(filesLoadedBy(build, page).map(({ file }) => file)).not.toContain('notice.js');
    const [notice] = filesLoadedBy(build, 'notice.js');
    expect(notice!.gzip).toBeLessThan(1536);
    expect(readFileSync(path.join(build, 'notice.js'), 'utf8')).not.toContain('__k'); // no Preact
  });

  it.each(['questions.js', 'shortcuts.js', 'moment.js', 'notice.js'])(
    '%s styles with only the variables the new tab declares (its size tokens are written in at build)',
    (script) => {
      const used = new Set(readFileSync(path.join(build, script), 'utf8').match(/var\(--[a-z-]+/g));
      const html = readFileSync(path.join(build, 'newtab.html'), 'utf8');
      expect([...used].map((use) => use.slice(4)).filter((name) => !html.includes(`${name}:`))).toEqual([]);
    },
  );

  it('the new tab loads neither the tip library (in any language) nor the background’s storage machinery', () => {
    const files = filesLoadedBy(build, 'newtab.html');
    const contents = files.map(({ file }) => readFileSync(path.join(build, file), 'utf8'));
    for (const content of contents) {
      for (const tips of Object.values(TIPS))
        expect(tips.filter((tip) => content.includes(tip.body)).map((tip) => tip.id)).toEqual([]);
      expect(content).not.toContain('Version downgrade detected');
      expect(content).not.toContain('webextension-polyfill');
    }
  });
});

/*
 * In each language the new tab loads the same files (one build speaks all three; its words come
 * from the browser's i18n), so the budgets above hold in each. A language she chose over her
 * browser's adds only its words, which the background stores and the page reads with the rest of
 * today from storage: never a file, never another language's tips.
 */
describe.each(LANGUAGES)('the new tab in %s', (language) => {
  it('holds its budgets with the same files as in every language, none of them a tip file', () => {
    const build = path.resolve('.output', 'chrome-mv3');
    const files = filesLoadedBy(build, 'newtab.html');
    expect(files.map(({ file }) => file)).toEqual(['first-frame.js', 'newtab-app.js', 'newtab.html']);
    expect(total(files, 'gzip')).toBeLessThanOrEqual(BUDGET_GZIP);
  });

  it(`adds at most 3 KB gzip of words, read from storage, when she chose it over her browser's`, () => {
    const words = dailyWordsIn(language);
    expect(words.pageLanguage).toBe(language);
    expect(gzipSync(JSON.stringify(words), { level: 9 }).length).toBeLessThanOrEqual(CHOSEN_WORDS_GZIP);
  });
});
