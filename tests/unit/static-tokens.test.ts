// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { resolveStaticTokens } from '@/build/static-tokens';

const TOKENS =
  ':root{color-scheme:light dark;--paper:#fff;--space-m:1rem;--font-ui:system-ui, sans-serif;--gap:var(--space-m)}' +
  '@media (prefers-color-scheme:dark){:root{--paper:#000}}';

describe('design tokens resolved at build', () => {
  it('writes in the tokens that never change, and drops their declarations', () => {
    const css = `${TOKENS}body{padding:var(--space-m);font:1rem var(--font-ui);margin:var(--gap);color:var(--paper)}`;
    expect(resolveStaticTokens(css)).toBe(
      ':root{color-scheme:light dark;--paper:#fff}@media (prefers-color-scheme:dark){:root{--paper:#000}}' +
        'body{padding:1rem;font:1rem system-ui,sans-serif;margin:1rem;color:var(--paper)}',
    );
  });

  it('writes a value in without the spaces a minifier drops around commas and slashes', () => {
    const css =
      ':root{--shadow: 0 1px 2px rgb(0 0 0 / 20%) , 0 0 1px red;--font:"Segoe UI", serif}p{box-shadow:var(--shadow);font:var(--font)}';
    expect(resolveStaticTokens(css)).toBe('p{box-shadow:0 1px 2px rgb(0 0 0/20%),0 0 1px red;font:"Segoe UI",serif}');
  });

  it('drops the spaces a minifier keeps beside a variable once the token is written in, but never inside a string', () => {
    const css =
      ':root{--space-m:1rem;--inset:3rem}.tip{gap:min(var(--space-m), 2vh);padding:clamp(1rem, 14vh - 4rem, var(--inset))}' +
      '.tip:after{content:"a, b"}';
    expect(resolveStaticTokens(css)).toBe(
      '.tip{gap:min(1rem,2vh);padding:clamp(1rem,14vh - 4rem,3rem)}.tip:after{content:"a, b"}',
    );
  });

  it('keeps as a variable every token another rule sets again (the colours, for dark mode)', () => {
    expect(resolveStaticTokens(`${TOKENS}body{background:var(--paper)}`)).toContain('body{background:var(--paper)}');
  });

  it('leaves alone a variable that is not a token', () => {
    expect(resolveStaticTokens(`${TOKENS}body{color:var(--elsewhere)}`)).toContain('body{color:var(--elsewhere)}');
  });

  it('drops a token the page never uses, light and dark', () => {
    expect(resolveStaticTokens(`${TOKENS}body{margin:var(--gap)}`)).toBe(
      ':root{color-scheme:light dark}body{margin:1rem}',
    );
  });

  it('leaves styles with no tokens as they are', () => {
    expect(resolveStaticTokens('body{margin:0}')).toBe('body{margin:0}');
  });
});
