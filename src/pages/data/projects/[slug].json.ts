import { recordText } from '../../../exports/json-files.ts';
import { dataResponse, meta, siteLinks } from '../../../exports/site.ts';
import { pageKey } from '../../../portfolio/page-keys.ts';
import { getSiteData, keySettings } from '../../../portfolio/site-data.ts';

// The record is serialised once: its text is both the file's content and its cache key.
export async function getStaticPaths() {
  const { portfolio } = await getSiteData();
  return portfolio.projects.map((project) => {
    const text = recordText(project, siteLinks);
    return {
      params: { slug: project.slug },
      props: { text },
      cacheKey: pageKey(keySettings, 'project-json', meta, text),
    };
  });
}

export function GET({ props }: { props: { text: string } }) {
  return dataResponse(`{"meta":${JSON.stringify(meta)},"project":${props.text}}\n`, 'json');
}
