import type { Browser, Page } from 'puppeteer-core';

interface Connection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface ScriptResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

/** The WebDriver BiDi id of a page's browsing context (puppeteer's frame holds it, untyped). */
export function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { browsingContext: { id: string } }).browsingContext.id;
}

/** WebDriver BiDi commands puppeteer has no method for, sent over its own connection. */
export class BiDi {
  readonly #connection: Connection;
  #chromeContext: string | undefined;

  constructor(browser: Browser) {
    this.#connection = (browser as unknown as { connection: Connection }).connection;
  }

  async send<T>(method: string, params: object): Promise<T> {
    return (await this.#connection.send(method, params)).result as T;
  }

  /** The browser window's own (privileged, `chrome://browser`) browsing context. */
  async chromeContext(): Promise<string> {
    if (this.#chromeContext) return this.#chromeContext;
    type Tree = { contexts: { context: string; url: string }[] };
    const { contexts } = await this.send<Tree>('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
    const window = contexts.find((context) => context.url === 'chrome://browser/content/browser.xhtml');
    if (!window) throw new Error(`No browser window among ${contexts.map((context) => context.url).join(', ')}`);
    return (this.#chromeContext = window.context);
  }

  /**
   * Calls `functionDeclaration` in the browser window, with Firefox's privileges (needs
   * `-remote-allow-system-access`). It takes one argument and returns its result, both as
   * JSON strings, so anything JSON can say crosses over unchanged.
   */
  async inChrome<T>(functionDeclaration: string, argument: unknown = null): Promise<T> {
    const outcome = await this.send<ScriptResult>('script.callFunction', {
      functionDeclaration,
      arguments: [{ type: 'string', value: JSON.stringify(argument) }],
      target: { context: await this.chromeContext() },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (outcome.type === 'exception') throw new Error(`In Firefox's chrome: ${outcome.exceptionDetails?.text}`);
    return JSON.parse(String(outcome.result?.value ?? 'null')) as T;
  }

  /**
   * Loads `url` in a tab and waits for the document to be complete. `page.goto` would hang:
   * Firefox sends no load events for extension documents (https://bugzil.la/1755014).
   */
  async navigate(page: Page, url: string): Promise<void> {
    await this.send('browsingContext.navigate', { context: contextOf(page), url, wait: 'complete' });
  }
}
