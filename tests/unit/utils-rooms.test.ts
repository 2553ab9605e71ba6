// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * utils/ is in rooms by domain, from the ground up: a room imports only rooms below it, and
 * never a page, component or hook. The pure rooms touch no browser API, so they run (and are
 * property-tested) anywhere.
 */
const ROOMS = [
  'browser',
  'i18n',
  'days',
  'tips',
  'settings',
  'storage',
  'backup',
  'first-frame',
  'background',
] as const;
const PURE_ROOMS = ['days', 'tips', 'settings'];
const UTILS = path.resolve(import.meta.dirname, '../../utils');

const filesOf = (room: string) =>
  readdirSync(path.join(UTILS, room))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => ({ name: `${room}/${name}`, source: readFileSync(path.join(UTILS, room, name), 'utf8') }));

const importsOf = (source: string): string[] =>
  [...source.matchAll(/\bfrom\s+'([^']+)'|\bimport\s*\(\s*'([^']+)'/g)].map((m) => m[1] ?? m[2] ?? '');

describe('utils/ rooms', () => {
  it('every file of utils/ is in one of the rooms, each with its README', () => {
    const entries = readdirSync(UTILS, { withFileTypes: true });
    expect(entries.filter((entry) => entry.isFile()).map(({ name }) => name)).toEqual([]);
    expect(entries.map(({ name }) => name).sort()).toEqual([...ROOMS].sort());
    for (const room of ROOMS) expect(readdirSync(path.join(UTILS, room))).toContain('README.md');
  });

  it.each(ROOMS.map((room, floor) => [room, floor] as const))('%s imports only rooms below it', (room, floor) => {
    for (const { name, source } of filesOf(room))
      for (const spec of importsOf(source)) {
        expect(spec, name).not.toMatch(/^@\/(components|hooks|entrypoints)\b/);
        const other = /^\.\.\/([\w-]+)\//.exec(spec)?.[1] ?? /^@\/utils\/([\w-]+)\//.exec(spec)?.[1];
        if (other)
          expect(ROOMS.indexOf(other as (typeof ROOMS)[number]), `${name} imports ${spec}`).toBeLessThan(floor);
      }
  });

  it.each(PURE_ROOMS)('%s touches no browser API', (room) => {
    for (const { name, source } of filesOf(room)) {
      const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, name).not.toMatch(
        /\b(chrome|browser|window|document|localStorage)\s*\.|wxt\/(browser|utils\/storage)/,
      );
    }
  });
});
