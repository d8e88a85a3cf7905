/**
 * What the importer tells the editor: per input, each field with the snippet it came from,
 * what is missing, warnings, proposed organisations, duplicates and what happened to the
 * file; and the stable JSON form other tools read (`--json`).
 */
import { relative } from 'node:path';
import type { SkippedInput } from './input.ts';
import type { Action, FileReport } from './run.ts';
import { clip } from './text/text.ts';

function show(value: unknown): string {
  if (Array.isArray(value)) return value.map(show).join(', ');
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .map(([key, inner]) => `${key}: ${show(inner)}`)
      .join(', ')
      .replace(/^(.*)$/, '{ $1 }');
  }
  return String(value);
}

const ACTIONS: Record<Action, string> = {
  written: 'written',
  overwritten: 'overwritten (changes below)',
  unchanged: 'unchanged (the file already says exactly this)',
  'would write': 'would be written (dry run)',
  'would overwrite': 'would be overwritten (dry run; changes below)',
  exists: 'already exists; a real run needs --force to replace it',
  'not written': 'not written',
};

/** The folder entries that were not read, as text for a terminal. */
export function formatSkipped(skipped: readonly SkippedInput[], cwd = process.cwd()): string {
  if (!skipped.length) return '';
  const lines = skipped.map((entry) => `  - ${relative(cwd, entry.path) || entry.path}: ${entry.reason}`);
  return `skipped ${skipped.length} ${skipped.length === 1 ? 'entry' : 'entries'} of the named folders:\n${lines.join('\n')}\n`;
}

/** The report for one input, as text for a terminal. */
export function formatReport(report: FileReport, cwd = process.cwd()): string {
  const name = relative(cwd, report.file) || report.file;
  const result = report.result;
  if (!result) return `✗ ${name}\n  ${report.error ?? 'failed'}\n`;
  const lines = [`${report.ok ? '✓' : '✗'} ${name}  (format: ${result.format})`];
  for (const [field, value] of Object.entries(result.record)) {
    const from = result.provenance[field];
    lines.push(`  ${field.padEnd(13)}${clip(show(value), 100)}`);
    if (from)
      lines.push(
        `  ${''.padEnd(13)}← [${from.confidence}${from.confidence === 'guess' ? ': CHECK' : ''}] ${from.line ? `line ${from.line}, ` : ''}${from.rule}: "${clip(from.snippet, 90)}"`,
      );
  }
  if (result.missing.length) lines.push(`  ${'missing'.padEnd(13)}${result.missing.join(', ')}`);
  if (result.warnings.length) lines.push('  warnings:', ...result.warnings.map((warning) => `    - ${warning}`));
  if (result.newOrganizations.length) {
    lines.push('  NEW organisations, not in content/organizations (used in the record; check each):');
    for (const org of result.newOrganizations) {
      const acronym = org.acronym ? `, acronym: ${org.acronym}` : '';
      const file = report.organizationFiles?.find((written) => written.path.endsWith(`${org.id}.yaml`));
      const where = file ? `${relative(cwd, file.path)}: ${file.action}` : `content/organizations/${org.id}.yaml`;
      lines.push(
        `    - ${org.id}  (name: "${org.name}"${acronym}, kind: ${org.kind ?? '? (not stated; write it)'})  → ${where}`,
      );
    }
  }
  for (const file of report.duplicates)
    lines.push(`  possible duplicate of ${file}: same title, other name, acronym or slug`);
  if (report.validation.length)
    lines.push(
      '  incomplete: the site build will stop at this draft until these are fixed:',
      ...report.validation.map((problem) => `    - ${problem}`),
    );
  if (report.target && report.action) lines.push(`  → ${relative(cwd, report.target)}: ${ACTIONS[report.action]}`);
  if (report.backup) lines.push(`  the previous version is kept at ${relative(cwd, report.backup)}`);
  if (report.error) lines.push(`  ${report.error}`);
  if (report.diff)
    lines.push(
      ...report.diff
        .trimEnd()
        .split('\n')
        .map((line) => `    ${line}`),
    );
  return `${lines.join('\n')}\n`;
}

/** The `--json` entry for one input. Keys are always present; `error` is null on success. */
export function jsonEntry(report: FileReport) {
  const result = report.result;
  return {
    file: report.file,
    format: result?.format ?? null,
    record: result?.record ?? null,
    body: result?.body ?? null,
    missing: result?.missing ?? [],
    review: Object.entries(result?.provenance ?? {}).flatMap(([field, from]) =>
      from.confidence === 'guess' ? [field] : [],
    ),
    provenance: result?.provenance ?? {},
    warnings: result?.warnings ?? [],
    newOrganizations: result?.newOrganizations ?? [],
    duplicates: report.duplicates,
    validation: report.validation,
    backup: report.backup ?? null,
    error: report.ok ? null : (report.error ?? 'failed'),
  };
}
