import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SOURCE = path.join(import.meta.dirname, 'clock-shim.c');

/**
 * The clock shim (`clock-shim.c`) built for this machine, compiled at most once per
 * version of its source (cached in the temp dir by the source's hash).
 */
export function clockShim(): string {
  const source = readFileSync(SOURCE);
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 16);
  const library = path.join(tmpdir(), `closer-clock-shim-${hash}.so`);
  if (existsSync(library)) return library;
  // Compiled beside its final name, then renamed: a concurrent run never loads half a file.
  const partial = `${library}.${process.pid}.tmp`;
  try {
    execFileSync('cc', ['-shared', '-fPIC', '-O2', '-o', partial, SOURCE, '-ldl'], { stdio: 'pipe' });
  } catch (error) {
    throw new Error(`Could not compile the clock shim (is a C compiler installed as "cc"?)`, { cause: error });
  }
  renameSync(partial, library);
  return library;
}

/** The environment that makes Firefox's wall clock read `clockAt` now and run on from there. */
export function clockEnv(clockAt: number | undefined): Record<string, string> {
  if (clockAt === undefined) return {};
  const preload = [clockShim(), process.env.LD_PRELOAD].filter(Boolean).join(' ');
  return { LD_PRELOAD: preload, CLOSER_CLOCK_OFFSET_MS: String(Math.round(clockAt - Date.now())) };
}
