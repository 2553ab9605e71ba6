import { normalizePath, type Plugin } from 'vite';

/**
 * What first-frame.js hands the new tab's and the popup's apps (it loads them, always after it
 * has run): functions it carries anyway to draw the first frame and answer a click early, so
 * the apps don't carry them a second time. Each module is named from the project's root, with
 * the exports handed over; an app still takes the module's other exports from the module
 * itself. Only what keeps no state of its own: a page then runs one copy of each, never two
 * that could disagree. Each one kept here pays (measured one by one, December 2026: 4 to 216
 * bytes gzip less on the new tab; all together the app 430 less, first-frame.js 65 more).
 */
export const HANDED_OVER: ReadonlyArray<readonly [module: string, exports: readonly string[]]> = [
  ['utils/first-frame/page-snapshot.ts', ['readSnapshot', 'writeSnapshot', 'writeDrawn']],
  ['utils/days/day.ts', ['localDay']],
  ['utils/days/clock.ts', ['readClock']],
  ['utils/days/click-moment.ts', ['clickMoments']],
  ['utils/days/travel.ts', ['whereabouts']],
  ['utils/storage/nonce.ts', ['nonce']],
  ['utils/first-frame/page-store.ts', ['pageStore']],
  ['utils/browser/native-browser.ts', ['browser']],
  ['utils/browser/search.ts', ['submitSearch']],
  ['utils/storage/pending.ts', ['pendingKey']],
];

const FIRST_FRAME = 'entrypoints/first-frame.ts';
/** The scripts first-frame.js loads, once it has handed these over. */
const APPS = ['entrypoints/newtab-app.tsx', 'entrypoints/popup-app.tsx'];
/** Where first-frame.js leaves them, in the order of `HANDED_OVER`. */
const GLOBAL = 'closerHandedOver';
/** In an app: the list first-frame.js left, read once. */
const HANDED = '\0closer:handed';
/** In an app: a module of `HANDED_OVER`, its exports read from that list. */
const FROM_FIRST_FRAME = '\0closer:from-first-frame:';

/**
 * The hand-over, at build only. In first-frame.js, a statement after its entry module's code
 * puts the functions on `window`, before its `main` runs: they are there whether or not it
 * could draw. In the two apps, each module of the list is read from there. Tests, the other
 * pages and scripts, and a dev server take every module as it is.
 */
export function handOver(): Plugin {
  let root = '';
  const fileOf = (module: string) => normalizePath(`${root}/${module}`);
  let building: 'first-frame' | 'app' | undefined;
  return {
    name: 'closer:hand-over',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    options({ input }) {
      // Each of WXT's unlisted scripts is a build of its own, its entry named in its input.
      const entry = JSON.stringify(input ?? '');
      if (entry.includes(FIRST_FRAME)) building = 'first-frame';
      else building = APPS.some((app) => entry.includes(app)) ? 'app' : undefined;
    },
    async resolveId(source, importer, options) {
      if (source === HANDED) return HANDED;
      if (building !== 'app' || importer?.startsWith(FROM_FIRST_FRAME)) return undefined;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const handed = resolved && HANDED_OVER.some(([module]) => fileOf(module) === resolved.id);
      return handed ? FROM_FIRST_FRAME + resolved.id : undefined;
    },
    async load(id) {
      if (id === HANDED) return `export const handed = window.${GLOBAL};`;
      if (!id.startsWith(FROM_FIRST_FRAME)) return undefined;
      const file = id.slice(FROM_FIRST_FRAME.length);
      let index = 0;
      const lines = [`import { handed } from ${JSON.stringify(HANDED)};`];
      for (const [module, names] of HANDED_OVER) {
        if (fileOf(module) === file) {
          lines.push(...names.map((name, i) => `export const ${name} = handed[${index + i}];`));
          const others = (await this.load({ id: file })).exports.filter((name) => !names.includes(name));
          if (others.length) lines.push(`export { ${others.join(', ')} } from ${JSON.stringify(file)};`);
        }
        index += names.length;
      }
      return lines.join('\n');
    },
    transform(code, id) {
      if (building !== 'first-frame' || id !== fileOf(FIRST_FRAME)) return undefined;
      // After the module's own code (imports are hoisted), so its lines keep their numbers.
      const handed: string[] = [];
      const imports = HANDED_OVER.map(([module, names]) => {
        const aliases = names.map((name) => `${name} as __handed${handed.push(name) - 1}`);
        return `import { ${aliases.join(', ')} } from ${JSON.stringify(fileOf(module))};`;
      });
      const list = handed.map((_, i) => `__handed${i}`).join(', ');
      return { code: `${code}\n${imports.join('\n')}\nwindow.${GLOBAL} = [${list}];\n`, map: null };
    },
  };
}
