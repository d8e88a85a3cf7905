/**
 * Reads the "Label: value" lines of a page into the record and takes them out of the body,
 * which keeps only the prose. A label with its value on the next line is read too.
 */
import { STATUSES } from '../../model/schemas/index.ts';
import { type Draft, setField } from '../draft.ts';
import {
  applyBudget,
  applyContact,
  applyDate,
  applyDates,
  applyLink,
  applyOrganizations,
  applyPlaceList,
  applySdgs,
  applySolutions,
  applyStrings,
  type FieldContext,
} from '../extract/fields.ts';
import { type LabelledValue, pipeRowAsLabel, readBareLabelLine, readLabelLine } from '../extract/labels.ts';
import { splitList } from '../extract/lists.ts';
import { squash } from '../text/text.ts';

export interface LabelPass {
  /** The input lines with every consumed line blanked, so paragraph breaks survive. */
  rest: string[];
  /** Index of the first label line, if any. */
  firstLabel: number | undefined;
  /** Fields that came from labels. */
  fields: Set<LabelledValue['field']>;
}

const URL_IN_TEXT = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+/i;

function apply(draft: Draft, ctx: FieldContext, { field, label, value }: LabelledValue): void {
  const rule = `label "${label}"`;
  switch (field) {
    case 'title':
      setField(draft, 'title', squash(value), value, rule);
      return;
    case 'summary':
      setField(draft, 'summary', squash(value), value, rule);
      return;
    case 'dates':
      applyDates(draft, value, rule);
      return;
    case 'start':
    case 'end':
    case 'updated':
      applyDate(draft, field, value, rule);
      return;
    case 'budget':
      applyBudget(draft, value, rule);
      return;
    case 'donors':
    case 'implementers':
    case 'partners':
      applyOrganizations(draft, ctx, field, value, rule);
      return;
    case 'locations':
    case 'countries':
      applyPlaceList(draft, ctx, value, rule);
      return;
    case 'contact':
      applyContact(draft, /^contacts?$/i.test(label) ? undefined : label, value, rule);
      return;
    case 'solutions':
      applySolutions(draft, ctx, splitList(value), rule);
      return;
    case 'sdgs':
      applySdgs(draft, ctx, splitList(value), rule);
      return;
    case 'tags':
      applyStrings(draft, 'tags', splitList(value), rule);
      return;
    case 'link': {
      const url = URL_IN_TEXT.exec(value)?.[0]?.replace(/[.,;]+$/, '');
      if (url) applyLink(draft, squash(value.replace(url, '')).replace(/[:–-]+$/, '') || label, url, rule, value);
      return;
    }
    case 'source': {
      const url = URL_IN_TEXT.exec(value)?.[0]?.replace(/[.,;]+$/, '');
      setField(draft, 'source', url ? { url } : { publisher: squash(value) }, value, rule);
      return;
    }
    case 'status': {
      const status = STATUSES.find((known) => value.toLowerCase().includes(known.slice(0, 6)));
      if (status) setField(draft, 'status', status, value, rule);
      return;
    }
  }
}

/** Applies every label line in `lines` and returns the lines that are left for the body. */
export function readLabels(draft: Draft, ctx: FieldContext, lines: readonly string[]): LabelPass {
  const rest = [...lines];
  const fields = new Set<LabelledValue['field']>();
  let firstLabel: number | undefined;
  for (let i = 0; i < rest.length; i++) {
    const line = pipeRowAsLabel(rest[i] ?? '');
    const found = readLabelLine(line) ?? readBareLabelLine(line);
    if (!found) continue;
    if (!found.value) {
      // "Duration:" or "Funding Amount" with the value on the next non-empty line, which may
      // be a heading ("## Eur 1’250’000") or bold.
      const next = rest.findIndex((other, index) => index > i && other.trim() !== '');
      const nextLine = next >= 0 ? (rest[next] ?? '').replace(/^\s*#{1,6}\s+/, '').replace(/^[*_]+|[*_]+$/g, '') : '';
      if (next < 0 || readLabelLine(nextLine) || readBareLabelLine(nextLine) || nextLine.length > 300) continue;
      found.value = nextLine.trim();
      rest[next] = '';
    }
    apply(draft, ctx, found);
    fields.add(found.field);
    firstLabel ??= i;
    rest[i] = '';
  }
  return { rest, firstLabel, fields };
}
