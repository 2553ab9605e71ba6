import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import css from '@/components/shortcuts/shortcuts.css?inline';
import { shortcutsRow } from '@/components/shortcuts/shortcuts-row';
import { followWords } from '@/utils/first-frame/follow-words';
import { browser } from '@/utils/browser/native-browser';
import { shortcutsShown, turnShortcutsOff, type ShortcutsApis } from '@/utils/browser/shortcuts';
import { shortcutsFrom } from '@/utils/browser/top-sites';

/*
 * Her most visited sites on the new tab. The new tab's app loads this script only when she
 * turned them on, so a new tab without them pays nothing for them.
 */
export default defineUnlistedScript({
  globalName: false,
  async main() {
    const apis = browser as unknown as ShortcutsApis;
    if (!(await shortcutsShown(apis))) return;
    const sites = shortcutsFrom(await browser.topSites.get().catch(() => []));
    if (sites.length === 0) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const draw = () =>
      shortcutsRow(sites, () => {
        row.remove();
        // The button she pressed is gone: her focus goes to the search field above.
        document.getElementById('search')?.focus();
        void turnShortcutsOff(apis);
      });
    let row: HTMLElement;
    await followWords(() => row.replaceWith((row = draw())));
    document.body.append((row = draw()));
  },
});
