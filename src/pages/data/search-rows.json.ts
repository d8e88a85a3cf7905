import { PROJECT_HEADER, projectRow } from '../../exports/csv.ts';
import type { SearchRows } from '../../exports/search-rows.ts';
import { dataResponse, meta, siteLinks } from '../../exports/site.ts';
import { getSiteData } from '../../portfolio/site-data.ts';

export async function GET() {
  const { portfolio } = await getSiteData();
  const index: SearchRows = {
    meta,
    columns: PROJECT_HEADER,
    rows: portfolio.projects.map((project) => projectRow(project, siteLinks)),
  };
  // One line: this file is fetched whole by the search page, so every byte counts.
  return dataResponse(JSON.stringify(index), 'json');
}
