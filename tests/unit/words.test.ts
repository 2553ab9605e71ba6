// @vitest-environment node
import { describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json';

/** Every line of UI text, by name. */
const lines = Object.entries(messages as Record<string, { message: string }>).map(
  ([name, { message }]) => [name, message] as const,
);
const themes = lines.filter(([name]) => name.startsWith('theme'));

describe('the words a desktop user reads', () => {
  it.each(lines)('%s says "click", never "tap", and never the dry "Recorded."', (_, message) => {
    expect(message).not.toMatch(/\btap/i);
    expect(message).not.toMatch(/\brecorded\b/i);
  });

  it.each(themes)('"Today\'s small step · %s" says "step" once', (_, theme) => {
    const label = `${messages.tipOfTheDay.message} · ${theme}`;
    expect(label.match(/\bsteps?\b/gi)).toHaveLength(1);
  });
});
