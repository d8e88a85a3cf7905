import { describe, expect, test } from 'vitest';
import { BODY_LIMITS, checkBody } from '../../src/model/content/body-limits.ts';

describe('checkBody', () => {
  test.each([
    ['plain prose', 'A paragraph.\n\nAnother one.'],
    [
      'lists nested to the limit',
      Array.from({ length: BODY_LIMITS.depth }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'),
    ],
    ['quotes nested to the limit', `${'> '.repeat(BODY_LIMITS.depth)}quote`],
    ['a table at the column limit', `${'| a '.repeat(BODY_LIMITS.columns)}|\n${'|---'.repeat(BODY_LIMITS.columns)}|`],
    ['the emphasis limit spread over paragraphs', Array.from({ length: 10 }, () => '*a* '.repeat(100)).join('\n\n')],
    ['HTML nested and closed', '<div><div><p>x</p></div></div>\n'.repeat(200)],
    ['void elements do not nest', '<br>'.repeat(500)],
  ])('accepts %s', (_name, body) => {
    expect(checkBody(body)).toBeUndefined();
  });

  test.each([
    [
      'a list one level too deep',
      Array.from({ length: BODY_LIMITS.depth + 1 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'),
      BODY_LIMITS.depth + 1,
      /nested more than 24 levels/,
    ],
    ['markers on one line', `text\n${'- '.repeat(BODY_LIMITS.depth + 1)}x`, 2, /nested more than 24 levels/],
    ['quotes', `${'>'.repeat(BODY_LIMITS.depth + 1)} x`, 1, /nested more than 24 levels/],
    ['ordered lists', `${'1. '.repeat(BODY_LIMITS.depth + 1)}x`, 1, /nested more than 24 levels/],
    [
      'HTML',
      '<section>'.repeat(BODY_LIMITS.depth + 1),
      1,
      /HTML elements are nested more than 24 levels deep here; remove the extra <section> tags/,
    ],
    ['emphasis marks', `ok\n\n${'_a'.repeat(BODY_LIMITS.delimiters + 1)}`, 3, /more than 600 emphasis or link marks/],
    ['brackets', `${'['.repeat(BODY_LIMITS.delimiters + 1)}`, 1, /emphasis or link marks/],
    [
      'a wide table',
      `x\n\n${'|a'.repeat(41)}|\n${'|-'.repeat(41)}|`,
      3,
      /table starting here has 41 columns; the limit is 40/,
    ],
    ['a long body', 'x'.repeat(BODY_LIMITS.characters + 1), 1, /the limit is 200,000/],
  ])('refuses %s, at its line', (_name, body, line, message) => {
    const problem = checkBody(body);
    expect(problem?.line).toBe(line);
    expect(problem?.message).toMatch(message);
  });
});
