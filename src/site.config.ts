/** Site-wide settings. Environment variables (read in `env.ts`) override the deploy-specific ones. */
import { buildEnv } from './env.ts';

export interface SiteConfig {
  /** Name shown in the header, the page titles and the metadata. */
  title: string;
  /** One sentence on what the portfolio is, used on the home page and in meta descriptions. */
  description: string;
  /** The organisation that publishes the portfolio, shown in the footer. */
  organization: string;
  /** Absolute origin the site is deployed at, for canonical URLs (env `SITE_URL`). */
  site: string;
  /** Path prefix the site is served under, e.g. `/portfolio/` (env `BASE_PATH`). */
  base: string;
  /** Where an editor edits a file: this URL plus the file's path in the repository (env `EDIT_URL`). */
  editUrl: string;
  /** Language of the interface, a key of the UI dictionaries. */
  locale: 'en';
}

export const siteConfig: SiteConfig = {
  title: 'Development Project Portfolio',
  description:
    'Donor-funded development projects in Kyrgyzstan and Tajikistan: who funds them, who implements them, where they work and what they achieve.',
  organization: 'Central Asia Development Portfolio',
  site: buildEnv.siteUrl ?? 'https://portfolio.example.org',
  base: buildEnv.base,
  editUrl: buildEnv.editUrl ?? 'https://github.com/example/portfolio/edit/main/',
  locale: 'en',
};
