/** One language's messages as the pages use them: each message's text, its placeholders written `$1`, `$2`… */
export type Words = Readonly<Record<string, string>>;

/** A `_locales/<lang>/messages.json` file, as far as the words need it. */
export type MessagesFile = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/**
 * `messages` as `Words`: each named placeholder (`$count$`) replaced by what it stands for
 * (`$1`), as the browser's `i18n.getMessage` reads it. Descriptions are left out.
 */
export function wordsOf(messages: MessagesFile, only?: (name: string) => boolean): Words {
  const words: Record<string, string> = {};
  for (const [name, { message, placeholders = {} }] of Object.entries(messages)) {
    if (only && !only(name)) continue;
    const contents = new Map(Object.entries(placeholders).map(([key, { content }]) => [key.toLowerCase(), content]));
    words[name] = message.replace(/\$(\w+)\$/g, (whole, key: string) => contents.get(key.toLowerCase()) ?? whole);
  }
  return words;
}

/** `text` with `$1`, `$2`… replaced by `substitutions`, as `i18n.getMessage` does (no message of Closer's writes `$$`). */
export const fillIn = (text: string, substitutions: readonly string[]): string =>
  text.replace(/\$(\d)/g, (_, which: number) => substitutions[which - 1] ?? '');

/** Stored words as they can be read: an object of texts, or `undefined`. */
export function parseWords(raw: unknown): Words | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  return Object.values(raw).every((text) => typeof text === 'string') ? (raw as Words) : undefined;
}
