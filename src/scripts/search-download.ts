/**
 * "Download these results" on /search/: the current results, in their order, as CSV or JSON.
 * The rows come from one compact file of every project (`/data/search-rows.json`, fetched on
 * the first download only); each result's record names its project, and the rows of those
 * projects are written out in the browser. Records of results already on screen are reused.
 */
import { rowsToCsv, rowsToJson, type SearchRows, selectRows, slugOfResult } from '../exports/search-rows.ts';
import type { PagefindResultData } from './pagefind.ts';
import type { SearchOutcome } from './search-engine.ts';
import type { SearchState } from './search-state.ts';

export type DownloadFormat = 'csv' | 'json';

/** A file ready to save. */
export interface Download {
  name: string;
  type: string;
  text: string;
}

/** Results' records, loaded a batch at a time so a long list does not open thousands of requests at once. */
export async function resultRecords(
  results: Pick<SearchOutcome, 'total' | 'slice'>,
  batch = 32,
): Promise<PagefindResultData[]> {
  const records: PagefindResultData[] = [];
  for (let start = 0; start < results.total; start += batch) {
    records.push(...(await results.slice(start, Math.min(start + batch, results.total))));
  }
  return records;
}

/** The project ids of the results, in result order. */
export function resultSlugs(records: readonly Pick<PagefindResultData, 'url'>[]): string[] {
  return records.flatMap((record) => {
    const slug = slugOfResult(record.url);
    return slug ? [slug] : [];
  });
}

/** Checks the shape of the rows file before use: it comes over the network. */
export function readSearchRows(value: unknown): SearchRows {
  const index = value as Partial<SearchRows> | null;
  if (!index || !Array.isArray(index.columns) || !Array.isArray(index.rows) || typeof index.meta !== 'object')
    throw new Error('the search rows file is not in the expected form');
  return index as SearchRows;
}

/** The file for `slugs` in `format`, with the search that produced them recorded in JSON. */
export function downloadOf(
  index: SearchRows,
  slugs: readonly string[],
  state: SearchState,
  format: DownloadFormat,
): Download {
  const rows = selectRows(index, slugs);
  const query = { q: state.query, filters: state.filters, sort: state.sort };
  return format === 'csv'
    ? { name: 'projects-search.csv', type: 'text/csv;charset=utf-8', text: rowsToCsv(index, rows) }
    : { name: 'projects-search.json', type: 'application/json', text: rowsToJson(index, rows, query) };
}

/** Saves `download` through a temporary link (a Blob URL: no request, nothing inline). */
export function saveDownload(document: Document, download: Download): void {
  const url = URL.createObjectURL(new Blob([download.text], { type: download.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = download.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
