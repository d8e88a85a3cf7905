import { DATA_PATHS } from '../../../exports/paths.ts';
import { dataResponse, siteFeed } from '../../../exports/site.ts';
import { t } from '../../../i18n/index.ts';
import { getSiteData } from '../../../portfolio/site-data.ts';

export async function GET() {
  const { portfolio } = await getSiteData();
  return dataResponse(siteFeed(t('data.feed.all'), DATA_PATHS.feed, '/projects/', portfolio.projects), 'atom');
}
