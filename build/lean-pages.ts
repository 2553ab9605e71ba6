import type { Plugin } from 'vite';
import { resolveStaticTokens } from './static-tokens';

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*\shref="\/([^"]+\.css)"[^>]*>/g;
const MODULE_SCRIPT = /<script type="module"[^>]*\ssrc="\/([^"]+\.js)"[^>]*><\/script>\s*/g;

/**
 * Leaves each HTML page of the build one request to make, its own script: every other file
 * is a round trip the browser finishes before it paints, paid on every new tab.
 * - Stylesheets go into the HTML as `<style>`, the design tokens that never change written in.
 * - Module scripts with no code in them are dropped: the shared CSS shell Vite emits and
 *   WXT's loader for runtime plugins, which Closer doesn't have.
 * - The source's indentation between tags goes: the pages are shells of blocks, where a line
 *   break between two tags draws nothing, and it costs bytes before the first frame.
 */
export function leanPages(): Plugin {
  const absorbed = new Set<string>();
  return {
    name: 'closer:lean-pages',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        return html
          .replace(STYLESHEET_LINK, (link, file: string) => {
            const asset = bundle[file];
            if (asset?.type !== 'asset') return link;
            absorbed.add(file);
            return `<style>${resolveStaticTokens(String(asset.source).trim())}</style>`;
          })
          .replace(MODULE_SCRIPT, (script, file: string) => {
            const chunk = bundle[file];
            if (chunk?.type !== 'chunk' || chunk.code.trim() !== '') return script;
            absorbed.add(file);
            return '';
          })
          .replace(/>\s*\n\s*</g, '><');
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of absorbed) delete bundle[file];
      },
    },
  };
}
