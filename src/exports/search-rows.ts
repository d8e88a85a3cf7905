/**
 * "Download these results" on the search page. The site publishes one compact file holding
 * every project as a row of the projects CSV's columns; the search page fetches it only when
 * a visitor asks for a download, keeps the rows of its result ids in result order, and turns
 * them into CSV or JSON in the browser. One request and one pass over the rows, so it works
 * the same at 10,000 projects; nothing is fetched per result.
 */
import { stringify } from 'csv-stringify/sync';
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

/** CSV of the rows, as projects.csv writes it: byte-order mark, header, CRLF lines. */
export function rowsToCsv(index: SearchRows, rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${stringify([index.columns, ...rows], { record_delimiter: 'windows' })}`;
}

/** JSON of the rows: the metadata and one object per project with the CSV's column names. */
export function rowsToJson(index: SearchRows, rows: readonly (readonly Cell[])[], query: unknown): string {
  const projects = rows.map((row) => Object.fromEntries(index.columns.map((column, i) => [column, row[i] ?? ''])));
  return `${JSON.stringify({ meta: index.meta, query, count: projects.length, projects }, null, 2)}\n`;
}
