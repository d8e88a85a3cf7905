import { organizationFeedPath } from '../../../../exports/paths.ts';
import { organizationsInProjects, projectsOfOrganization } from '../../../../exports/records.ts';
import { dataResponse, siteFeed } from '../../../../exports/site.ts';
import type { Organization } from '../../../../model/schemas/index.ts';
import { summaryPageKey } from '../../../../portfolio/page-keys.ts';
import { organizationPath } from '../../../../portfolio/paths.ts';
import type { Project } from '../../../../portfolio/portfolio.ts';
import { getSiteData, keySettings } from '../../../../portfolio/site-data.ts';

export async function getStaticPaths() {
  const { portfolio, vocabulary } = await getSiteData();
  return organizationsInProjects(portfolio.projects).map((id) => {
    const organization = vocabulary.organizations.get(id);
    const projects = projectsOfOrganization(portfolio.projects, id);
    return {
      params: { id },
      props: { organization, projects },
      cacheKey: summaryPageKey(keySettings, 'organization-feed', [organization ?? id], projects),
    };
  });
}

export function GET({ props }: { props: { organization: Organization; projects: Project[] } }) {
  const { organization, projects } = props;
  const feed = siteFeed(
    organization.name,
    organizationFeedPath(organization.id),
    organizationPath(organization.id),
    projects,
  );
  return dataResponse(feed, 'atom');
}
