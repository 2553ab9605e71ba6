import { createHash } from 'node:crypto';

/*
 * The one normalisation behind the check that no tip copies the source article: both
 * scripts/article-hashes.ts (which hashes the article's runs) and the tip-library test
 * (which hashes the tips' runs) use these functions, so the two sides cannot drift apart.
 */

/** Lowercased words, punctuation stripped ("son’s" becomes "sons", "day—simply" two words). */
export function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** Every run of `n` consecutive words of `list`, each joined by single spaces. */
export function ngrams(list: readonly string[], n: number): string[] {
  const grams: string[] = [];
  for (let i = 0; i + n <= list.length; i++) grams.push(list.slice(i, i + n).join(' '));
  return grams;
}

/** The six-word runs of `text`, after {@link words}. */
export function sixWordRuns(text: string): string[] {
  return ngrams(words(text), 6);
}

/**
 * A run's fingerprint: the first 16 hex digits (64 bits) of the SHA-256 of its UTF-8 text,
 * as `printf '%s' 'the six words' | sha256sum | cut -c1-16` prints it.
 */
export function hashRun(run: string): string {
  return createHash('sha256').update(run, 'utf8').digest('hex').slice(0, 16);
}
