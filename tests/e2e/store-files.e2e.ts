import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';

// What Chrome Web Store and addons.mozilla.org receive, checked as a reviewer would.
const OUTPUT = path.resolve('.output');
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const zipPath = (name: string) => path.join(OUTPUT, `closer-${version}-${name}.zip`);
const run = (command: string, args: string[], cwd = process.cwd()) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

async function unzipToMap(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  return files;
}

function filesUnder(dir: string, prefix = ''): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory())
      for (const [key, value] of filesUnder(full, `${prefix}${name}/`)) files.set(key, value);
    else files.set(`${prefix}${name}`, readFileSync(full));
  }
  return files;
}

beforeAll(() => {
  run('npm', ['run', 'zip']);
  run('npm', ['run', 'zip:firefox']);
});

describe.each(['chrome', 'firefox'])('the %s upload', (browser) => {
  it('has a complete manifest: name, short description, version, icons, minimum permissions', async () => {
    const files = await unzipToMap(zipPath(browser));
    const manifest = JSON.parse(files.get('manifest.json')!.toString()) as Record<string, any>;
    const messages = JSON.parse(files.get('_locales/en/messages.json')!.toString());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.name).toBe('__MSG_extName__');
    expect(messages.extName.message).toBe('Closer');
    expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
    expect(manifest.version).toBe(version);
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'search']);
    // Her most visited sites, asked for only when she turns them on.
    expect(manifest.optional_permissions).toEqual(['topSites']);
    expect(manifest.host_permissions).toBeUndefined();
    // Her settings: the options page, in a tab of its own.
    expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
    expect(manifest.icons).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' });
    for (const [size, icon] of Object.entries(manifest.icons as Record<string, string>)) {
      const png = files.get(icon)!;
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
    }
    expect(manifest.chrome_url_overrides).toEqual({ newtab: 'newtab.html' });
  });

  it('is a production build: no development JSX, no paths of the machine it was built on', async () => {
    for (const [name, content] of await unzipToMap(zipPath(browser))) {
      if (!/\.(js|html|css)$/.test(name)) continue;
      expect(content.toString().includes(process.cwd()), name).toBe(false);
      expect(content.toString().includes('lineNumber:'), name).toBe(false);
    }
  });
});

it('the Firefox manifest names its id, a minimum version for the APIs used, and that nothing is collected', async () => {
  const files = await unzipToMap(zipPath('firefox'));
  const { browser_specific_settings: settings } = JSON.parse(files.get('manifest.json')!.toString());
  expect(settings.gecko).toEqual({
    id: 'closer@closer.extension',
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  });
});

it('web-ext lint finds no errors, and no warnings but the known one from Preact', () => {
  const report = JSON.parse(
    run('npx', ['web-ext', 'lint', '--source-dir', path.join(OUTPUT, 'firefox-mv3'), '--output', 'json']),
  ) as { errors: unknown[]; notices: unknown[]; warnings: Array<{ code: string; file: string }> };
  expect(report.errors).toEqual([]);
  // Preact's own DOM code assigns innerHTML (for dangerouslySetInnerHTML, which Closer never uses): see the README.
  expect(report.warnings.map(({ code, file }) => `${code} ${file}`).sort()).toEqual([
    'UNSAFE_VAR_ASSIGNMENT library-app.js',
    'UNSAFE_VAR_ASSIGNMENT newtab-app.js',
    'UNSAFE_VAR_ASSIGNMENT options-app.js',
    'UNSAFE_VAR_ASSIGNMENT popup-app.js',
    'UNSAFE_VAR_ASSIGNMENT welcome-app.js',
  ]);
});

it('the sources zip, unpacked into an empty folder and built with the README’s command, gives the same Firefox build, file by file', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'closer-sources-'));
  const sources = await unzipToMap(zipPath('sources'));
  expect([...sources.keys()].filter((name) => name.startsWith('tests/') || name.startsWith('node_modules/'))).toEqual(
    [],
  );
  for (const [name, content] of sources) {
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    writeFileSync(path.join(folder, name), content);
  }
  run('bash', ['-c', 'npm ci --no-audit --no-fund && npm run build'], folder);

  const submitted = await unzipToMap(zipPath('firefox'));
  const rebuilt = filesUnder(path.join(folder, '.output', 'firefox-mv3'));
  expect([...rebuilt.keys()].sort()).toEqual([...submitted.keys()].sort());
  for (const [name, content] of submitted) expect(rebuilt.get(name)!.equals(content), name).toBe(true);
}, 300_000);
