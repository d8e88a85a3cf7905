/** Site-wide settings. Environment variables (read in `env.ts`) override the deploy-specific ones. */
import { buildEnv, selectLocales } from './env.ts';
import type { Locale } from './i18n/locales.ts';

export interface SiteConfig {
  /** Name shown in the header, the page titles and the metadata. */
  title: string;
  /** One sentence on what the portfolio is, used on the home page and in meta descriptions. */
  description: string;
  /** The organisation that publishes the portfolio, shown in the footer. */
  organization: string;
  /**
   * Absolute URL the site is deployed at (env `SITE_URL`), for canonical links, the sitemap,
   * preview images and embed code. Unset: those are left out, never pointed at a made-up host.
   */
  site: string | undefined;
  /** Path prefix the site is served under, e.g. `/portfolio/` (env `BASE_PATH`). */
  base: string;
  /**
   * Where an editor edits a file: this URL plus the file's path in the repository (env `EDIT_URL`,
   * e.g. `https://github.com/org/portfolio/edit/main/`). Unset: no "Edit this page" link.
   */
  editUrl: string | undefined;
  /** The default language: its pages sit at the site root (`/`), with no prefix. */
  locale: Locale;
  /**
   * Every language of the interface, default first; each other one is served under `/<code>/`.
   * Each needs a dictionary in `src/i18n/` (see README, "Adding a language"). `SITE_LOCALES=en`
   * builds fewer of them (the benchmark measures what each language costs).
   */
  locales: readonly Locale[];
  /** The licence every data file (JSON, CSV, GeoJSON, feeds, IATI) is published under. */
  dataLicence: { name: string; url: string };
  /** How the portfolio reports to IATI. */
  iati: {
    /** Prefix of every activity identifier: your IATI organisation identifier, e.g. `GB-COH-1234567`. */
    prefix: string;
    /** The reporting organisation's identifier and IATI OrganisationType code (e.g. 22 national NGO). */
    reportingOrg: { ref: string; type: string; name: string };
  };
}

/** The default language; every build has it (see `selectLocales`). */
const DEFAULT_LOCALE: Locale = 'en';

export const siteConfig: SiteConfig = {
  title: 'Development Project Portfolio',
  description:
    'Donor-funded development projects in Kyrgyzstan and Tajikistan: who funds them, who implements them, where they work and what they achieve.',
  organization: 'Central Asia Development Portfolio',
  site: buildEnv.siteUrl,
  base: buildEnv.base,
  editUrl: buildEnv.editUrl,
  locale: DEFAULT_LOCALE,
  locales: selectLocales(buildEnv.siteLocales, ['en', 'ru'], DEFAULT_LOCALE),
  dataLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  // Placeholders: replace with the publisher's registered IATI organisation identifier.
  iati: {
    prefix: 'XX-PORTFOLIO',
    reportingOrg: { ref: 'XX-PORTFOLIO', type: '90', name: 'Central Asia Development Portfolio' },
  },
};
