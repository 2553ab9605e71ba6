import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
// jszip comes with wxt (its `zip` command); Firefox installs a permanent add-on only from an archive.
import JSZip from 'jszip';
import type { BiDi } from './bidi';

/** Zips the unpacked build into an .xpi in a fresh temp dir and returns its path. */
export async function packXpi(buildDir: string): Promise<string> {
  const zip = new JSZip();
  for (const entry of readdirSync(buildDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    zip.file(path.relative(buildDir, file).split(path.sep).join('/'), readFileSync(file));
  }
  const xpi = path.join(mkdtempSync(path.join(tmpdir(), 'closer-xpi-')), 'closer.xpi');
  writeFileSync(xpi, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return xpi;
}

/**
 * Installs the build as a permanent add-on (not a temporary one): Firefox copies it into the
 * profile, and later launches on that profile start it with the browser, as after a restart.
 * Needs `xpinstall.signatures.required=false` and a gecko id in the manifest.
 */
export async function installPermanently(bidi: BiDi, buildDir: string): Promise<void> {
  const xpi = await packXpi(buildDir);
  try {
    await bidi.send('webExtension.install', {
      extensionData: { type: 'archivePath', path: xpi },
      'moz:permanent': true,
    });
  } finally {
    rmSync(path.dirname(xpi), { recursive: true, force: true });
  }
}
