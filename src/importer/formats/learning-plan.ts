/**
 * UNDP Accelerator Lab learning plans: `[[key:value]]` tags for the facts, then sections of
 * questionnaire prompts (`> Challenge statement: What is…?`) each followed by its answer.
 * Tags become fields; answered prompts become readable sections headed by the prompt's short
 * label; prompts nobody answered and the form's own instructions are dropped.
 */
import type { Root, RootContent } from 'mdast';
import { countryName } from '../../model/countries.ts';
import { addToList, type Draft, setField, warn } from '../draft.ts';
import {
  applyContact,
  applyLink,
  applyOrganizations,
  applyPlaceList,
  applySdgs,
  applyStrings,
  type FieldContext,
} from '../extract/fields.ts';
import { matchOrganization } from '../extract/organizations.ts';
import { isFormInstruction } from '../text/boilerplate.ts';
import { sentences, squash, wordCount } from '../text/text.ts';
import { projectType } from './front-matter.ts';
import { heading, list, markdownToTree, textOf } from './markdown-input.ts';

export const TAG = /\[\[([\p{L}_ -]{1,40}):([^\]\n]{0,500})\]\]/gu;

interface Prompt {
  label: string;
  answer: RootContent[];
}
interface Section {
  title: string;
  prompts: Prompt[];
}

/** "Challenge statement: What is your challenge?" → "Challenge statement"; otherwise the question. */
export function promptLabel(prompt: string): string {
  const short = /^([^:?]{2,60}):\s/.exec(prompt);
  if (short?.[1] && wordCount(short[1]) <= 6) return short[1].trim();
  return sentences(prompt)[0] ?? prompt;
}

function readTags(draft: Draft, ctx: FieldContext, text: string): string | undefined {
  let country: string | undefined;
  for (const [whole, rawKey = '', rawValue = ''] of text.matchAll(TAG)) {
    const key = rawKey.toLowerCase().replace(/[\s_-]/g, '');
    const value = squash(rawValue);
    const rule = `tag [[${rawKey}]]`;
    if (!value) continue;
    if (key === 'focalpoint') applyContact(draft, 'Focal point', value, rule);
    else if (key === 'year')
      // The plan's year says when the plan was written for, not when any work started.
      warn(draft, `${rule}: "${value}" is the plan's year, not a stated start or end; both left empty`);
    else if (key === 'title') setField(draft, 'title', value, whole, rule);
    else if (key === 'type') setField(draft, 'type', projectType(value), whole, rule);
    else if (key === 'datasources') applyStrings(draft, 'dataSources', [value], rule);
    else if (key === 'methods') applyStrings(draft, 'methods', [value], rule);
    else if (key === 'sdgs') applySdgs(draft, ctx, [value], rule);
    else if (key === 'thematicareas') applyStrings(draft, 'tags', [value], rule);
    else if (key === 'country') {
      applyPlaceList(draft, ctx, value, rule);
      country ??= value;
    } else if (key === 'latlng') {
      const [lat, lng] = value.split(',').map((part) => Number(part.trim()));
      const name = country ?? (draft.record.countries?.[0] ? countryName(draft.record.countries[0]) : undefined);
      if (lat === undefined || lng === undefined || !Number.isFinite(lat) || !Number.isFinite(lng) || !name) {
        warn(draft, `${rule}: "${value}" is not a usable "lat,lng" pair with a place name; no location added`);
      } else addToList(draft, 'locations', [{ name, lat, lng }], whole, rule);
    } else warn(draft, `${rule} is not part of the content model; not imported`);
  }
  return country;
}

function readSections(tree: Root, draft: Draft): Section[] {
  const sections: Section[] = [];
  let current: Section = { title: '', prompts: [] };
  let prompt: Prompt | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 1) {
      setField(draft, 'title', textOf(node), textOf(node), 'learning plan: first heading');
    } else if (node.type === 'heading') {
      current = { title: textOf(node), prompts: [] };
      sections.push(current);
      prompt = undefined;
    } else if (node.type === 'blockquote') {
      const text = textOf(node);
      // An empty "> " line is the form's group marker, not a question.
      if (text) {
        prompt = { label: promptLabel(text), answer: [] };
        current.prompts.push(prompt);
      }
    } else if (prompt && !(node.type === 'paragraph' && isFormInstruction(textOf(node)))) {
      prompt.answer.push(node);
    }
  }
  return sections;
}

function partnerSection(draft: Draft, ctx: FieldContext, prompts: readonly Prompt[]): RootContent | undefined {
  const partners: { name: string; about: string[] }[] = [];
  for (const { label, answer } of prompts) {
    const text = answer.map(textOf).join(' ').trim();
    if (!text) continue;
    if (/name of the partner/i.test(label)) partners.push({ name: text, about: [] });
    else partners.at(-1)?.about.push(text);
  }
  for (const { name } of partners) {
    const url = /https?:\/\/\S+/.exec(name)?.[0];
    if (url) applyLink(draft, name.replace(url, '').replace(/[:\s]+$/, ''), url, 'learning plan: partner', name);
    else applyOrganizations(draft, ctx, 'partners', name, 'learning plan: "name of the partner"');
  }
  return partners.length ? list(partners.map(({ name, about }) => [name, ...about].join(' — '))) : undefined;
}

/** Reads a learning plan into the draft and returns its body tree. */
export function readLearningPlan(draft: Draft, ctx: FieldContext, text: string): Root {
  const country = readTags(draft, ctx, text);
  const tree = markdownToTree(text.replace(TAG, ''));
  const children: RootContent[] = [];
  for (const section of readSections(tree, draft)) {
    const answered = section.prompts.filter((prompt) =>
      prompt.answer.some((node) => textOf(node) || node.type === 'paragraph'),
    );
    if (/^title$/i.test(section.title)) {
      const names = answered.map((prompt) => squash(prompt.answer.map(textOf).join(' '))).filter(Boolean);
      applyStrings(draft, 'otherNames', names, 'learning plan: "Title" answer');
      continue;
    }
    if (/partner/i.test(section.title)) {
      const partners = partnerSection(draft, ctx, section.prompts);
      if (partners) children.push(heading(2, section.title), partners);
      continue;
    }
    if (!answered.length) continue;
    children.push(heading(2, section.title));
    for (const prompt of answered) {
      children.push(heading(3, prompt.label), ...prompt.answer);
      if (/tweet|summary/i.test(prompt.label)) {
        const summary = squash(prompt.answer.map(textOf).join(' '));
        setField(draft, 'summary', summary, summary, `learning plan: "${prompt.label}" answer`);
      }
    }
  }
  // Plans are written by the country's Accelerator Lab, which the form calls "your Accelerator Lab".
  if (country && /accelerator lab/i.test(text)) {
    const id = matchOrganization(ctx.organizations, `UNDP Accelerator Lab ${country}`);
    if (id)
      addToList(
        draft,
        'implementers',
        [id],
        `Accelerator Lab + [[country:${country}]]`,
        "learning plan: written by the country's UNDP Accelerator Lab",
      );
  }
  return { type: 'root', children };
}
