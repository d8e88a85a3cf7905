/**
 * One input text → one draft project record, its cleaned body, the fields it could not find,
 * where each field came from, and warnings. Pure: no files, no console.
 *
 * Order matters and is deliberate: explicit statements first (front matter, tags, labels),
 * then prose, so a sentence never overrides a label. Each step only fills empty fields.
 */
import type { RootContent } from 'mdast';
import { parseFrontMatter } from '../model/content/read.ts';
import { PROJECT_FIELDS, type ProjectField } from '../model/schemas/project.ts';
import { addToList, createDraft, type Draft, type ProjectRecord, type Provenance, setField, warn } from './draft.ts';
import type { FieldContext } from './extract/fields.ts';
import { findLinks } from './extract/links.ts';
import type { OrganizationProposal } from './extract/organizations.ts';
import { factSentences, guessTitle, readProse } from './extract/prose.ts';
import { chooseSummary, fitSummary, SUMMARY_LIMIT } from './extract/summary.ts';
import { detectFormat, type Format } from './formats/detect.ts';
import { readFrontMatter } from './formats/front-matter.ts';
import { readLearningPlan } from './formats/learning-plan.ts';
import { heading, htmlToTree, paragraph, textOf, treeToMarkdown } from './formats/markdown-input.ts';
import { type Page, readPage } from './formats/page.ts';
import { cleanBody } from './text/body.ts';

/**
 * Fields the model has that no source states, so they are never reported as missing: the
 * slug (from the title), the type (defaults to project), the status (derived from the dates),
 * the page's update date, other names, the picture (never downloaded), data sources (only
 * learning plans have them) and the language.
 */
const NOT_SOUGHT: ReadonlySet<ProjectField> = new Set([
  'otherNames',
  'slug',
  'type',
  'status',
  'updated',
  'image',
  'dataSources',
  'lang',
]);
/** Fields the importer looks for; any it cannot fill are reported as missing. */
export const SOUGHT_FIELDS: readonly ProjectField[] = PROJECT_FIELDS.filter((field) => !NOT_SOUGHT.has(field));

export interface ImportResult {
  file: string;
  format: Format;
  record: ProjectRecord;
  body: string;
  missing: string[];
  provenance: Record<string, Provenance>;
  warnings: string[];
  newOrganizations: OrganizationProposal[];
}

export type ImportOutcome = { ok: true; result: ImportResult } | { ok: false; file: string; error: string };

/** Text of every paragraph and list item, for reading facts from sentences. */
function blocksOf(nodes: readonly RootContent[]): string[] {
  return nodes.flatMap((node): string[] => {
    if (node.type === 'paragraph') return [textOf(node)];
    if (node.type === 'heading' || node.type === 'code' || node.type === 'html') return [];
    return 'children' in node ? blocksOf(node.children as RootContent[]) : [];
  });
}

function typeFromTitle(draft: Draft): void {
  const title = draft.record.title ?? '';
  const type = /\bfacility\b/i.test(title) ? 'facility' : /\bprogram(?:me)?\b/i.test(title) ? 'programme' : undefined;
  if (type) setField(draft, 'type', type, title, `the title says "${type === 'facility' ? 'Facility' : 'Program'}"`);
}

export function importText(file: string, input: string, ctx: FieldContext): ImportOutcome {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) return { ok: false, file, error: 'the file contains only blank space; there is nothing to import' };
  const format = detectFormat(text);
  const draft = createDraft(text);
  let page: Page;
  if (format === 'front-matter') {
    const front = parseFrontMatter(text);
    if (front.ok) {
      readFrontMatter(draft, ctx, front.data);
      page = readPage(draft, ctx, front.body, format);
    } else {
      // A readable page is never refused: its broken header is skipped and the rest is read.
      warn(
        draft,
        `front matter, line ${front.line ?? 1}: ${front.message}; the header was not read, only the page below it`,
      );
      page = readPage(draft, ctx, text.replace(/^---[ \t]*\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)/, ''), 'markdown');
    }
  } else if (format === 'learning-plan') {
    page = { tree: readLearningPlan(draft, ctx, text), about: [], labelled: new Set(['partners']) };
  } else if (format === 'html') {
    page = readPage(draft, ctx, treeToMarkdown(htmlToTree(text)), format);
  } else {
    page = readPage(draft, ctx, text, format);
  }

  const { tree } = page;
  for (const note of cleanBody(tree)) warn(draft, `body: ${note}`);
  const blocks = blocksOf(tree.children);
  const record = draft.record;
  readProse(draft, ctx, blocks, {
    dates: !record.start && !record.end,
    implementers: !record.implementers?.length,
    partners: !page.labelled.has('partners') && !record.partners?.length,
    places: !record.countries?.length && !record.regions?.length && !record.locations?.length,
  });
  for (const link of findLinks(tree, factSentences(blocks))) {
    if (!(record.links ?? []).some((known) => known.url === link.url)) {
      addToList(draft, 'links', [{ label: link.label, url: link.url }], link.snippet, link.rule);
    }
  }
  if (!record.title) {
    const guess = guessTitle(blocks, text);
    if (
      guess &&
      setField(
        draft,
        'title',
        guess.title,
        guess.snippet,
        'guessed: the subject of the opening sentence, repeated in the text',
      )
    ) {
      warn(
        draft,
        `title: the page states no title; "${guess.title}" is the name its text uses for the project. Check it`,
      );
    }
  }
  typeFromTitle(draft);
  if (record.summary && record.summary.length > SUMMARY_LIMIT) {
    const fitted = fitSummary(record.summary);
    warn(
      draft,
      `summary: the stated summary is ${record.summary.length} characters; ${fitted ? 'cut to its first whole sentences' : 'left out'} (the limit is ${SUMMARY_LIMIT})`,
    );
    if (fitted) record.summary = fitted.summary;
    else delete record.summary;
  }
  if (!record.summary) {
    const choice = chooseSummary(tree);
    if (choice) {
      setField(draft, 'summary', choice.summary, choice.snippet, 'the first paragraph of the body');
      if (choice.note) warn(draft, `summary: ${choice.note}`);
    }
  }
  if (page.about.length) {
    tree.children.push(heading(2, 'About the implementer'), ...page.about.map((line) => paragraph(line)));
  }
  const missing = SOUGHT_FIELDS.filter((field) => {
    const value = record[field];
    return value === undefined || (Array.isArray(value) && value.length === 0);
  });
  return {
    ok: true,
    result: {
      file,
      format,
      record,
      body: treeToMarkdown(tree),
      missing,
      provenance: draft.provenance,
      warnings: draft.warnings,
      newOrganizations: draft.newOrganizations,
    },
  };
}
