// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { messageTemplate } from '../../src/i18n/index.ts';
import { activeChips, type Chip, type FilterLabels, readFilterLabels, renderChip } from '../../src/scripts/chips.ts';
import { searchMessages } from '../../src/scripts/search-messages.ts';
import { emptyFilters, type SearchState } from '../../src/scripts/search-state.ts';

const messages = searchMessages((key) => messageTemplate(key), 'en');
const labels: FilterLabels = new Map([
  [
    'country',
    {
      title: 'Country',
      values: new Map([
        ['KG', 'Kyrgyzstan'],
        ['TJ', 'Tajikistan'],
      ]),
    },
  ],
  ['donor', { title: 'Donor', values: new Map([['usaid', 'USAID']]) }],
]);
const state = (filters: Partial<SearchState['filters']>): SearchState => ({
  query: 'water',
  sort: 'relevance',
  filters: { ...emptyFilters(), ...filters },
});

describe('activeChips', () => {
  test.each<[Partial<SearchState['filters']>, [string, string][]]>([
    [{}, []],
    [{ country: ['KG'] }, [['Country: Kyrgyzstan', 'Remove filter Country: Kyrgyzstan']]],
    [
      { donor: ['usaid'], country: ['TJ', 'KG'] },
      [
        ['Country: Tajikistan', 'Remove filter Country: Tajikistan'],
        ['Country: Kyrgyzstan', 'Remove filter Country: Kyrgyzstan'],
        ['Donor: USAID', 'Remove filter Donor: USAID'],
      ],
    ],
    // A value the panel does not list (an old link) still gets a chip, so it can be removed.
    [
      { country: ['UZ'], year: ['2019'] },
      [
        ['Country: UZ', 'Remove filter Country: UZ'],
        ['year: 2019', 'Remove filter year: 2019'],
      ],
    ],
  ])('%j', (filters, expected) => {
    const chips = activeChips(state(filters), labels, messages);
    expect(chips.map((chip) => [chip.text, chip.removeLabel])).toEqual(expected);
    for (const chip of chips) expect(chip.removeLabel).toContain(chip.text);
  });
});

describe('readFilterLabels', () => {
  test("reads each group's singular name (else its legend) and the value labels from the panel", () => {
    document.body.innerHTML = `
      <fieldset data-group-label="Country"><legend> Countries </legend>
        <label><input type="checkbox" name="country" value="KG"><span data-label>Kyrgyzstan</span><span data-count>3</span></label>
        <label><input type="checkbox" name="country" value="TJ"><span data-label> Tajikistan </span></label>
      </fieldset>
      <fieldset><legend>Donor</legend>
        <label><input type="checkbox" name="donor" value="usaid"></label>
      </fieldset>`;
    const read = readFilterLabels([...document.querySelectorAll<HTMLInputElement>('input')]);
    expect([...read].map(([key, group]) => [key, group.title, [...group.values]])).toEqual([
      [
        'country',
        'Country',
        [
          ['KG', 'Kyrgyzstan'],
          ['TJ', 'Tajikistan'],
        ],
      ],
      ['donor', 'Donor', [['usaid', 'usaid']]],
    ]);
  });
});

describe('renderChip', () => {
  const chip: Chip = {
    key: 'donor',
    value: 'usaid',
    text: 'Donor: <b>USAID</b>',
    removeLabel: 'Remove filter Donor: USAID',
  };

  test('is a button named for what it removes, with its text as text only', () => {
    const item = renderChip(chip, () => undefined);
    const button = item.querySelector('button');
    expect(item.tagName).toBe('LI');
    expect(button?.type).toBe('button');
    expect(button?.getAttribute('aria-label')).toBe(chip.removeLabel);
    expect(button?.querySelector('b')).toBeNull();
    expect(button?.textContent).toBe('Donor: <b>USAID</b> ×');
    expect(button?.querySelector('[aria-hidden="true"]')?.textContent).toBe('×');
  });

  test('pressing it removes that filter', () => {
    const onRemove = vi.fn();
    renderChip(chip, onRemove).querySelector('button')?.click();
    expect(onRemove).toHaveBeenCalledExactlyOnceWith(chip);
  });
});
