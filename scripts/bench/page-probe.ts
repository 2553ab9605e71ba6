/** What the probe measured in one page load, in ms from navigation start. */
export interface PageTimings {
  /** Today's tip headline (the blank page's heading) first painted: the Element Timing API. */
  tipPainted: number;
  /**
   * The check-in button (the blank page: its heading) clicked as soon as it is on screen, and
   * the start of the frame that paints its new state.
   */
  checkInResponded: number;
  /** Cumulative layout shift over the load. */
  layoutShift: number;
  /** The page's first script starts to run (stamped by its first line, see `stampScriptStart`); 0 on a page with none. */
  scriptStarted: number;
  /** The headline in the DOM (seen by a mutation observer, so just after the script that added it). */
  tipDrawn: number;
}

/**
 * Runs in every page before its own scripts (Playwright's init script). It watches for the
 * headline's paint and layout shifts, clicks the check-in button the moment it is painted
 * (the blank page: its heading), and notes the frame that paints the response. The click
 * waits for the paint because a person can't click what isn't on screen yet: clicking at
 * the moment the parser adds an element would time the blank page's parser, not a response.
 */
export function pageProbe() {
  const blank = location.pathname.includes('bench-blank');
  const timings: Partial<PageTimings> = { layoutShift: 0 };
  (window as unknown as { closerBench: Partial<PageTimings> }).closerBench = timings;

  const selector = blank ? 'h1' : '[data-testid="checkin"]';
  const clickable = blank ? 'tip-title' : 'checkin';
  let clicked = false;
  const clickWhenReady = () => {
    const target = document.querySelector<HTMLButtonElement>(selector);
    if (clicked || !target) return;
    if (target.disabled) return void requestAnimationFrame(clickWhenReady);
    clicked = true;
    const before = target.getAttribute('aria-pressed');
    target.click();
    const awaitPaint = () => {
      // Read afresh: a click before the app loads draws the page one click later, a new button.
      const now = document.querySelector(selector)?.getAttribute('aria-pressed');
      if (!blank && now === before) return void requestAnimationFrame(awaitPaint);
      // The frame that starts now paints the response.
      requestAnimationFrame((frameStart) => (timings.checkInResponded = frameStart));
    };
    awaitPaint();
  };
  // Where the time to the paint goes: the script's fetch, its run, then style, layout and paint.
  const drawn = new MutationObserver(() => {
    if (!document.querySelector('[elementtiming="tip-title"]')) return;
    timings.tipDrawn = performance.now();
    timings.scriptStarted = (window as unknown as { closerBenchScriptStart?: number }).closerBenchScriptStart ?? 0;
    drawn.disconnect();
  });
  drawn.observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Array<PerformanceEntry & { identifier: string; renderTime: number }>) {
      if (entry.identifier === 'tip-title' && timings.tipPainted === undefined) timings.tipPainted = entry.renderTime;
      if (entry.identifier === clickable) clickWhenReady();
    }
  }).observe({ type: 'element', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
      if (!entry.hadRecentInput) timings.layoutShift! += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * The line the bench puts first in each page's first script (in its copies of the builds), so
 * the probe can tell the script's fetch from its run. One assignment: it costs nothing measurable.
 */
export const stampScriptStart = (script: string) => `window.closerBenchScriptStart=performance.now();${script}`;
