import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';

const build = inject('invalidBuild');

/** Each realistic editor mistake in tests/fixtures/invalid-content and what the report must say. */
const MISTAKES: [file: string, line: number | undefined, field: string | undefined, message: RegExp][] = [
  ['projects/missing-title.md', 2, 'title', /this field is required/],
  ['projects/bad-indentation.md', 6, undefined, /indentation is inconsistent near "currency: USD"/],
  ['projects/tab-in-yaml.md', 5, undefined, /a tab is used for indentation.*replace the tab with two spaces/],
  ['projects/unclosed-front-matter.md', 1, undefined, /never closed; add a line `---`/],
  ['projects/empty.md', undefined, undefined, /the file is empty/],
  ['projects/no-front-matter.md', 1, undefined, /has no front matter/],
  ['projects/sept-date.md', 5, 'start', /"Sept 2021" is not a date.*did you mean "2021-09"\?/],
  ['projects/end-before-start.md', 6, 'end', /end date is before the start date/],
  [
    'projects/unknown-donor.md',
    5,
    'donors[0]',
    /unknown organisation "usiad". Did you mean "usaid"\? To add a new one, add a file content\/organizations/,
  ],
  ['projects/unknown-key.md', 5, 'sumary', /unknown field "sumary". Did you mean "summary"\?/],
  ['projects/wrong-type.md', 5, 'budget', /expected an object/],
  ['projects/sdg-18.md', 5, 'sdgs[1]', /SDG 18 does not exist; goals are numbered 1 to 17/],
  ['projects/negative-budget.md', 5, 'budget.amount', /must be greater than 0/],
  [
    'projects/currency-dollars.md',
    5,
    'budget.currency',
    /not an ISO 4217 currency code; write three letters such as USD/,
  ],
  [
    'projects/duplicate-slug-b.md',
    undefined,
    'slug',
    /duplicate slug "same-address", also used by .*duplicate-slug-a\.md/,
  ],
  ['projects/dangling-organisation.md', 6, 'partners[0]', /unknown organisation "east-west-management-institute"/],
  ['projects/non-http-link.md', 6, 'links[0].url', /must be a full http:\/\/ or https:\/\/ address/],
  ['projects/missing-image.md', 5, 'image.src', /the image file "\.\/images\/nowhere\.jpg" does not exist/],
  ['projects/image-without-alt.md', 5, 'image.alt', /an image needs alt text describing it/],
  ['projects/huge-body.md', undefined, undefined, /the file is 5\.\d MB; the limit is 1 MB/],
  ['projects/cp1251-encoding.md', 2, undefined, /not valid UTF-8.*re-save it with UTF-8 encoding/],
  ['projects/coordinates-outside.md', 6, 'locations[0].lat', /lies in France, not in Kyrgyzstan/],
  ['projects/summary-too-long.md', 3, 'summary', /longer than 400 characters/],
  [
    'projects/unknown-status.md',
    5,
    'status',
    /"ongoing" is not allowed. Use one of: planned, active, completed, cancelled/,
  ],
  ['projects/country-name.md', 4, 'countries[0]', /not an ISO 3166-1 alpha-2 country code; did you mean "KG"\?/],
  ['projects/bad-email.md', 6, 'contacts[0].email', /not a valid email address/],
  ['projects/duplicate-field.md', 5, undefined, /a field appears twice/],
  ['projects/unknown-solution.md', 5, 'solutions[0]', /unknown solution "goverance". Did you mean "governance"\?/],
  ['projects/unknown-region.md', 5, 'regions[0]', /unknown region "osh"/],
  ['projects/lat-without-lng.md', 6, 'locations[0]', /give both lat and lng/],
  ['projects/Bad File Name.md', undefined, undefined, /rename it to "bad-file-name\.md"/],
  ['organizations/usaid.yaml', 1, 'id', /duplicate organisation id "usaid", already used by .*usaid-copy\.yaml/],
];

function reportLine(file: string): string[] {
  return build.output.split('\n').filter((line) => line.startsWith(`invalid-content/${file}`));
}

describe('a content folder full of editor mistakes', () => {
  test('fails the build with a non-zero exit and writes no site', () => {
    expect(build.code).not.toBe(0);
    expect(existsSync(join(build.outDir, 'index.html'))).toBe(false);
  });

  test('reports every mistake in one run, with the count first', () => {
    expect(build.output).toMatch(
      new RegExp(`${MISTAKES.length} problems in ${MISTAKES.length} files; the site was not built`),
    );
  });

  test.each(MISTAKES)('%s names the line, the field and the fix', (file, line, field, message) => {
    const lines = reportLine(file);
    expect(lines, `no report line for ${file} in:\n${build.output}`).toHaveLength(1);
    const [reported] = lines;
    const where = line ? `invalid-content/${file}:${line}  ` : `invalid-content/${file}  `;
    expect(reported?.startsWith(where), reported).toBe(true);
    if (field) expect(reported).toContain(`  ${field}: `);
    expect(reported).toMatch(message);
  });

  test.each(['valid-with-bom.md', 'valid-with-crlf.md'])('accepts %s', (file) => {
    expect(reportLine(`projects/${file}`)).toEqual([]);
  });
});
