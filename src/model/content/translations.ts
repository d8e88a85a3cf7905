/**
 * Translation files: `content/projects/<slug>.<lang>.md` holds a project's title, summary and
 * body in another language. Each must have a main record (`<slug>.md`) in a different language.
 */
import { basename } from 'node:path';
import { type TranslationData, translationSchema } from '../schemas/index.ts';
import { checkBody } from './body-limits.ts';
import { zodIssues } from './explain.ts';
import type { ContentIssue } from './issues.ts';
import { parseFrontMatter, readText } from './read.ts';

/** A validated translation file. */
export interface LoadedTranslation {
  /** Slug of the main record it translates. */
  slug: string;
  /** Language of the translation (BCP 47), from the file name. */
  lang: string;
  /** Path as shown to editors. */
  file: string;
  data: TranslationData;
  /** The translated Markdown body. */
  body: string;
}

const TRANSLATION_NAME = /^(?<slug>[^.]+)\.(?<lang>[a-z]{2,3})\.(?:md|markdown)$/;

/** `successful-aimak-2.ru.md` → `{ slug: 'successful-aimak-2', lang: 'ru' }`; undefined for a main record. */
export function translationTarget(path: string): { slug: string; lang: string } | undefined {
  const match = TRANSLATION_NAME.exec(basename(path));
  return match?.groups ? { slug: match.groups.slug ?? '', lang: match.groups.lang ?? '' } : undefined;
}

/** Reads one translation file; problems go to `issues`. */
export function readTranslation(path: string, file: string, issues: ContentIssue[]): LoadedTranslation | undefined {
  const target = translationTarget(path);
  if (!target) return undefined;
  const read = readText(path);
  if (!read.ok) return void issues.push({ file, line: read.line, message: read.message });
  const front = parseFrontMatter(read.text);
  if (!front.ok) return void issues.push({ file, line: front.line, message: front.message });
  const result = translationSchema.safeParse(front.data, { reportInput: true });
  if (!result.success) return void issues.push(...zodIssues(result.error.issues, file, front.yaml, translationSchema));
  const tooComplex = checkBody(front.body);
  if (tooComplex) {
    return void issues.push({ file, line: front.bodyLine + tooComplex.line - 1, message: tooComplex.message });
  }
  return { ...target, file, data: result.data, body: front.body };
}

/**
 * Translations whose main record exists and is in another language; the others are reported.
 * `records` maps each valid project's slug to its file and language; `failed` holds the names
 * (without extension) of project files that had problems: their translations wait silently,
 * so one mistake is reported once.
 */
export function matchTranslations(
  translations: readonly LoadedTranslation[],
  records: ReadonlyMap<string, { file: string; lang: string }>,
  failed: ReadonlySet<string>,
  issues: ContentIssue[],
): LoadedTranslation[] {
  return translations.filter((translation) => {
    const record = records.get(translation.slug);
    if (!record && failed.has(translation.slug)) return false;
    if (!record) {
      issues.push({
        file: translation.file,
        message: `is a translation of "${translation.slug}", but there is no project with that slug; rename it after its main record (<slug>.${translation.lang}.md) or add the main record`,
      });
      return false;
    }
    if (record.lang === translation.lang) {
      issues.push({
        file: translation.file,
        message: `translates ${record.file} into "${translation.lang}", the language it is already written in; delete the translation or fix \`lang\` in the main record`,
      });
      return false;
    }
    return true;
  });
}
