/*
 * Scripts run in Firefox's browser window with chrome privileges (see `BiDi.inChrome`).
 * They read Firefox's own state for Closer, so none of Closer's code runs to answer them.
 * Plain JavaScript in strings: the test transform must not touch code that runs in Firefox.
 * Each gets `arg` (parsed from JSON) and returns something JSON can carry.
 */

/** Helpers every script starts with. `ChromeUtils.now()` is monotonic, so the clock shim leaves it alone. */
const PRELUDE = `
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const until = async (read, what, timeoutMs = 20000) => {
    const end = ChromeUtils.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (value) return value;
      if (ChromeUtils.now() > end) throw new Error('Timed out waiting for ' + what);
      await sleep(50);
    }
  };
  const extensionOf = (id) =>
    until(() => WebExtensionPolicy.getByID(id)?.extension, id + ' to be installed and enabled');
`;

function chromeFunction(body: string): string {
  return `async function (json) {
    const arg = JSON.parse(json);
    ${PRELUDE}
    const result = await (async () => { ${body} })();
    return JSON.stringify(result === undefined ? null : result);
  }`;
}

/** `{ id }` → the extension's `moz-extension://` host, once Firefox has it running. */
export const EXTENSION_HOST = chromeFunction(`
  const extension = await extensionOf(arg.id);
  return WebExtensionPolicy.getByID(extension.id).mozExtensionHostname;
`);

/**
 * Opens a new tab as Ctrl+T does and returns its WebDriver BiDi context id (Firefox's
 * remote agent keeps that mapping in its NavigableManager).
 */
export const OPEN_TAB = chromeFunction(`
  const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
  BrowserCommands.openTab();
  return NavigableManager.getIdForBrowser(gBrowser.selectedBrowser);
`);

/**
 * `{ id }` → the badge text, background colour and title of the extension's toolbar
 * button, as Firefox's action state holds them for the selected tab (what the toolbar
 * shows; the same values `action.getBadgeText({})` and friends return).
 */
export const READ_BADGE = chromeFunction(`
  const extension = await extensionOf(arg.id);
  const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  const { action } = await until(
    () => ExtensionParent.apiManager.global?.browserActionFor?.(extension),
    'the toolbar button of ' + arg.id,
  );
  const property = (name) => action.getProperty(gBrowser.selectedTab, name);
  return { text: property('badgeText'), color: [...property('badgeBackgroundColor')], title: property('title') };
`);

/**
 * `{ id, items? }`: without items, everything in the extension's storage.local; with
 * items, writes them. It does what Firefox's own parent-process storage.local path does
 * (ext-storage.js, `callMethodInParentProcess`): the extension's IndexedDB store, opened
 * with its reserved storage principal, then the change notification that fires
 * storage.onChanged in every page and in the background (waking it if it is suspended).
 */
export const STORAGE = chromeFunction(`
  const extension = await extensionOf(arg.id);
  const { ExtensionStorageIDB } = ChromeUtils.importESModule('resource://gre/modules/ExtensionStorageIDB.sys.mjs');
  const backend = await ExtensionStorageIDB.selectBackend({ extension });
  if (!backend.backendEnabled) throw new Error('storage.local is not on its IndexedDB backend');
  const principal = backend.storagePrincipal.deserialize(window, true);
  const db = await ExtensionStorageIDB.open(principal, extension.hasPermission('unlimitedStorage'));
  try {
    if (!arg.items) return await db.get(null);
    const changes = await db.set(arg.items);
    if (changes) ExtensionStorageIDB.notifyListeners(extension.id, changes);
    return null;
  } finally {
    db.close();
  }
`);

/**
 * `{ id, permissions? }` → the permission lines of the prompt Firefox shows when the
 * extension is installed (Extension.sys.mjs, `formatPermissionStrings`, as the install
 * prompt calls it), for its manifest's permissions or, given `permissions`, for those.
 */
export const INSTALL_WARNINGS = chromeFunction(`
  const extension = await extensionOf(arg.id);
  const { ExtensionData } = ChromeUtils.importESModule('resource://gre/modules/Extension.sys.mjs');
  const required = extension.getRequiredPermissions();
  const permissions = { ...required, permissions: arg.permissions ?? required.permissions };
  return ExtensionData.formatPermissionStrings({ permissions, type: 'extension' }).msgs;
`);

/**
 * Answers every optional-permission prompt as if she clicked "Allow" (Firefox's own pref for
 * that: a headless browser shows no prompt to click).
 */
export const ALLOW_OPTIONAL_PERMISSIONS = chromeFunction(`
  Services.prefs.setBoolPref('extensions.webextOptionalPermissionPrompts', false);
`);

/** `{ sites: [{ url, title }] }`: visits each site five times, the first most recently, into her history. */
export const ADD_HISTORY = chromeFunction(`
  const { PlacesUtils } = ChromeUtils.importESModule('resource://gre/modules/PlacesUtils.sys.mjs');
  const now = Date.now();
  for (const [index, { url, title }] of arg.sites.entries()) {
    const visits = Array.from({ length: 5 }, (_, visit) => ({ date: new Date(now - (index * 5 + visit) * 1000) }));
    await PlacesUtils.history.insert({ url, title, visits });
  }
`);

/**
 * `{ id }`: suspends the extension's event page the way its idle timer does
 * (ext-backgroundPage.js: the timer calls `terminateBackground()`, which waits for pending
 * listeners and runs runtime.onSuspend), and waits until the background context is gone.
 */
export const STOP_BACKGROUND = chromeFunction(`
  const extension = await extensionOf(arg.id);
  await until(async () => {
    const state = extension.backgroundState;
    if (state === 'stopped') return !extension.backgroundContext;
    // Busy with listeners: like the idle timer, try again a little later.
    if (state === 'running') await extension.terminateBackground();
    return false;
  }, 'the background of ' + arg.id + ' to stop', 30000);
`);

/**
 * Starts keeping every error that reaches the Browser Console (all processes forward
 * theirs to it): uncaught errors and unhandled rejections, in pages and the background.
 */
export const WATCH_CONSOLE = chromeFunction(`
  if (window.closerConsoleErrors) return;
  const errors = (window.closerConsoleErrors = []);
  const seen = new WeakSet();
  const keep = (message) => {
    if (!(message instanceof Ci.nsIScriptError) || seen.has(message)) return;
    seen.add(message);
    if (message.flags & (Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag)) return;
    errors.push({
      message: message.errorMessage,
      source: message.sourceName,
      line: message.lineNumber,
      column: message.columnNumber,
    });
  };
  Services.console.registerListener({ observe: keep });
  for (const message of Services.console.getMessageArray() ?? []) keep(message);
`);

/** The errors kept since `WATCH_CONSOLE`. */
export const CONSOLE_ERRORS = chromeFunction(`
  return window.closerConsoleErrors ?? [];
`);
