/**
 * Editors' tools never write a broken file or lose one (issue 10, part 5): `npm run new`
 * with awkward titles, transliterated slugs, `--force` keeping a backup, PDFs refused, folder
 * entries that are not read listed as skipped, and pasted HTML cleaned of pictures in titles
 * and of `javascript:` links.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { loadImportContext } from '../../src/importer/context.ts';
import { collectInputs, refuseByContent, skipReason } from '../../src/importer/input.ts';
import { importText } from '../../src/importer/record.ts';
import { oneLine, projectTemplate } from '../../src/importer/template.ts';
import { isUnsafeUrl } from '../../src/importer/text/body.ts';
import { fieldOrder } from '../../src/importer/validate.ts';
import { loadContent } from '../../src/model/content/load.ts';
import { slugify } from '../../src/model/slugs.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'import-safety-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const ctx = loadImportContext(join(root, 'content'));

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(root, 'scripts', script), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A content folder with the real vocabularies and no projects. */
function emptyContent(name: string): string {
  const dir = join(work, name);
  cpSync(join(root, 'content'), dir, { recursive: true });
  rmSync(join(dir, 'projects'), { recursive: true });
  mkdirSync(join(dir, 'projects'));
  return dir;
}

const AWKWARD_TITLES = [
  'Water for Naryn: a pilot',
  'A very long title that goes on and on about rural water supply, sanitation and hygiene in three oblasts of the Kyrgyz Republic',
  '"Quoted" title with \'single\' quotes too',
  'Title with # a hash and #hashtag',
  'Title on\ntwo lines',
  '- starts like a list: and has a colon',
  'Ends with a colon:',
  '[Bracketed] {braced} & ampersand * star | pipe > gt % percent @ at `tick`',
  'Проект водоснабжения в Оше: «Чистая вода»',
  'yes',
  '2021',
  'null',
];

describe('npm run new writes valid YAML for any title', () => {
  const fields = fieldOrder(ctx.vocabulary);
  test('every awkward title loads through the model with the title intact', () => {
    const dir = emptyContent('titles');
    AWKWARD_TITLES.forEach((title, i) => {
      const text = projectTemplate(title, fields).replace('summary: ""', 'summary: "A real summary."');
      writeFileSync(join(dir, 'projects', `title-${i}.md`), text);
    });
    const content = loadContent(dir);
    expect(content.issues).toEqual([]);
    const titles = new Map(content.projects.map((project) => [project.slug, project.data.title]));
    AWKWARD_TITLES.forEach((title, i) => {
      expect(titles.get(`title-${i}`)).toBe(oneLine(title));
    });
  });

  test.each([
    ['Проект водоснабжения в Оше', 'proekt-vodosnabzheniya-v-oshe'],
    ['Таджикистан: Хуҷанд', 'tadzhikistan-khujand'],
    ['Кыргызстан — 2021', 'kyrgyzstan-2021'],
  ])('a Cyrillic title %j gets the slug %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  test('the command writes a transliterated file name for a Russian title, never ".md"', { timeout: 60_000 }, () => {
    const dir = emptyContent('new-cyrillic');
    const { code, stdout } = run('new-project.ts', ['Вода для Оша: пилот'], { CONTENT_DIR: dir });
    expect(code).toBe(0);
    expect(stdout).toContain('voda-dlya-osha-pilot.md');
    expect(readdirSync(join(dir, 'projects'))).toEqual(['voda-dlya-osha-pilot.md']);
  });
});

describe('inputs that are not text pages', () => {
  test.each([
    ['%PDF-1.7', /this is a PDF.*pdftotext/],
    ['PK\u0003\u0004', /Word, Excel or zip/],
    ['Plain text', undefined],
    ['<html>', undefined],
  ])('first bytes %j → %s', (head, expected) => {
    const refusal = refuseByContent(new TextEncoder().encode(head));
    if (expected) expect(refusal).toMatch(expected);
    else expect(refusal).toBeUndefined();
  });

  test.each([
    ['page.txt', 'file', undefined],
    ['page.HTML', 'file', undefined],
    ['README', 'file', undefined],
    ['report.pdf', 'file', /a \.pdf file, not a text page/],
    ['.DS_Store', 'file', /hidden/],
    ['more', 'directory', /a subfolder/],
    ['link.txt', 'symlink', /symbolic link; links are not followed/],
  ] as const)('folder entry %s (%s) → %s', (name, kind, expected) => {
    const reason = skipReason(name, kind);
    if (expected) expect(reason).toMatch(expected);
    else expect(reason).toBeUndefined();
  });

  test('a folder import lists subfolders, symbolic links and other files as skipped', () => {
    const dir = join(work, 'folder');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'a.txt'), 'Water for All\n\nA project.');
    writeFileSync(join(dir, 'sub', 'b.txt'), 'B');
    writeFileSync(join(dir, 'c.pdf'), '%PDF-1.4');
    symlinkSync(join(dir, 'a.txt'), join(dir, 'link.txt'));
    const inputs = collectInputs([dir]);
    expect(inputs.files).toEqual([join(dir, 'a.txt')]);
    expect(inputs.skipped.map((entry) => [entry.path, entry.reason.split(';')[0]])).toEqual([
      [join(dir, 'c.pdf'), 'a .pdf file, not a text page (.txt, .md, .markdown, .html, .htm, .text)'],
      [join(dir, 'link.txt'), 'a symbolic link'],
      [join(dir, 'sub'), 'a subfolder'],
    ]);
  });

  test('a PDF named on the command line is refused with a message; the run goes on', { timeout: 60_000 }, () => {
    const dir = join(work, 'pdf');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'fact-sheet.txt'), '%PDF-1.5\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n');
    const { code, stdout } = run('import.ts', [join(dir, 'fact-sheet.txt'), '--json']);
    expect(code).toBe(1);
    const [entry] = JSON.parse(stdout) as { error: string; record: unknown }[];
    expect(entry?.error).toMatch(/^this is a PDF/);
    expect(entry?.record).toBeNull();
  });
});

describe('pasted HTML', () => {
  test('a picture inside the title heading leaves no Markdown image syntax in the title', () => {
    const html =
      '<html><body><h1><img src="logo.png" alt="Logo"> Clean Water <a href="/x">for Osh</a></h1><p>The project brings water to Osh. It is funded by USAID.</p></body></html>';
    const outcome = importText('page.html', html, ctx);
    expect(outcome.ok && outcome.result.record.title).toBe('Clean Water for Osh');
  });

  test.each([
    ['javascript:alert(1)', true],
    [' JaVaScRiPt:alert(1)', true],
    ['java\tscript:alert(1)', true],
    ['data:text/html,<script>', true],
    ['vbscript:x', true],
    ['https://example.org/javascript:', false],
    ['mailto:a@example.org', false],
    ['/relative', false],
  ])('%j unsafe: %s', (url, unsafe) => {
    expect(isUnsafeUrl(url)).toBe(unsafe);
  });

  test('javascript: links are dropped from the body, their words kept', () => {
    const html =
      '<html><body><h1>Clean Water</h1><p>Read the <a href="javascript:alert(document.cookie)">full report</a> and the <a href="https://example.org/r">summary</a>. The project brings water.</p></body></html>';
    const outcome = importText('page.html', html, ctx);
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.result.body).not.toMatch(/javascript/i);
    expect(outcome.result.body).toContain('full report');
    expect(outcome.result.body).toContain('[summary](https://example.org/r)');
  });
});

describe('npm run import -- --force', () => {
  test('shows the diff and keeps the editor version as a backup before replacing', { timeout: 60_000 }, () => {
    const out = join(work, 'force');
    const page = join(work, 'force-page.txt');
    writeFileSync(
      page,
      'Clean Water for Osh\n\nStart date: March 2020\nBudget: USD 1,000,000\n\nThe project brings water to Osh.\n',
    );
    expect(run('import.ts', [page, '--out', out]).code).toBe(0);
    const path = join(out, 'clean-water-for-osh.md');
    const edited = readFileSync(path, 'utf8').replace('The project brings water to Osh.', 'Edited by hand.');
    writeFileSync(path, edited);
    const forced = run('import.ts', [page, '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('-Edited by hand.');
    expect(forced.stdout).toContain('+The project brings water to Osh.');
    const backups = readdirSync(out).filter((name) => name.endsWith('.bak'));
    expect(backups).toHaveLength(1);
    expect(forced.stdout).toContain(`the previous version is kept at`);
    expect(readFileSync(join(out, backups[0] ?? ''), 'utf8')).toBe(edited);
    // A second forced run keeps the first backup too.
    writeFileSync(path, edited);
    run('import.ts', [page, '--out', out, '--force']);
    expect(readdirSync(out).filter((name) => name.endsWith('.bak')).length).toBe(2);
  });
});
