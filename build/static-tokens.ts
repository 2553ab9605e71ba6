/**
 * The design tokens (`assets/styles/tokens.css`) as each page's minified CSS ships them:
 * - a token the page never uses is dropped, in light and dark;
 * - a token that never changes (sizes, spaces, radii, fonts) is written in wherever it is used;
 * - only the tokens some other rule sets again (the colours, for dark mode) stay variables.
 * The styles are inlined into every page and paid for before its first frame: this keeps the
 * tokens' names in the source and out of the bytes.
 */
export function resolveStaticTokens(css: string): string {
  const tokens = tokensOf(css);
  if (tokens.length === 0) return css;
  let resolved = css;
  for (const [name] of tokens) if (!resolved.includes(`var(${name})`)) resolved = withoutDeclarations(resolved, name);
  const setAgain = (name: string) => resolved.split(`${name}:`).length > 2;
  const fixed = new Map(
    tokensOf(resolved)
      .filter(([name]) => !setAgain(name))
      .map(([name, value]) => [name, minifiedValue(value)]),
  );
  for (const name of fixed.keys()) resolved = withoutDeclarations(resolved, name);
  // A token may be written in terms of another: resolve until none is left.
  for (let pass = 0; pass < 4; pass++)
    resolved = resolved.replace(/var\((--[\w-]+)\)/g, (use, name: string) => fixed.get(name) ?? use);
  return withoutSpacesAfterCommas(resolved.replace(/:root\{\}/g, '').replace(/@media[^{}]*\{\}/g, ''));
}

/**
 * The minifier keeps the space after a comma next to a `var()` (`min(var(--space-m), 2vh)`),
 * as it can't see the value; once the tokens are written in, it says nothing. Strings keep theirs.
 */
const withoutSpacesAfterCommas = (css: string) =>
  css.replace(/("[^"]*"|'[^']*')|,\s+/g, (_, string: string | undefined) => string ?? ',');

/** A token's value as a minifier would write it: no spaces around its commas and slashes. */
const minifiedValue = (value: string) => value.trim().replace(/\s*([,/])\s*/g, '$1');

/** The custom properties the first `:root` rule declares, as [name, value]. */
function tokensOf(css: string): Array<[string, string]> {
  const root = /:root\{([^{}]*)\}/.exec(css);
  return root ? [...root[1]!.matchAll(/(--[\w-]+):([^;]*)/g)].map(([, name, value]) => [name!, value!]) : [];
}

/** `css` without any declaration of `name`, wherever it is set. */
function withoutDeclarations(css: string, name: string): string {
  const declaration = new RegExp(`${name}:[^;}]*(;|(?=\\}))`, 'g');
  return css.replace(declaration, '').replace(/;\}/g, '}');
}
