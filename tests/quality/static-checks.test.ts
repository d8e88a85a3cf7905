/**
 * The type and lint checks (`npm run check`), run inside the suite so that they use a core the
 * browser and build files leave idle instead of delaying every other file by their 20 s.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { expect, test } from 'vitest';
import { ROOT } from '../helpers/build.ts';
import { withBuildLock } from '../helpers/build-lock.ts';

const run = promisify(execFile);
const BIN = join(ROOT, 'node_modules/.bin');

/** What the command printed, and its exit code (0 when it passed). */
async function check(command: string, args: string[]): Promise<{ code: number; output: string }> {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  try {
    const { stdout, stderr } = await run(join(BIN, command), args, { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, output: stripVTControlCharacters(stdout + stderr) };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return {
      code: failure.code ?? 1,
      output: stripVTControlCharacters((failure.stdout ?? '') + (failure.stderr ?? '')),
    };
  }
}

test('astro check: no type errors and no warnings (TypeScript strictest)', { timeout: 180_000 }, async () => {
  // astro check syncs content types into .astro/ in the project root, as the dev server does.
  const { code, output } = await withBuildLock(() => check('astro', ['check', '--minimumFailingSeverity', 'warning']));
  expect(code, output).toBe(0);
  expect(output).toMatch(/0 errors/);
});

test('Biome: formatting and lint rules hold in every file', { timeout: 120_000 }, async () => {
  const { code, output } = await check('biome', ['check', '.']);
  expect(code, output).toBe(0);
});
