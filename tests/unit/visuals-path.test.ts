import { describe, expect, test } from 'vitest';
import { PixelPath } from '../../src/visuals/path-context.ts';

type Step = ['M' | 'L', number, number] | ['Z'];

function draw(steps: Step[]): string {
  const path = new PixelPath();
  for (const step of steps) {
    if (step[0] === 'M') path.moveTo(step[1], step[2]);
    else if (step[0] === 'L') path.lineTo(step[1], step[2]);
    else path.closePath();
  }
  return path.take();
}

describe('pixel path context', () => {
  test.each<[string, Step[], string]>([
    ['rounds to whole pixels', [['M', 0.4, 0.6], ['L', 10.2, 0], ['L', 10, 9.7], ['Z']], 'M0 1L10 0L10 10Z'],
    [
      'drops points on the same pixel as the one before',
      [['M', 0, 0], ['L', 0.2, 0.1], ['L', 5, 0], ['L', 5.3, 0.2], ['L', 5, 5], ['Z']],
      'M0 0L5 0L5 5Z',
    ],
    ['drops a ring that collapses to under three pixels', [['M', 0, 0], ['L', 0.3, 0.3], ['L', 1, 0], ['Z']], ''],
    [
      'keeps the rings around a dropped one',
      [
        ['M', 0, 0],
        ['L', 4, 0],
        ['L', 4, 4],
        ['Z'],
        ['M', 9, 9],
        ['L', 9.2, 9.1],
        ['Z'],
        ['M', 20, 20],
        ['L', 24, 20],
        ['L', 24, 24],
        ['Z'],
      ],
      'M0 0L4 0L4 4ZM20 20L24 20L24 24Z',
    ],
  ])('%s', (_, steps, expected) => {
    expect(draw(steps)).toBe(expected);
  });

  test('take() starts afresh', () => {
    const path = new PixelPath();
    path.moveTo(0, 0);
    path.lineTo(3, 0);
    path.lineTo(3, 3);
    path.closePath();
    expect(path.take()).toBe('M0 0L3 0L3 3Z');
    expect(path.take()).toBe('');
  });
});
