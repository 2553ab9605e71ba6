import type { Plugin } from 'vite';

const DEFINE = '\0closer:define-unlisted-script';
const UNLISTED_ENTRY = '\0virtual:wxt-unlisted-script-entrypoint?';

/**
 * Starts each unlisted script (first-frame.js, the pages' apps, the small scripts loaded for
 * some mothers) by calling its `main` and nothing else. WXT's own entry wraps the call in
 * try/catch blocks that only log in development and rethrow (in production they log
 * nothing): about 60 bytes gzip in every script, paid twice on every new tab (first-frame.js
 * and the app). A script that throws still throws, uncaught, as it did.
 */
export function leanScripts(): Plugin {
  return {
    name: 'closer:lean-scripts',
    apply: 'build',
    enforce: 'pre',
    // WXT's `defineUnlistedScript` makes a bare function `{ main }` at run time, a check the
    // minifier can't see through (about 15 bytes gzip in each script). Every script of ours
    // passes the object itself: only it can say `globalName: false`, which each one does.
    resolveId(id) {
      return id === 'wxt/utils/define-unlisted-script' ? DEFINE : undefined;
    },
    load(id) {
      return id === DEFINE ? 'export const defineUnlistedScript = (definition) => definition;' : undefined;
    },
    transform(code, id) {
      if (!id.startsWith(UNLISTED_ENTRY)) return undefined;
      const plugins = /import \{ initPlugins \} from "virtual:wxt-plugins";/.exec(code);
      const definition = /^import definition from "([^"]+)";$/m.exec(code);
      if (!plugins || !definition)
        throw new Error(`closer:lean-scripts: WXT's unlisted script entry changed:\n${code}`);
      return {
        code: `${definition[0]}\n${plugins[0]}\ninitPlugins();\ndefinition.main();\n`,
        map: null,
      };
    },
  };
}
