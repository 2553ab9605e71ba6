import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** One file a page loads, with its size as shipped and as gzip (level 9) would send it. */
export interface LoadedFile {
  file: string;
  raw: number;
  gzip: number;
}

const HTML_REFERENCES = /<(?:script[^>]*\ssrc|link[^>]*\shref)="\/?([^"]+\.(?:js|css|json))"/g;
// Static imports between chunks, as the minifier writes them: `from"./x.js"` and `import"./x.js"`.
const STATIC_IMPORTS = /(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g;

/**
 * Every file that `page` (an HTML file of the build) loads: the page itself (its styles are
 * inlined in it), what it references, the app its first-frame script loads, and what those
 * scripts import statically.
 */
export function filesLoadedBy(buildDir: string, page: string): LoadedFile[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.endsWith('.js')) return;
    const source = readFileSync(path.join(buildDir, file), 'utf8');
    for (const [, specifier] of source.matchAll(STATIC_IMPORTS))
      visit(path.posix.join(path.posix.dirname(file), specifier!));
  };
  visit(page);
  const html = readFileSync(path.join(buildDir, page), 'utf8');
  for (const [, file] of html.matchAll(HTML_REFERENCES)) visit(file!);
  // first-frame.js loads the app of the page its #app names (entrypoints/first-frame.ts).
  for (const [, name] of html.matchAll(/data-page="([a-z-]+)"/g)) visit(`${name}-app.js`);
  return [...seen].sort().map((file) => {
    const content = readFileSync(path.join(buildDir, file));
    return { file, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
  });
}

export const total = (files: LoadedFile[], field: 'raw' | 'gzip') => files.reduce((sum, file) => sum + file[field], 0);
