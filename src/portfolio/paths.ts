/** `withBase('/projects/', '/portfolio/')` → `/portfolio/projects/`: a site path under a base path. */
export function withBase(path: string, base: string): string {
  const clean = path.replace(/^\/+/, '');
  return `${base.replace(/\/+$/, '')}/${clean}`;
}

/** The path of an organisation's page, e.g. `/organizations/usaid/`. */
export function organizationPath(id: string): string {
  return `/organizations/${encodeURIComponent(id)}/`;
}

/** The path of a project's page, e.g. `/projects/successful-aimak-2/`. */
export function projectPath(slug: string): string {
  return `/projects/${slug}/`;
}
