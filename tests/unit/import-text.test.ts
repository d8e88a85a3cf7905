import { describe, expect, test } from 'vitest';
import { labelField, readLabelLine } from '../../src/importer/extract/labels.ts';
import { chooseSummary } from '../../src/importer/extract/summary.ts';
import { detectFormat } from '../../src/importer/formats/detect.ts';
import { promptLabel } from '../../src/importer/formats/learning-plan.ts';
import { markdownToTree, treeToMarkdown } from '../../src/importer/formats/markdown-input.ts';
import { plainTextToTree } from '../../src/importer/formats/plain-text.ts';
import { captionFromAlt, cleanBody } from '../../src/importer/text/body.ts';
import { sentences } from '../../src/importer/text/text.ts';

describe('labels: variants and case', () => {
  test.each([
    ['Implementing Partner', 'implementers'],
    ['Implementation partner', 'implementers'],
    ['Implementer', 'implementers'],
    ['IMPLEMENTING ORGANIZATION', 'implementers'],
    ['Implemented by', 'implementers'],
    ['Key partners', 'partners'],
    ['Key Partners', 'partners'],
    ['Partner(s)', 'partners'],
    ['Funding level', 'budget'],
    ['Total budget', 'budget'],
    ['Budget', 'budget'],
    ['Donor', 'donors'],
    ['Funded by', 'donors'],
    ['Client', 'donors'],
    ['Activity Locations', 'locations'],
    ['Activity location', 'locations'],
    ['Geographic focus', 'locations'],
    ['Duration', 'dates'],
    ['Project period', 'dates'],
    ['Start date', 'start'],
    ['End date', 'end'],
    ['Last updated', 'updated'],
    ['DPI contact', 'contact'],
    ['Focal point', 'contact'],
    ['Country', 'countries'],
    ['Sectors', 'solutions'],
    ['SDGs', 'sdgs'],
  ])('%s → %s', (label, field) => {
    expect(labelField(label)).toBe(field);
  });

  test.each([['Photo'], ['Please note'], ['Main project outcomes'], ['Reports'], ['Academic articles']])(
    '%s is not a field label',
    (label) => {
      expect(labelField(label)).toBeUndefined();
    },
  );

  test('reads "Label: value", also with Markdown emphasis around the label', () => {
    expect(readLabelLine('Budget: $4.9 million')).toEqual({ field: 'budget', label: 'Budget', value: '$4.9 million' });
    expect(readLabelLine('**Implementing Partner:** EWMI')).toEqual({
      field: 'implementers',
      label: 'Implementing Partner',
      value: 'EWMI',
    });
    expect(readLabelLine('Photo: Smail.kg')).toBeUndefined();
    expect(readLabelLine(`Coverage: ${'long prose '.repeat(50)}`)).toBeUndefined();
  });
});

describe('detectFormat', () => {
  test.each([
    ['---\ntitle: A\n---\nBody', 'front-matter'],
    ['# Plan\n[[year:2023]]\n[[type:learningplan]]', 'learning-plan'],
    ['<!doctype html><html><body><p>Hi</p></body></html>', 'html'],
    [
      'Title\n\nDuration: 2019-2023\n\nImplementing Partner: EWMI\n\nLast updated: April 23, 2019\n\nShare This Page',
      'usaid-page',
    ],
    ['Duration: 2019-2023\nBudget: $1 million\nText.', 'labelled'],
    ['# Heading\n\nSome [link](https://example.org).', 'markdown'],
    ['Migration and development\n\nFrom January to September 2019, the Foundation…', 'prose'],
  ])('%j → %s', (text, format) => {
    expect(detectFormat(text)).toBe(format);
  });
});

describe('plain text to Markdown', () => {
  const render = (text: string) => treeToMarkdown(plainTextToTree(text, new Set(['USAID'])));

  test('all-capitals lines become headings, short title-case lines sub-headings, bullets a list', () => {
    const text = [
      'EXPECTED RESULTS',
      'Better Management Practices',
      'Municipalities will receive training and mentorship to improve management practices.',
      '  • First result.',
      '  • Second result.',
    ].join('\n');
    expect(render(text)).toBe(
      '## Expected results\n\n### Better Management Practices\n\nMunicipalities will receive training and mentorship to improve management practices.\n\n- First result.\n- Second result.\n',
    );
  });

  test('an enumeration run into a paragraph becomes a heading and a numbered list, text unchanged', () => {
    const text =
      'Work was done. Main project outcomes: 1) Alpha grew. 2) Beta grew too. 3) Gamma was held (see annex). According to participants, it helped.';
    expect(render(text)).toBe(
      'Work was done.\n\n## Main project outcomes\n\n1. Alpha grew.\n2. Beta grew too.\n3. Gamma was held (see annex).\n\nAccording to participants, it helped.\n',
    );
  });

  test('Markdown characters in plain text are kept as text, not read as syntax', () => {
    expect(render('Costs rose *sharply* for [some] users_of_water.')).toContain('\\*sharply\\*');
  });
});

describe('cleanBody', () => {
  const clean = (markdown: string) => {
    const tree = markdownToTree(markdown);
    const notes = cleanBody(tree);
    return { markdown: treeToMarkdown(tree), notes };
  };

  test('a picture with a file-name caption becomes its caption as text', () => {
    const { markdown, notes } = clean(
      '![Tajikistan National Development Council 2-beda01.jpg](/uploads/x%202-beda01.jpg)',
    );
    expect(markdown).toBe('*Photo: Tajikistan National Development Council*\n');
    expect(notes[0]).toContain('not kept');
  });

  test('a remote picture without a description becomes a link, never a picture', () => {
    const { markdown } = clean('![Missing alt text](https://example.org/a.png)');
    expect(markdown).toBe('[Image (no description given)](https://example.org/a.png)\n');
  });

  test('a repeated caption appears once and joins its photo credit', () => {
    const { markdown } = clean(
      'A school in Osh.\n\nA school in Osh.\n\nPhoto: Smail.kg\n\nThe program is designed to help.',
    );
    expect(markdown).toBe('*A school in Osh. Photo: Smail.kg*\n\nThe program is designed to help.\n');
  });

  test('share buttons and the navigation trailing a page go; the text stays', () => {
    const { markdown } = clean(
      'Real text stays.\n\nShare This Page\n\nProject goals\n\nMore text.\n\nPress Center\n\nPress Releases\n\nSpeeches & reports\n\nPhoto Gallery',
    );
    expect(markdown).toBe('Real text stays.\n\nProject goals\n\nMore text.\n');
  });

  test('short lines at the end that are not navigation are kept', () => {
    expect(clean('Text.\n\nKey Figures\n\nAnnex A').markdown).toBe('Text.\n\nKey Figures\n\nAnnex A\n');
  });

  test('HTML remnants become Markdown', () => {
    expect(clean('<div class="group">\n\nMethods &amp; tools<br>used\n\n</div>').markdown).toBe(
      'Methods & tools\\\nused\n',
    );
  });

  test('empty headings go', () => {
    expect(clean('## Empty\n\n## Partners\n\nText.').markdown).toBe('## Partners\n\nText.\n');
  });

  test('bare addresses become links instead of escaped text', () => {
    expect(clean('See www.legalmap.gov.kg for centres.').markdown).toBe(
      'See [www.legalmap.gov.kg](http://www.legalmap.gov.kg) for centres.\n',
    );
  });
});

test.each([
  ['Tajikistan National Development Council 2-beda01.jpg', 'Tajikistan National Development Council'],
  ['Missing alt text', undefined],
  ['IMG_2034.jpg', undefined],
  ['Women councillors in Naryn', 'Women councillors in Naryn'],
])('captionFromAlt(%j)', (alt, caption) => {
  expect(captionFromAlt(alt)).toBe(caption);
});

describe('chooseSummary', () => {
  test('skips captions and one-liners and keeps whole sentences within 400 characters', () => {
    const long = 'Second sentence is long. '.repeat(20);
    const tree = markdownToTree(
      `*A caption. Photo: X*\n\nShort line\n\nThe program is designed to foster collaboration between civil society and government. ${long}`,
    );
    const choice = chooseSummary(tree);
    expect(choice?.summary.startsWith('The program is designed')).toBe(true);
    expect(choice?.summary.length).toBeLessThanOrEqual(400);
    expect(choice?.summary.endsWith('.')).toBe(true);
  });

  test('cuts a run-on first sentence where a new sentence obviously starts', () => {
    const text = `From January to September 2019, the Foundation implemented the project with support from the Fund ${'and others '.repeat(20)}in the Kyrgyz Republic Within the framework of the project, ${'trainings and sessions '.repeat(20)}were held.`;
    const choice = chooseSummary(markdownToTree(text));
    expect(choice?.summary.endsWith('in the Kyrgyz Republic.')).toBe(true);
    expect(choice?.note).toContain('Within');
  });
});

test.each([
  ['Challenge statement: What is your challenge?', 'Challenge statement'],
  ['Short “tweet” summary: We would like to tweet what you are working on', 'Short “tweet” summary'],
  [
    'To what stage(s) in the learning cycle does your learning question relate?',
    'To what stage(s) in the learning cycle does your learning question relate?',
  ],
])('promptLabel(%j)', (prompt, label) => {
  expect(promptLabel(prompt)).toBe(label);
});

test('sentences do not split after "Sep." or "No."', () => {
  expect(sentences('It ran Sep. 2021 to 2025. Order No. 63-A was signed. Done!')).toEqual([
    'It ran Sep. 2021 to 2025.',
    'Order No. 63-A was signed.',
    'Done!',
  ]);
});
