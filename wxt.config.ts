import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { classicJsx } from './build/classic-jsx';
import { handOver } from './build/hand-over';
import { leanPages } from './build/lean-pages';
import { leanScripts } from './build/lean-scripts';
import { LANGUAGES } from './utils/i18n/language';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  // Firefox too is built as Manifest V3, so both browsers run one code path (`browser.action`).
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // `search` adds no install warning in either browser (tests/e2e/search.e2e.ts asks each).
    permissions: ['storage', 'alarms', 'search'],
    // `topSites` would warn at install: asked for only when she turns her most visited sites on.
    optional_permissions: ['topSites'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'closer@closer.extension',
          // 140 is the first release that reads data_collection_permissions.
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from 142 on.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  vite: ({ mode }) => {
    // Vite tells the Preact preset "production" only through NODE_ENV, which `wxt build` leaves
    // unset: without this the build ships Preact's devtools and JSX with source paths in it.
    if (mode === 'production') process.env.NODE_ENV = 'production';
    return {
      plugins: [preact(), ...classicJsx(), leanPages(), leanScripts(), handOver()],
      // The pages load one classic script each (see entrypoints/*-app.tsx): no modules to preload.
      build: {
        modulePreload: false,
        // CLOSER_SOURCEMAP=1 npx wxt build: source maps, to see what each module weighs on a page.
        sourcemap: process.env.CLOSER_SOURCEMAP === '1',
        cssTarget: ['chrome123', 'firefox140'],
        // terser, three passes, dropping the script's unused global name: 200 B gzip less than
        // Vite's own minifier on the new tab, paid on every new tab.
        minify: 'terser',
        terserOptions: { compress: { passes: 3, toplevel: true }, ecma: 2020 },
      },
    };
  },
  hooks: {
    // Her library reads every tip from a file of the extension (never the network), kept out of
    // its script: the page's code stays small, and the file is the same the background bundles.
    'build:publicAssets': (_wxt, files) => {
      for (const language of LANGUAGES) {
        const tips: unknown = JSON.parse(readFileSync(`assets/tips/${language}.json`, 'utf8'));
        files.push({ relativeDest: `tips/${language}.json`, contents: JSON.stringify(tips) });
      }
    },
  },
  zip: { excludeSources: ['tests/**', 'docs/**'] },
});
