import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The Firefox build that `npm run build:firefox` makes (Manifest V3, with a gecko id). */
export const FIREFOX_BUILD = path.resolve('.output/firefox-mv3');

/** What the driver reads from the build's manifest. */
export interface Manifest {
  browser_specific_settings: { gecko: { id: string } };
  chrome_url_overrides: { newtab: string };
  action: { default_popup: string };
}

export function readManifest(): Manifest {
  const file = path.join(FIREFOX_BUILD, 'manifest.json');
  if (!existsSync(file)) throw new Error(`No Firefox build in ${FIREFOX_BUILD}: run "npm run build:firefox" first.`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}
