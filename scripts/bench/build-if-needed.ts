import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { CHROME_BUILD } from '../../tests/e2e/chromium';

function newestSourceTime(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => statSync(path.join(entry.parentPath, entry.name)).mtimeMs),
  );
}

/** Builds Closer for Chrome unless the build is newer than every source file. */
export function buildIfNeeded() {
  const manifest = path.join(CHROME_BUILD, 'manifest.json');
  const sources = ['entrypoints', 'components', 'hooks', 'utils', 'assets', 'public'];
  if (existsSync(manifest) && statSync(manifest).mtimeMs > Math.max(...sources.map(newestSourceTime))) return;
  console.log('Building…');
  execSync('npx wxt build', { stdio: 'inherit' });
}
