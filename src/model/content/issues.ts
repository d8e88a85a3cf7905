/** One problem in one content file, phrased for an editor. */
export interface ContentIssue {
  /** Path relative to the content folder's parent, e.g. `content/projects/aimak.md`. */
  file: string;
  /** 1-based line in the file, when it can be pinned down. */
  line?: number | undefined;
  /** The field, e.g. `donors[0]` or `budget.currency`. */
  field?: string | undefined;
  /** What is wrong and how to fix it. */
  message: string;
}

/** Thrown when content has problems; its message lists every one of them. */
export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];
  /** Shown by Astro under the message; without it Astro guesses a hint from the words used. */
  readonly hint = 'Fix the files listed above, then build again. Nothing was written to the output folder.';
  constructor(issues: readonly ContentIssue[]) {
    super(formatIssues(issues));
    this.name = 'ContentError';
    this.issues = issues;
  }
}

/** `content/projects/a.md:7  donors[0]: unknown organisation "usiad"…` */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const field = issue.field ? `${issue.field}: ` : '';
  return `${where}  ${field}${issue.message}`;
}

/** A report of every issue, grouped by file, with a count line first. */
export function formatIssues(issues: readonly ContentIssue[]): string {
  const files = new Set(issues.map((issue) => issue.file));
  const head = `${issues.length} ${issues.length === 1 ? 'problem' : 'problems'} in ${files.size} ${files.size === 1 ? 'file' : 'files'}; the site was not built.`;
  const sorted = [...issues].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return [head, '', ...sorted.map(formatIssue), '', 'See README.md, "Adding a project", for every field.'].join('\n');
}
