/**
 * Active filters as removable chips above the results: which chips to show (pure) and one
 * chip as a button (DOM, textContent only).
 */
import { formatMessage } from '../i18n/format.ts';
import type { SearchMessages } from './search-messages.ts';
import { FILTER_KEYS, type FilterKey, type SearchState } from './search-state.ts';

/** Each group's heading and its values' labels, as the filter panel shows them. */
export type FilterLabels = ReadonlyMap<FilterKey, { title: string; values: ReadonlyMap<string, string> }>;

export interface Chip {
  key: FilterKey;
  value: string;
  /** Visible text, e.g. "Country: Kyrgyzstan". */
  text: string;
  /** Accessible name; contains the visible text, e.g. "Remove filter Country: Kyrgyzstan". */
  removeLabel: string;
}

/** One chip per ticked value, in panel order (groups, then values as the state lists them). */
export function activeChips(state: SearchState, labels: FilterLabels, messages: SearchMessages): Chip[] {
  return FILTER_KEYS.flatMap((key) =>
    state.filters[key].map((value) => {
      const group = labels.get(key);
      const text = formatMessage(
        messages.chip,
        { group: group?.title ?? key, value: group?.values.get(value) ?? value },
        messages.locale,
      );
      return { key, value, text, removeLabel: formatMessage(messages.removeFilter, { label: text }, messages.locale) };
    }),
  );
}

/** Reads the labels from the filter panel: each group's singular name (else its legend) and each value's label. */
export function readFilterLabels(boxes: readonly HTMLInputElement[]): FilterLabels {
  const labels = new Map<FilterKey, { title: string; values: Map<string, string> }>();
  for (const box of boxes) {
    const key = box.name as FilterKey;
    let group = labels.get(key);
    if (!group) {
      const fieldset = box.closest('fieldset');
      const title = fieldset?.dataset.groupLabel ?? fieldset?.querySelector('legend')?.textContent?.trim() ?? key;
      group = { title, values: new Map() };
      labels.set(key, group);
    }
    group.values.set(box.value, box.closest('label')?.querySelector('[data-label]')?.textContent?.trim() ?? box.value);
  }
  return labels;
}

/** A chip as a list item holding one button; `onRemove` runs when it is pressed. */
export function renderChip(chip: Chip, onRemove: (chip: Chip) => void): HTMLLIElement {
  const item = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'chip min-h-8 cursor-pointer gap-1.5 text-left';
  button.setAttribute('aria-label', chip.removeLabel);
  button.dataset.chip = `${chip.key}=${chip.value}`;
  const cross = document.createElement('span');
  cross.setAttribute('aria-hidden', 'true');
  cross.textContent = '×';
  button.append(chip.text, ' ', cross);
  button.addEventListener('click', () => onRemove(chip));
  item.append(button);
  return item;
}
