import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { expect, inject, test } from 'vitest';
import { htmlFiles } from '../helpers/dist.ts';
import { rootSite } from '../setup/sites.ts';

const site = rootSite(inject('qualitySites'));

/** The recommended rules, relaxed only where the site's output is legitimate HTML. */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Each search filter group is a set of checkboxes sharing one name (?country=KG&country=TJ).
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    // Titles are "<project or organisation name> · <facet> · <site>"; real names exceed 70 characters.
    'long-title': 'off',
  },
});

test('every HTML file in dist is valid HTML', async () => {
  const files = htmlFiles(site.dist);
  expect(files.length).toBeGreaterThan(50);
  const errors: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(join(site.dist, file));
    for (const result of report.results)
      for (const message of result.messages)
        errors.push(`${file}: ${message.ruleId}: ${message.message} (${message.selector ?? 'document'})`);
  }
  expect(errors).toEqual([]);
});

test('the validator reports what it should: an invalid attribute value and a duplicate id', async () => {
  const page = (body: string) =>
    `<!DOCTYPE html><html lang="en"><head><title>T</title></head><body>${body}</body></html>`;
  const valid = await validator.validateString(page('<main><p id="a">Text</p></main>'));
  expect(valid.valid).toBe(true);
  const invalid = await validator.validateString(
    page('<main><p id="a">x</p><p id="a">y</p><form action=""><button type="submit">Go</button></form></main>'),
  );
  expect(invalid.results.flatMap((result) => result.messages.map((message) => message.ruleId)).sort()).toEqual([
    'attribute-allowed-values',
    'no-dup-id',
  ]);
});
