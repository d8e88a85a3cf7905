/**
 * The two commands as editors run them: `npm run import` (scripts/import.ts) and
 * `npm run new` (scripts/new-project.ts), in a child process, against temporary folders.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { loadImportContext } from '../../src/importer/context.ts';
import { projectTemplate } from '../../src/importer/template.ts';
import { fieldOrder, validateRecord } from '../../src/importer/validate.ts';
import { parseFrontMatter } from '../../src/model/content/read.ts';
import { PROJECT_FIELDS } from '../../src/model/schemas/index.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const seeds = join(root, 'tests/fixtures/seeds');
const work = mkdtempSync(join(tmpdir(), 'import-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(root, 'scripts', script), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each test starts Node once or more; loading the content model takes about a second each time.
const SLOW = { timeout: 60_000 };

describe('npm run import', SLOW, () => {
  test('--json prints one stable entry per input and writes nothing', () => {
    const out = join(work, 'json-out');
    const { code, stdout } = run('import.ts', [seeds, '--json', '--out', out]);
    expect(code).toBe(0);
    const entries = JSON.parse(stdout) as Record<string, unknown>[];
    expect(entries).toHaveLength(5);
    for (const entry of entries) {
      expect(Object.keys(entry)).toEqual(
        expect.arrayContaining(['file', 'record', 'body', 'missing', 'provenance', 'warnings']),
      );
      expect(entry.error).toBeNull();
    }
    expect(entries[2]?.record).toMatchObject({ donors: ['usaid'] });
    expect(existsSync(out)).toBe(false);
  });

  test('bad inputs fail one by one with a clear message while the others import', () => {
    const bad = join(work, 'bad');
    const noText = join(work, 'no-text');
    mkdirSync(bad, { recursive: true });
    mkdirSync(noText, { recursive: true });
    writeFileSync(join(bad, 'empty.txt'), '');
    writeFileSync(join(bad, 'blank.txt'), '  \n\n \t\n');
    writeFileSync(join(bad, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    // "Проект" in Windows-1251: not UTF-8.
    writeFileSync(join(bad, 'cp1251.txt'), Buffer.from([0xcf, 0xf0, 0xee, 0xe5, 0xea, 0xf2, 0x0a]));
    writeFileSync(join(bad, 'huge.txt'), Buffer.alloc(10 * 1024 * 1024, 0x61));
    writeFileSync(join(noText, 'photo.png'), Buffer.from([0x89, 0x50]));
    const good = join(seeds, '004_10e0250998df8995.txt');
    const { code, stdout } = run('import.ts', [bad, noText, join(work, 'missing.txt'), good, '--json']);
    expect(code).toBe(1);
    const entries = JSON.parse(stdout) as { file: string; error: string | null; record: unknown }[];
    const errorOf = (name: string) => entries.find((entry) => entry.file.endsWith(name))?.error;
    expect(errorOf('empty.txt')).toMatch(/empty/);
    expect(errorOf('blank.txt')).toMatch(/blank/);
    expect(errorOf('binary.txt')).toMatch(/binary/);
    expect(errorOf('cp1251.txt')).toMatch(/not valid UTF-8.*re-save it/);
    expect(errorOf('huge.txt')).toMatch(/10\.0 MB/);
    expect(errorOf('no-text')).toMatch(/no text files/);
    expect(errorOf('missing.txt')).toMatch(/no such file/);
    expect(errorOf('004_10e0250998df8995.txt')).toBeNull();
    expect(entries.find((entry) => entry.file === good)?.record).toMatchObject({ start: '2019-01', end: '2019-09' });
  });

  test('writes a valid file, refuses to overwrite it, and with --force shows the changes', () => {
    const out = join(work, 'written');
    const seed = join(seeds, '001_b410a0b358de2aa1.txt');
    const first = run('import.ts', [seed, '--out', out]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('possible duplicate of content/projects/successful-aimak-2.md');
    const path = join(out, 'successful-aimak-2.md');
    const written = readFileSync(path, 'utf8');
    const front = parseFrontMatter(written);
    const ctx = loadImportContext(join(root, 'content'));
    expect(front.ok && validateRecord(front.data as never, ctx.vocabulary)).toEqual([]);

    writeFileSync(path, written.replace('title: Successful Aimak 2', 'title: Successful Aimak Two'));
    const refused = run('import.ts', [seed, '--out', out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already exists; rerun with --force/);
    expect(readFileSync(path, 'utf8')).toContain('Successful Aimak Two');

    const forced = run('import.ts', [seed, '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('-title: Successful Aimak Two');
    expect(forced.stdout).toContain('+title: Successful Aimak 2');
    expect(readFileSync(path, 'utf8')).toBe(written);
  });

  test('--dry-run reports and writes nothing', () => {
    const out = join(work, 'dry');
    const { code, stdout } = run('import.ts', [join(seeds, '000_bc991921cec780cc.txt'), '--dry-run', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toContain('would be written (dry run)');
    expect(stdout).toMatch(/donors\s+fcdo/);
    expect(existsSync(out)).toBe(false);
  });

  test('an unknown option or no input is a usage error', () => {
    expect(run('import.ts', ['--frobnicate', seeds]).code).toBe(1);
    expect(run('import.ts', []).stderr).toContain('Usage: npm run import');
  });
});

describe('npm run new', SLOW, () => {
  test('writes a skeleton once and refuses to overwrite it', () => {
    const content = join(work, 'content');
    cpSync(join(root, 'content'), content, { recursive: true });
    const env = { CONTENT_DIR: content };
    const first = run('new-project.ts', ['Water for Naryn: a pilot'], env);
    expect(first.code).toBe(0);
    const path = join(content, 'projects', 'water-for-naryn-a-pilot.md');
    expect(readFileSync(path, 'utf8')).toContain('title: "Water for Naryn: a pilot"');
    const again = run('new-project.ts', ['Water for Naryn: a pilot'], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect(readdirSync(join(content, 'projects')).filter((name) => name.startsWith('water-for-naryn'))).toHaveLength(1);
  });

  const ctx = loadImportContext(join(root, 'content'));
  const fields = fieldOrder(ctx.vocabulary);

  test('the skeleton names every field of the content model', () => {
    const text = projectTemplate('A title', fields);
    for (const field of PROJECT_FIELDS) {
      expect(text, field).toMatch(new RegExp(`^(?:# )?${field}:`, 'm'));
    }
  });

  test('the skeleton is valid once the summary is written, and not before', () => {
    const text = projectTemplate('A title: with a colon', fields);
    const empty = parseFrontMatter(text);
    expect(empty.ok && validateRecord(empty.data as never, ctx.vocabulary).join()).toMatch(/^summary:/);
    const filled = parseFrontMatter(text.replace('summary: ""', 'summary: "A real summary."'));
    expect(filled.ok && validateRecord(filled.data as never, ctx.vocabulary)).toEqual([]);
  });
});
