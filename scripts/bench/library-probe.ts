/** What the library probe measured in one load of `library.html`, in ms from navigation start. */
export interface LibraryTimings {
  /**
   * The last answer the page waited for before drawing her library: `storage.local`'s (its
   * `get` and `getKeys`) or the tips file's (`Response.json()` of `/tips/<language>.json`),
   * whichever came later. Stamped in the answer's first callback, before the page's own.
   */
  answered: number;
  /** 1 when the tips file answered last, 0 when storage did. */
  tipsLast: number;
  /** `#library` lost `aria-busy` (a mutation observer, so just after the script that drew it). */
  drawn: number;
  /** The next rendering update starts (the first callback of the next animation frame). */
  frameStart: number;
  /** That update is over: style, layout and paint done on the main thread (a task posted from that frame). */
  frameEnd: number;
  /** The library's heading painted (Element Timing: when the frame was presented). */
  painted: number;
  /** The longest long task (50 ms or more) from the answer to the end of that frame; 0 if none. */
  longestTask: number;
  /** Elements in `#library` when it was drawn. */
  elements: number;
  /** Of those, the ones inside a closed `<details>`: drawn, but not on screen until she opens it. */
  elementsClosed: number;
}

/**
 * Runs in the library page before its own scripts (Playwright's init script), and touches
 * none of its code: it stamps when storage and the tips file answer, sees the page lose
 * `aria-busy` (the first render after both), and times the frame that draws it. The render
 * step is the main thread's work from the last answer to the end of that frame: the script
 * (answer to drawn) and the frame's style, layout and paint (its start to its end), leaving
 * out the idle wait for the frame between them.
 */
export function libraryProbe() {
  const timings: Partial<LibraryTimings> = { longestTask: 0 };
  (window as unknown as { closerLibraryBench: Partial<LibraryTimings> }).closerLibraryBench = timings;
  let storageAnswered = 0;
  let tipsAnswered = 0;
  const stamp = (answer: unknown, at: (time: number) => void) =>
    answer instanceof Promise
      ? answer.then((value: unknown) => {
          at(performance.now());
          return value;
        })
      : answer;

  // Every read of storage.local the page can make (`browser` is `chrome` in Chromium, or its own object).
  type Area = Record<string, unknown>;
  const namespaces = globalThis as unknown as Record<string, { storage?: { local?: Area } } | undefined>;
  const areas = new Set([namespaces.chrome?.storage?.local, namespaces.browser?.storage?.local]);
  for (const area of areas)
    for (const method of ['get', 'getKeys']) {
      const original = area?.[method];
      if (!area || typeof original !== 'function') continue;
      area[method] = function (this: unknown, ...args: unknown[]) {
        return stamp(original.apply(this, args), (time) => (storageAnswered = time));
      };
    }
  const json = Response.prototype.json;
  Response.prototype.json = function (this: Response) {
    const answer = json.call(this);
    return /\/tips\/[\w-]+\.json$/.test(this.url)
      ? (stamp(answer, (time) => (tipsAnswered = time)) as Promise<unknown>)
      : answer;
  };

  const tasks: PerformanceEntry[] = [];
  const longest = () => {
    if (timings.frameEnd === undefined) return;
    const around = tasks.filter(
      (task) => task.startTime < timings.frameEnd! && task.startTime + task.duration > timings.answered!,
    );
    timings.longestTask = Math.max(0, ...around.map((task) => task.duration));
  };
  new PerformanceObserver((list) => {
    tasks.push(...list.getEntries());
    longest();
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Array<PerformanceEntry & { identifier: string; renderTime: number }>)
      if (entry.identifier === 'library-title') timings.painted ??= entry.renderTime;
  }).observe({ type: 'element', buffered: true });

  const sawDrawn = (library: Element) => {
    if (library.hasAttribute('aria-busy') || timings.drawn !== undefined) return false;
    timings.drawn = performance.now();
    timings.answered = Math.max(storageAnswered, tipsAnswered);
    timings.tipsLast = tipsAnswered > storageAnswered ? 1 : 0;
    timings.elements = library.querySelectorAll('*').length;
    timings.elementsClosed = library.querySelectorAll(
      'details:not([open]) > :not(summary) *, details:not([open]) > :not(summary)',
    ).length;
    // Before its first paint, so Element Timing reports it.
    library.querySelector('h1')?.setAttribute('elementtiming', 'library-title');
    requestAnimationFrame(() => {
      timings.frameStart = performance.now();
      // The first task after the rendering update: ahead of the page's own timers where the
      // browser has priorities (`scheduler.postTask`), else a message (no timer clamping).
      const ended = () => {
        timings.frameEnd = performance.now();
        longest();
      };
      const scheduler = (
        globalThis as unknown as { scheduler?: { postTask?: (task: () => void, options: object) => void } }
      ).scheduler;
      if (scheduler?.postTask) scheduler.postTask(ended, { priority: 'user-blocking' });
      else {
        const channel = new MessageChannel();
        channel.port1.addEventListener('message', ended);
        channel.port1.start();
        channel.port2.postMessage(null);
      }
    });
    return true;
  };
  // Only the few mutations until the busy page appears, then only its own attribute (and the
  // node itself, were it replaced): the probe adds no work to the render it times.
  const appears = new MutationObserver(() => {
    const library = document.getElementById('library');
    if (!library) return;
    appears.disconnect();
    if (sawDrawn(library)) return;
    const changes = new MutationObserver(() => {
      const now = document.getElementById('library');
      if (now && sawDrawn(now)) changes.disconnect();
    });
    changes.observe(library, { attributes: true, attributeFilter: ['aria-busy'] });
    changes.observe(library.parentNode!, { childList: true });
  });
  appears.observe(document, { childList: true, subtree: true });
}
