/** The bundled seeds as a portfolio, the links and metadata the exports take, and the real validators. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { validateXML } from 'xmllint-wasm';
import type { IatiOptions } from '../../src/exports/iati.ts';
import { dataMeta } from '../../src/exports/meta.ts';
import { projectJsonPath } from '../../src/exports/paths.ts';
import type { RecordLinks } from '../../src/exports/records.ts';
import { loadContent } from '../../src/model/content/load.ts';
import { organizationPath, projectPath } from '../../src/portfolio/paths.ts';
import { buildPortfolio } from '../../src/portfolio/portfolio.ts';
import { ROOT } from './build.ts';

export const BUILD_DATE = Date.parse('2024-06-01T00:00:00Z');
export const content = loadContent(join(ROOT, 'content'));
export const seeds = buildPortfolio(
  content.projects.map((project) => ({ slug: project.slug, file: project.file, data: project.data })),
  content.vocabulary,
  content.rates,
  BUILD_DATE,
);
export const SITE = 'https://example.org/portfolio/';
export const links: RecordLinks = {
  urlOf: (path) => new URL(path.replace(/^\//, ''), SITE).href,
  projectPath,
  projectJsonPath,
  organizationPath,
};
export const meta = dataMeta({
  publisher: 'Test portfolio',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  buildDate: BUILD_DATE,
  documentation: `${SITE}data/`,
});
export const iatiOptions: IatiOptions = {
  prefix: 'XX-TEST',
  reportingOrg: { ref: 'XX-TEST', type: '90', name: 'Test portfolio' },
  buildDate: BUILD_DATE,
  regionsUrl: `${SITE}regions/`,
  siteTitle: 'Test portfolio',
};

const VENDOR = join(ROOT, 'vendor/iati');
const schemaFile = (name: string) => ({ fileName: name, contents: readFileSync(join(VENDOR, 'schema', name), 'utf8') });

/** Errors of the official IATI 2.03 activity XSD for this XML text; empty when valid. */
export async function iatiSchemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: { fileName: 'activities.xml', contents: xml },
    schema: schemaFile('iati-activities-schema.xsd'),
    preload: [schemaFile('iati-common.xsd'), schemaFile('xml.xsd')],
  });
  return result.errors.map((error) => error.rawMessage);
}

const codelistParser = new XMLParser({ ignoreAttributes: true, isArray: (name) => name === 'codelist-item' });

/** Codes of one vendored IATI codelist, e.g. `ActivityStatus`. */
export function codelist(name: string): Set<string> {
  const parsed = codelistParser.parse(readFileSync(join(VENDOR, 'codelists', `${name}.xml`), 'utf8'));
  return new Set(
    parsed.codelist['codelist-items']['codelist-item'].map((item: { code: unknown }) => String(item.code)),
  );
}
