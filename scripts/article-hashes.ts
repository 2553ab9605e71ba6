/**
 * Writes tests/fixtures/article-six-word-runs.json: the hashes (scripts/six-word-runs.ts) of
 * every six-word run of the article the tips were written from, sorted, so the tip-library
 * test can check that no tip copies the article while the repository holds none of its words.
 *
 *   npm run article-hashes -- <article.txt>    (here: ../shared/seed/mom-and-son.txt)
 *
 * The article itself is not in the repository and nothing reads it at test time.
 *
 * Run it again only if the article changes; the output is the same for the same article.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { hashRun, sixWordRuns } from './six-word-runs';

const OUTPUT = 'tests/fixtures/article-six-word-runs.json';

const [source] = process.argv.slice(2);
if (!source) {
  console.error('Usage: npm run article-hashes -- <path to the article as plain text>');
  process.exit(1);
}

const runs = new Set(sixWordRuns(readFileSync(source, 'utf8')));
const hashes = [...new Set([...runs].map(hashRun))].sort();
if (hashes.length !== runs.size) throw new Error('Two runs share a hash: lengthen hashRun’s hashes.');

const fixture = {
  about:
    'The six-word runs of the article the tips were written from, as hashes: made by `npm run article-hashes` (scripts/article-hashes.ts), read by tests/unit/tips-content.test.ts.',
  hash: 'scripts/six-word-runs.ts: words() lowercased without punctuation, six joined by single spaces, the first 16 hex digits of their SHA-256.',
  runs: runs.size,
  hashes,
};
writeFileSync(OUTPUT, `${JSON.stringify(fixture, null, 2)}\n`);
console.log(`${OUTPUT}: ${runs.size} distinct six-word runs.`);
