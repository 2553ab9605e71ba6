import { launchChromium } from './chromium';
import type { Launch } from './driver';
import { launchFirefox } from './firefox';

const all: Record<string, Launch> = { chromium: launchChromium, firefox: launchFirefox };

/** The browsers every scenario runs in: all of them, or those named in CLOSER_BROWSERS (e.g. "chromium"). */
export const browsers: Array<[string, Launch]> = Object.entries(all).filter(
  ([name]) => !process.env.CLOSER_BROWSERS || process.env.CLOSER_BROWSERS.split(',').includes(name),
);
