/**
 * Editor mistakes, each made in a fresh copy of the real content folder and read by the real
 * `loadContent`: every one must give exactly one problem naming the file, the line where it
 * can, the field and the words of the fix, and leave every other file's report unchanged.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { type ContentIssue, formatIssues } from '../../src/model/content/issues.ts';
import { loadContent } from '../../src/model/content/load.ts';

const CONTENT = resolve(import.meta.dirname, '../../content');
const PIXEL = readFileSync(resolve(import.meta.dirname, '../fixtures/invalid-content/images/pixel.png'));
const BIDI = '\u202E';
const work = mkdtempSync(join(tmpdir(), 'editor-mistakes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Change = string | Buffer | { link: string } | { folder: true } | null;

/** A project file with a valid title and summary plus `fields` and `body`. */
const project = (fields = '', body = 'Body text.') =>
  `---\ntitle: A project\nsummary: One sentence.\n${fields}${fields && !fields.endsWith('\n') ? '\n' : ''}---\n\n${body}\n`;

/** Loads a copy of content/ with `changes` applied (null deletes); relative paths inside it. */
function loadWith(changes: Record<string, Change>) {
  const dir = mkdtempSync(join(work, 'c-'));
  cpSync(CONTENT, dir, { recursive: true });
  for (const [path, change] of Object.entries(changes)) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    if (change === null) rmSync(target, { recursive: true, force: true });
    else if (typeof change === 'string' || Buffer.isBuffer(change)) writeFileSync(target, change);
    else if ('link' in change) symlinkSync(change.link.startsWith('/') ? change.link : join(dir, change.link), target);
    else mkdirSync(target, { recursive: true });
  }
  const loaded = loadContent(dir);
  const prefix = `${basename(dir)}/`;
  const issues = loaded.issues.map((issue) => ({ ...issue, file: issue.file.replace(prefix, '') }));
  return { ...loaded, issues, report: formatIssues(loaded.issues) };
}

interface Mistake {
  name: string;
  changes: Record<string, Change>;
  file: string;
  line?: number;
  field?: string;
  message: RegExp;
}

const p = 'projects/mistake.md';
const m = (
  name: string,
  fields: string,
  line: number | undefined,
  field: string | undefined,
  message: RegExp,
  body?: string,
): Mistake => ({
  name,
  changes: { [p]: project(fields, body) },
  file: p,
  ...(line === undefined ? {} : { line }),
  ...(field === undefined ? {} : { field }),
  message,
});

const MISTAKES: Mistake[] = [
  // Front matter and YAML
  {
    name: 'missing title',
    changes: { [p]: '---\nsummary: One.\n---\n' },
    file: p,
    line: 2,
    field: 'title',
    message: /this field is required/,
  },
  {
    name: 'empty title alone',
    changes: { [p]: '---\ntitle: ""\nsummary: One.\n---\n' },
    file: p,
    line: 2,
    field: 'title',
    message: /a title is required/,
  },
  {
    name: 'unclosed quote',
    changes: { [p]: '---\ntitle: "A project\nsummary: One.\nstart: 2020\n---\n' },
    file: p,
    line: 2,
    message: /the quote " opened on this line is never closed/,
  },
  {
    name: 'duplicate key',
    changes: { [p]: '---\ntitle: A\nsummary: One.\ntitle: B\n---\n' },
    file: p,
    line: 4,
    message: /the field "title" appears twice/,
  },
  {
    name: 'tab indentation',
    changes: { [p]: '---\ntitle: A\nsummary: One.\nbudget:\n\tamount: 5\n---\n' },
    file: p,
    line: 5,
    message: /a tab is used for indentation.*two spaces/,
  },
  {
    name: 'bad indentation',
    changes: { [p]: '---\ntitle: A\nsummary: One.\nbudget:\n    amount: 5\n  currency: USD\n---\n' },
    file: p,
    line: 6,
    message: /indentation is inconsistent near "currency: USD"/,
  },
  {
    name: 'unclosed front matter',
    changes: { [p]: '---\ntitle: A\nsummary: One.\n' },
    file: p,
    line: 1,
    message: /never closed; add a line `---`/,
  },
  {
    name: 'front matter closed with ...',
    changes: { [p]: '---\ntitle: A\nsummary: One.\n...\nBody\n' },
    file: p,
    line: 4,
    message: /closed with `\.\.\.`; close it with a line `---`/,
  },
  {
    name: 'no front matter',
    changes: { [p]: '# A project\n\nText.\n' },
    file: p,
    line: 1,
    message: /has no front matter; begin it with a line `---`/,
  },
  { name: 'empty file', changes: { [p]: '' }, file: p, message: /the file is empty/ },
  {
    name: 'binary file',
    changes: { [p]: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]) },
    file: p,
    message: /binary, not text/,
  },
  {
    name: 'Windows-1251 encoding',
    changes: {
      [p]: Buffer.concat([
        Buffer.from('---\ntitle: '),
        Buffer.from([0xcf, 0xf0, 0xee]),
        Buffer.from('\nsummary: One.\n---\n'),
      ]),
    },
    file: p,
    line: 2,
    message: /not valid UTF-8.*re-save it with UTF-8/,
  },
  {
    name: 'file over 1 MB',
    changes: { [p]: project('', 'Pasted report. '.repeat(80_000)) },
    file: p,
    message: /the file is 1\.\d MB; the limit is 1 MB/,
  },
  {
    name: 'YAML alias bomb',
    changes: {
      [p]: `---\ntitle: A\nsummary: One.\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [${Array(9).fill('*a').join(', ')}]\nc: &c [${Array(9).fill('*b').join(', ')}]\nd: [${Array(200).fill('*c').join(', ')}]\n---\n`,
    },
    file: p,
    line: 4,
    message: /anchors .* and aliases .* too often/,
  },
  // Dates
  m('month 13', 'start: 2021-13', 4, 'start', /there is no month 13; months run from 01 to 12/),
  m('30 February', 'start: 2021-02-30', 4, 'start', /Feb 2021 has 28 days/),
  m('slashes', 'start: 2021/09', 4, 'start', /separated by hyphens.*write "2021-09"/),
  m('one-digit month', 'start: 2021-9', 4, 'start', /two digits; write "2021-09"/),
  m('compact date', 'start: 20210901', 4, 'start', /separate year, month and day with hyphens; write "2021-09-01"/),
  m('date and time', 'start: 2021-09-01T10:00:00Z', 4, 'start', /a date and time; keep the date only: "2021-09-01"/),
  m('year before 1900', 'start: 1899', 4, 'start', /years from 1900 to 2200 are allowed/),
  m('month name', 'start: Sept 2021', 4, 'start', /did you mean "2021-09"\?/),
  m('end before start', 'start: 2021\nend: 2020', 5, 'end', /end date is before the start date/),
  // Fields and references
  m('language name', 'lang: English', 4, 'lang', /did you mean "en"\?/),
  m('unknown donor', 'donors: [usiad]', 4, 'donors[0]', /unknown organisation "usiad". Did you mean "usaid"\?/),
  m(
    'comma-separated donors',
    'donors: usaid, undp',
    4,
    'donors[0]',
    /read as one organisation; to list several, write a list: \[usaid, undp\]/,
  ),
  m('donor listed twice', 'donors: [usaid, undp, usaid]', 4, 'donors[2]', /"usaid" is listed twice in donors/),
  m('SDG listed twice', 'sdgs: [5, 8, 5]', 4, 'sdgs[2]', /"5" is listed twice in sdgs/),
  m('SDG 18', 'sdgs: [5, 18]', 4, 'sdgs[1]', /SDG 18 does not exist; goals are numbered 1 to 17/),
  m('unknown field', 'sumary: typo', 4, 'sumary', /unknown field "sumary". Did you mean "summary"\?/),
  m('budget as a number', 'budget: 4900000', 4, 'budget', /expected an object/),
  m('negative budget', 'budget: { amount: -5, currency: USD }', 4, 'budget.amount', /must be greater than 0/),
  m(
    'currency in words',
    'budget: { amount: 5, currency: dollars }',
    4,
    'budget.currency',
    /not an ISO 4217 currency code; write three letters such as USD/,
  ),
  m(
    'unknown status',
    'status: ongoing',
    4,
    'status',
    /"ongoing" is not allowed. Use one of: planned, active, completed, cancelled/,
  ),
  m('unknown type', 'type: projekt', 4, 'type', /"projekt" is not allowed. Did you mean "project"\?/),
  m(
    'country name',
    'countries: [Kyrgyzstan]',
    4,
    'countries[0]',
    /not an ISO 3166-1 alpha-2 country code; did you mean "KG"\?/,
  ),
  m('country listed twice', 'countries: [KG, kg]', 4, 'countries[1]', /"KG" is listed twice in countries/),
  m('unknown region', 'regions: [osh]', 4, 'regions[0]', /unknown region "osh"/),
  m(
    'region of another country',
    'countries: [KG]\nregions: [dushanbe]',
    5,
    'regions[0]',
    /"dushanbe" lies in Tajikistan, which is not among the project's countries \(KG\)/,
  ),
  m(
    'location region of another country',
    'countries: [TJ]\nlocations:\n  - { name: Osh, region: osh-oblast }',
    6,
    'locations[0].region',
    /"osh-oblast" lies in Kyrgyzstan/,
  ),
  m(
    'point without countries',
    'locations:\n  - { name: Bishkek, lat: 42.87, lng: 74.59 }',
    5,
    'locations[0].lat',
    /the project lists no countries; add countries/,
  ),
  m(
    'point in another country',
    'countries: [KG]\nlocations:\n  - { name: Paris, lat: 48.8566, lng: 2.3522 }',
    6,
    'locations[0].lat',
    /lies in France, not in Kyrgyzstan/,
  ),
  m(
    'lat without lng',
    'countries: [KG]\nlocations:\n  - { name: Osh, lat: 40.5 }',
    6,
    'locations[0]',
    /give both lat and lng/,
  ),
  m(
    'unknown solution',
    'solutions: [goverance]',
    4,
    'solutions[0]',
    /unknown solution "goverance". Did you mean "governance"\?/,
  ),
  m(
    'bad email',
    'contacts:\n  - { name: A, email: someone-at-example.org }',
    5,
    'contacts[0].email',
    /not a valid email address/,
  ),
  m(
    'relative link',
    'links:\n  - { label: Site, url: www.example.org }',
    5,
    'links[0].url',
    /must be a full http:\/\/ or https:\/\/ address/,
  ),
  m(
    'javascript link',
    'links:\n  - { label: Site, url: "javascript:alert(1)" }',
    5,
    'links[0].url',
    /must be a full http:\/\/ or https:\/\/ address/,
  ),
  {
    name: 'summary over 400 characters',
    changes: { [p]: `---\ntitle: A\nsummary: ${'Long words. '.repeat(40)}\n---\n` },
    file: p,
    line: 3,
    field: 'summary',
    message: /longer than 400 characters/,
  },
  {
    name: 'missing summary',
    changes: { [p]: '---\ntitle: A\n---\n' },
    file: p,
    line: 2,
    field: 'summary',
    message: /a summary is required/,
  },
  // Unicode
  {
    name: 'bidi control in title',
    changes: { [p]: `---\ntitle: "Safe ${BIDI}txt.exe"\nsummary: One.\n---\n` },
    file: p,
    line: 2,
    field: 'title',
    message: /invisible bidirectional control character/,
  },
  m(
    'bidi control in a link label',
    `links:\n  - { label: "Report ${BIDI}fdp", url: "https://example.org" }`,
    5,
    'links[0].label',
    /bidirectional control character/,
  ),
  m('bidi control in a tag', `tags: ["a\u2066b"]`, 4, 'tags[0]', /bidirectional control character/),
  // Images
  m(
    'image missing',
    'image: { src: ./images/nowhere.jpg, alt: A picture }',
    4,
    'image.src',
    /"\.\/images\/nowhere\.jpg" does not exist/,
  ),
  m('image without alt', 'image: { src: ./images/pixel.png }', 4, 'image.alt', /an image needs alt text/),
  m(
    'remote image',
    'image: { src: "https://example.org/a.png", alt: A }',
    4,
    'image.src',
    /must be a local file next to the project/,
  ),
  m('image /etc/passwd', 'image: { src: /etc/passwd, alt: A }', 4, 'image.src', /lies outside the content folder/),
  m('image ../../x.png', 'image: { src: ../../x.png, alt: A }', 4, 'image.src', /lies outside the content folder/),
  {
    name: 'image is a folder',
    changes: { [p]: project('image: { src: ./images, alt: A }'), 'projects/images/pixel.png': PIXEL },
    file: p,
    line: 4,
    field: 'image.src',
    message: /is a folder, not a picture/,
  },
  {
    name: 'SVG image',
    changes: {
      [p]: project('image: { src: ./images/x.svg, alt: A }'),
      'projects/images/x.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    },
    file: p,
    line: 4,
    field: 'image.src',
    message: /SVG pictures are refused.*export .* as PNG or WebP/,
  },
  {
    name: 'SVG renamed to .png',
    changes: {
      [p]: project('image: { src: ./images/x.png, alt: A }'),
      'projects/images/x.png': '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>',
    },
    file: p,
    line: 4,
    field: 'image.src',
    message: /is an SVG picture, which is refused/,
  },
  {
    name: 'text file named .jpg',
    changes: { [p]: project('image: { src: ./images/x.jpg, alt: A }'), 'projects/images/x.jpg': 'not a picture' },
    file: p,
    line: 4,
    field: 'image.src',
    message: /is not a picture \(or is damaged\)/,
  },
  {
    name: 'truncated PNG',
    changes: {
      [p]: project('image: { src: ./images/x.png, alt: A }'),
      'projects/images/x.png': PIXEL.subarray(0, PIXEL.length - 12),
    },
    file: p,
    line: 4,
    field: 'image.src',
    message: /incomplete or damaged PNG file/,
  },
  {
    name: 'PNG with a broken size header',
    changes: {
      [p]: project('image: { src: ./images/x.png, alt: A }'),
      'projects/images/x.png': Buffer.concat([
        PIXEL.subarray(0, 16),
        Buffer.from([0xff, 0xff, 0xff, 0xff]),
        PIXEL.subarray(20),
      ]),
    },
    file: p,
    line: 4,
    field: 'image.src',
    message: /damaged PNG file \(its size header is wrong\)/,
  },
  {
    name: 'image symlink to /etc/passwd',
    changes: {
      [p]: project('image: { src: ./images/x.png, alt: A }'),
      'projects/images/x.png': { link: '/etc/passwd' },
    },
    file: p,
    line: 4,
    field: 'image.src',
    message: /symbolic link that leads outside the content folder/,
  },
  // Bodies
  m(
    'lists nested 3,000 deep',
    '',
    8,
    undefined,
    /too complex.*nested more than 24 levels/,
    `Intro.\n\n${'- '.repeat(3000)}x`,
  ),
  m('quotes nested 3,000 deep', '', 6, undefined, /too complex.*nested more than 24 levels/, `${'>'.repeat(3000)} x`),
  m(
    'indented lists nested deep',
    '',
    30,
    undefined,
    /too complex.*nested more than 24 levels/,
    Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'),
  ),
  m(
    '80,000 emphasis marks',
    '',
    10,
    undefined,
    /too complex.*more than 600 emphasis or link marks/,
    `Intro.\n\nOk.\n\n${'*a'.repeat(80_000)}`,
  ),
  m(
    '3,000-column table',
    '',
    6,
    undefined,
    /table starting here has 3000 columns; the limit is 40/,
    `${'|a'.repeat(3000)}|\n${'|-'.repeat(3000)}|\n${'|1'.repeat(3000)}|`,
  ),
  m('HTML nested deep', '', 6, undefined, /HTML elements are nested more than 24 levels/, '<div>'.repeat(2000)),
  m(
    'body over 200,000 characters',
    '',
    5,
    undefined,
    /the body has 2\d\d,\d{3} characters; the limit is 200,000/,
    'Word '.repeat(45_000),
  ),
  // Project file names and folders
  {
    name: 'file name with spaces',
    changes: { 'projects/Bad File Name.md': project() },
    file: 'projects/Bad File Name.md',
    message: /rename it to "bad-file-name\.md"/,
  },
  {
    name: 'Cyrillic file name',
    changes: { 'projects/Проект.md': project() },
    file: 'projects/Проект.md',
    // Once slugify transliterates, the rename is suggested outright.
    message: /no Latin letters.*transliterated into Latin letters|rename it to "proekt\.md"/,
  },
  {
    name: 'duplicate slug',
    changes: { 'projects/a-one.md': project('slug: same'), 'projects/b-two.md': project('slug: same') },
    file: 'projects/b-two.md',
    field: 'slug',
    message: /duplicate slug "same", also used by .*a-one\.md/,
  },
  {
    name: 'upper-case .MD',
    changes: { 'projects/shouting.MD': project() },
    file: 'projects/shouting.MD',
    message: /extension "\.MD", which is not read; rename it to end in "\.md"/,
  },
  {
    name: 'dotfile',
    changes: { 'projects/.draft.md': project() },
    file: 'projects/.draft.md',
    message: /hidden file.*rename it without the dot/,
  },
  {
    name: 'text file among projects',
    changes: { 'projects/notes.txt': 'todo' },
    file: 'projects/notes.txt',
    message: /not a project file.*end in \.md or \.markdown/,
  },
  {
    name: 'folder named like a project',
    changes: { 'projects/folder.md': { folder: true } },
    file: 'projects/folder.md',
    message: /is a folder/,
  },
  {
    name: 'symlinked project file',
    changes: { 'projects/linked.md': { link: '/etc/passwd' } },
    file: 'projects/linked.md',
    message: /symbolic link, which is not followed/,
  },
  // Organisations
  {
    name: 'empty organisation',
    changes: { 'organizations/empty-org.yaml': '' },
    file: 'organizations/empty-org.yaml',
    message: /an organisation needs at least id .*, name and kind/,
  },
  {
    name: 'organisation id differs from file name',
    changes: { 'organizations/acme.yaml': 'id: acme-inc\nname: Acme\nkind: private\n' },
    file: 'organizations/acme.yaml',
    line: 1,
    field: 'id',
    message: /the id "acme-inc" differs from the file name "acme\.yaml"/,
  },
  {
    name: 'organisation of unknown kind',
    changes: { 'organizations/acme.yaml': 'id: acme\nname: Acme\nkind: company\n' },
    file: 'organizations/acme.yaml',
    line: 3,
    field: 'kind',
    message: /"company" is not allowed.*Use one of: bilateral donor/,
  },
  {
    name: 'organisation name with bidi control',
    changes: { 'organizations/acme.yaml': `id: acme\nname: "Ac${BIDI}me"\nkind: private\n` },
    file: 'organizations/acme.yaml',
    line: 2,
    field: 'name',
    message: /bidirectional control character/,
  },
  {
    name: 'folder named x.yaml',
    changes: { 'organizations/x.yaml': { folder: true } },
    file: 'organizations/x.yaml',
    message: /is a folder/,
  },
  {
    name: 'organisation symlinked to /etc/passwd',
    changes: { 'organizations/passwd.yaml': { link: '/etc/passwd' } },
    file: 'organizations/passwd.yaml',
    message: /symbolic link, which is not followed/,
  },
  {
    name: 'organisation with .YAML',
    changes: { 'organizations/acme.YAML': 'id: acme\nname: Acme\nkind: private\n' },
    file: 'organizations/acme.YAML',
    message: /rename it to end in "\.yaml"/,
  },
  {
    name: 'organisation YAML alias bomb',
    changes: {
      'organizations/acme.yaml': `id: acme\nname: Acme\nkind: private\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [${Array(9).fill('*a').join(', ')}]\nc: [${Array(200).fill('*b').join(', ')}]\n`,
    },
    file: 'organizations/acme.yaml',
    line: 4,
    message: /aliases .* too often/,
  },
  // Vocabularies
  {
    name: 'region with an unknown country',
    changes: {
      'regions.yaml': readFileSync(join(CONTENT, 'regions.yaml'), 'utf8').replace(
        'id: osh-oblast, name: Osh oblast, kind: subnational, country: KG',
        'id: osh-oblast, name: Osh oblast, kind: subnational, country: Kyrgyzstan',
      ),
    },
    file: 'regions.yaml',
    field: '[12].country',
    message: /"Kyrgyzstan" is not an ISO 3166-1 alpha-2 country code; did you mean "KG"\?/i,
  },
  {
    name: 'region without kind',
    changes: {
      'regions.yaml': `${readFileSync(join(CONTENT, 'regions.yaml'), 'utf8')}- { id: new-place, name: New place }\n`,
    },
    file: 'regions.yaml',
    field: '[21].kind',
    message: /this field is required; use one of: world, subnational/,
  },
  {
    name: 'subnational region without country',
    changes: {
      'regions.yaml': `${readFileSync(join(CONTENT, 'regions.yaml'), 'utf8')}- { id: new-place, name: New place, kind: subnational }\n`,
    },
    file: 'regions.yaml',
    field: '[21].country',
    message: /a subnational region needs `country`/,
  },
  {
    name: 'duplicate region id',
    changes: {
      'regions.yaml': `${readFileSync(join(CONTENT, 'regions.yaml'), 'utf8')}- { id: dushanbe, name: Dushanbe again, kind: world }\n`,
    },
    file: 'regions.yaml',
    field: '[21]',
    message: /duplicate id "dushanbe"/,
  },
  {
    name: 'SDG colour without #',
    changes: { 'sdgs.yaml': readFileSync(join(CONTENT, 'sdgs.yaml'), 'utf8').replace(/#([0-9a-f]{6})/i, '$1') },
    file: 'sdgs.yaml',
    field: '[0].color',
    message: /write the colour as # and six hex digits/,
  },
  {
    name: 'lower-case exchange-rate key',
    changes: {
      'exchange-rates.yaml': readFileSync(join(CONTENT, 'exchange-rates.yaml'), 'utf8').replace(
        /^(\s+)KGS:/m,
        '$1kgs:',
      ),
    },
    file: 'exchange-rates.yaml',
    field: 'perUsd.kgs',
    message: /ISO 4217 codes in capitals: write "KGS"/,
  },
  {
    name: 'missing solutions.yaml',
    changes: { 'solutions.yaml': null },
    file: 'solutions.yaml',
    message: /the vocabulary file is missing; create solutions\.yaml/,
  },
  {
    name: 'solutions.yaml not a list',
    changes: { 'solutions.yaml': 'id: governance\nname: Governance\n' },
    file: 'solutions.yaml',
    line: 1,
    message: /must be a list of entries/,
  },
];

describe('an editor mistake in a copy of the real content', () => {
  test('there are at least 60 kinds of mistake', () => {
    expect(MISTAKES.length).toBeGreaterThanOrEqual(60);
  });

  test('the real content has no problems', () => {
    expect(loadWith({}).issues).toEqual([]);
  });

  test.each(MISTAKES)(
    '$name: one problem naming the file, line, field and fix',
    ({ changes, file, line, field, message }) => {
      const { issues, report } = loadWith(changes);
      expect(issues, report).toHaveLength(1);
      const [issue] = issues as [ContentIssue];
      expect(issue.file).toBe(file);
      if (line !== undefined) expect(issue.line).toBe(line);
      expect(issue.field).toBe(field);
      expect(issue.message).toMatch(message);
    },
  );
});

describe('what a report never contains', () => {
  test('the content of a symlink target', () => {
    const { report } = loadWith({
      'organizations/passwd.yaml': { link: '/etc/passwd' },
      'projects/linked.md': { link: '/etc/passwd' },
    });
    expect(report).not.toMatch(/root:/);
  });

  test('a false "unknown region" in projects that use a region whose entry is wrong', () => {
    const regions = readFileSync(join(CONTENT, 'regions.yaml'), 'utf8').replace(
      'kind: subnational, country: KG, aliases: [Naryn]',
      'kind: subnational, country: ZZ, aliases: [Naryn]',
    );
    const { issues } = loadWith({ 'regions.yaml': regions });
    expect(issues.map((issue) => issue.file)).toEqual(['regions.yaml']);
  });
});

describe('files that are fine', () => {
  test.each([
    ['a byte-order mark', `\uFEFF${project()}`],
    ['Windows line endings', project().replace(/\n/g, '\r\n')],
    ['a PNG beside the project', project('image: { src: ./images/pixel.png, alt: One pixel }')],
    ['a deep but sane list', project('', Array.from({ length: 6 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'))],
    ['a bold-heavy paragraph', project('', '**Bold** and _italic_ and [a link](https://example.org). '.repeat(40))],
  ])('%s', (_name, text) => {
    const { issues, report, projects } = loadWith({ [p]: text, 'projects/images/pixel.png': PIXEL });
    expect(issues, report).toEqual([]);
    expect(projects.map((entry) => entry.slug)).toContain('mistake');
  });
});
