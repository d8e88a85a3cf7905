/**
 * "Download these results" on the search page. The site publishes one compact file holding
 * every project as a row of the projects CSV's columns; the search page fetches it only when
 * a visitor asks for a download, keeps the rows of its result ids in result order, and turns
 * them into CSV or JSON in the browser. One request and one pass over the rows, so it works
 * the same at 10,000 projects; nothing is fetched per result.
 */
import type { Cell } from './csv.ts';
import type { DataMeta } from './meta.ts';

export interface SearchRows {
  meta: DataMeta;
  /** Column names, as in projects.csv; the first is the project id (its slug). */
  columns: readonly string[];
  rows: readonly (readonly Cell[])[];
}

/** The project id of a result URL such as `/portfolio/projects/successful-aimak-2/`. */
export function slugOfResult(url: string): string | undefined {
  return /\/projects\/([^/?#]+)\/?(?:[?#].*)?$/.exec(url)?.[1];
}

/** The rows of the given project ids, in the order given; unknown ids are skipped. */
export function selectRows(index: SearchRows, ids: readonly string[]): (readonly Cell[])[] {
  const byId = new Map(index.rows.map((row) => [String(row[0]), row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled. */
function csvField(cell: Cell): string {
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * CSV of the rows, as projects.csv writes it: byte-order mark, header, CRLF lines. This runs in
 * the browser, where csv-stringify needs Node's Buffer; the unit test checks that it writes
 * what csv-stringify writes for the same rows.
 */
export function rowsToCsv(index: SearchRows, rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${[index.columns, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('')}`;
}

/** JSON of the rows: the metadata and one object per project with the CSV's column names. */
export function rowsToJson(index: SearchRows, rows: readonly (readonly Cell[])[], query: unknown): string {
  const projects = rows.map((row) => Object.fromEntries(index.columns.map((column, i) => [column, row[i] ?? ''])));
  return `${JSON.stringify({ meta: index.meta, query, count: projects.length, projects }, null, 2)}\n`;
}
