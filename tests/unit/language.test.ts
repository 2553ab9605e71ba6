// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, languageOf } from '@/utils/i18n/language';

describe('the language a browser asks for', () => {
  it.each([
    ['ja', 'ja'],
    ['ja-JP', 'ja'],
    ['ru', 'ru'],
    ['ru-RU', 'ru'],
    ['RU_ru', 'ru'],
    ['en-GB', 'en'],
    ['uk', 'en'],
    ['jam', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%s is %s', (tag, language) => {
    expect(languageOf(tag)).toBe(language);
  });

  it('is always one Closer speaks', () => {
    fc.assert(
      fc.property(fc.string(), (tag) => {
        expect(LANGUAGES).toContain(languageOf(tag));
      }),
    );
  });
});
