import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

// Astro writes its image map to `.astro/` in the project root, whatever the output and cache
// folders, so two builds of different content in one root can read each other's map. Test
// builds each get a root of their own (privateRoot in build.ts); what still runs in the project
// root itself (the dev server test, the benchmark's builds of the site) takes turns, across
// processes, through this lock.
const LOCK = join(import.meta.dirname, '../../.test-output/build.lock');

function holderIsAlive(): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
  } catch {
    // Just taken and the pid not written yet, unless the folder is old.
    try {
      return Date.now() - statSync(LOCK).mtimeMs < 10_000;
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Runs `work` while holding the build lock; waits (up to `timeoutMs`) for another holder. */
export async function withBuildLock<T>(work: () => Promise<T>, timeoutMs = 20 * 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  mkdirSync(join(LOCK, '..'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch {
      // A holder that died (killed test run) leaves the folder behind; take it over.
      if (!holderIsAlive()) rmSync(LOCK, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`waited ${timeoutMs / 1000} s for the build lock at ${LOCK}`);
      else await sleep(200);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
