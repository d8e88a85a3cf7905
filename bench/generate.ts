/**
 * Deterministic synthetic portfolio: `generate(count, seed)` is pure (same inputs, same
 * records, byte for byte), `writeContent` puts the records next to copies of the real
 * vocabularies in a temporary content folder. Nothing here ever writes into `content/`.
 *
 * The records aim at what matters for build and search cost: body length (300–800 words),
 * a realistic vocabulary with a long tail, a few unique terms per record (so a rare-term query
 * hits one page), and skewed spreads of donors, countries and solutions (facet pages and
 * filter chunks grow with the most common value, not the average one).
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { prng } from '../tests/helpers/random.ts';

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
/** Zipf-like pick: early entries are much more frequent, as real donors and countries are. */
const skewed = <T>(random: Random, list: readonly T[], power = 2): T =>
  list[Math.floor(random() ** power * list.length)] as T;
function some<T>(random: Random, list: readonly T[], min: number, max: number, power = 1): T[] {
  const out = new Set<T>();
  const n = int(random, min, max);
  for (let i = 0; out.size < n && i < n * 8; i++) out.add(skewed(random, list, power));
  return [...out];
}

// Real ids from content/; the synthetic organisations below are added to them.
const REAL_DONORS = [
  'usaid',
  'european-commission',
  'sdc',
  'fcdo',
  'world-bank',
  'undp',
  'unicef',
  'international-development-fund',
];
const REAL_IMPLEMENTERS = ['dpi', 'ewmi', 'dai', 'undp', 'iom-kyrgyzstan', 'icnl', 'unicef', 'interbilim-osh'];
const REAL_PARTNERS = ['union-of-local-self-governments', 'lgaca', 'ciip', 'civic-participation-fund', 'apci'];
const SOLUTIONS = [
  'governance',
  'civil-society',
  'economic-growth',
  'rule-of-law',
  'gender-equality',
  'agriculture',
  'education',
  'health',
  'water-sanitation',
  'climate-environment',
  'migration',
  'social-protection',
  'digital',
  'energy',
  'creative-economy',
];
// Ordered by how often they should appear: most projects are in Kyrgyzstan or Tajikistan.
const COUNTRIES = ['KG', 'TJ', 'KZ', 'UZ', 'AF', 'MN', 'TM', 'GE', 'AM', 'AZ', 'PK', 'MD', 'UA'];
const SUBNATIONAL: Record<string, string[]> = {
  KG: ['batken-oblast', 'chuy-oblast', 'issyk-kul-oblast', 'jalal-abad-oblast', 'naryn-oblast', 'osh-oblast'],
  TJ: ['sughd-region', 'khatlon-region', 'gorno-badakhshan', 'districts-of-republican-subordination', 'dushanbe'],
};
const CURRENCIES = ['USD', 'USD', 'USD', 'USD', 'EUR', 'EUR', 'GBP', 'CHF', 'SEK', 'JPY', 'KGS', 'KZT'];

const ORG_WORDS = {
  first: ['Nordic', 'Alpine', 'Silk Road', 'Pamir', 'Eurasian', 'Steppe', 'Highland', 'Caspian', 'Tien Shan', 'Open'],
  middle: ['Rural', 'Civic', 'Health', 'Water', 'Enterprise', 'Learning', 'Justice', 'Climate', 'Youth', 'Women’s'],
  last: ['Foundation', 'Fund', 'Trust', 'Partnership', 'Initiative', 'Institute', 'Alliance', 'Network'],
};

export interface SyntheticOrganization {
  id: string;
  name: string;
  kind: 'bilateral donor' | 'foundation' | 'NGO' | 'private';
}

const slugify = (text: string) =>
  text
    .toLowerCase()
    .replace(/’/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** 30 synthetic donors and 60 implementers, so facet pages and filters have a realistic tail. */
export function syntheticOrganizations(seed: number): {
  donors: SyntheticOrganization[];
  implementers: SyntheticOrganization[];
} {
  const random = prng(seed ^ 0x0a11ce);
  const seen = new Set<string>();
  const make = (kind: SyntheticOrganization['kind']): SyntheticOrganization => {
    for (;;) {
      const name = `${pick(random, ORG_WORDS.first)} ${pick(random, ORG_WORDS.middle)} ${pick(random, ORG_WORDS.last)}`;
      const id = slugify(name);
      if (seen.has(id)) continue;
      seen.add(id);
      return { id, name, kind };
    }
  };
  return {
    donors: Array.from({ length: 30 }, (_, i) => make(i % 3 ? 'foundation' : 'bilateral donor')),
    implementers: Array.from({ length: 60 }, (_, i) => make(i % 4 ? 'NGO' : 'private')),
  };
}

// Body vocabulary: common sector words plus a long tail, so Pagefind's index has a realistic
// word distribution (a few very frequent words, many rare ones).
const NOUNS = (
  'municipality municipalities water supply sanitation irrigation school teachers clinic nurses farmers cooperative ' +
  'value chain market exporters women youth migrants households communities council budget tariff service delivery ' +
  'procurement oversight transparency accountability citizens parliament ministry regulation policy strategy law ' +
  'court legal aid mediation energy efficiency heating solar grid pasture livestock orchard greenhouse drought flood ' +
  'resilience landslide early warning vaccination nutrition maternal health referral pharmacy curriculum textbooks ' +
  'vocational training apprenticeship employers startups incubator broadband e-services registry data statistics ' +
  'census mapping planning zoning housing roads bridges waste recycling tourism crafts festival museum library ' +
  'remittances pensions disability inclusion shelter hotline survivors police prosecutors journalists media'
).split(' ');
const VERBS =
  'strengthens supports improves expands trains mentors equips funds pilots scales monitors evaluates connects builds restores protects'.split(
    ' ',
  );
const ADJECTIVES =
  'local national regional rural urban sustainable inclusive transparent accountable efficient resilient digital gender-responsive participatory'.split(
    ' ',
  );
const TITLE_VERBS = ['Strengthening', 'Improving', 'Supporting', 'Building', 'Expanding', 'Modernising', 'Promoting'];
const TITLE_TOPICS = [
  'Local Governance',
  'Water Supply and Sanitation',
  'Rural Livelihoods',
  'Access to Justice',
  'Women’s Economic Empowerment',
  'Climate Resilience',
  'Primary Health Care',
  'Inclusive Education',
  'Public Financial Management',
  'Youth Employment',
  'Civil Society Participation',
  'Energy Efficiency',
  'Digital Public Services',
  'Migration and Development',
  'Agricultural Value Chains',
  'Disaster Risk Reduction',
];
const PLACES = [
  'Kyrgyzstan',
  'Tajikistan',
  'Central Asia',
  'the Fergana Valley',
  'Mountain Communities',
  'Border Areas',
];
const TAGS = [
  'local self-government',
  'municipal services',
  'public councils',
  'social procurement',
  'access to justice',
  'domestic violence',
  'renewable energy',
  'pasture management',
  'remittances',
  'e-government',
  'school meals',
  'drinking water',
  'youth',
  'women’s leadership',
];
const HEADINGS = [
  'Objectives',
  'Approach',
  'Expected results',
  'Partners and coordination',
  'Achievements',
  'Lessons learned',
];

const SYLLABLES = 'ka ve ro zu ni ta mo le shi qa ru by do fe gi jo ku la me no pa ri sa tu vo wa xe yo zi ha'.split(
  ' ',
);
const CODAS = ['x', 'q', 'v', 'z', 'th', 'rk', 'sk'];

/**
 * A made-up word unique to record `index` (and `salt`): a place or code name that occurs in
 * that record only, so a query for it must return exactly one page. The multiplier scatters
 * consecutive indexes; the coda makes collisions with real English words unlikely.
 */
export function uniqueTerm(index: number, salt: number): string {
  let n = (index * 7919 + salt * 104729) % 810_000; // 30^4 = 810,000 combinations
  let word = '';
  for (let i = 0; i < 4; i++) {
    word += SYLLABLES[n % 30];
    n = Math.floor(n / 30);
  }
  return word + (CODAS[(index + salt) % CODAS.length] as string);
}

function sentence(random: Random): string {
  const words = [
    `The ${pick(random, ADJECTIVES)} ${pick(random, NOUNS)} programme ${pick(random, VERBS)}`,
    `${pick(random, ADJECTIVES)} ${pick(random, NOUNS)} and ${pick(random, NOUNS)}`,
  ];
  for (let i = int(random, 0, 4); i > 0; i--) words.push(`${pick(random, VERBS)} ${pick(random, NOUNS)}`);
  const text = `${words.join(' ')} in ${int(random, 2, 120)} ${pick(random, NOUNS)}`;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Markdown of about `target` words, with headings, a list and the record's unique terms. */
function body(random: Random, target: number, terms: readonly string[], title: string): string {
  const parts: string[] = [];
  let words = 0;
  const add = (text: string) => {
    parts.push(text);
    words += text.split(/\s+/).length;
  };
  add(`${title} works in the ${terms[0]} district with the ${terms[1]} partnership. ${sentence(random)}`);
  const headings = some(random, HEADINGS, 2, 4);
  for (const heading of headings) {
    if (words >= target) break;
    add(`## ${heading}`);
    const paragraphs = int(random, 1, 3);
    for (let p = 0; p < paragraphs && words < target; p++) {
      add(Array.from({ length: int(random, 3, 7) }, () => sentence(random)).join(' '));
    }
    if (random() < 0.5) add(Array.from({ length: int(random, 3, 5) }, () => `- ${sentence(random)}`).join('\n'));
  }
  while (words < target) add(Array.from({ length: int(random, 3, 6) }, () => sentence(random)).join(' '));
  add(`Field work in ${terms[0]} is documented in the ${terms[2]} report.`);
  return `${parts.join('\n\n')}\n`;
}

function date(random: Random, year: number): string | number {
  const r = random();
  if (r < 0.2) return year;
  const month = String(int(random, 1, 12)).padStart(2, '0');
  if (r < 0.7) return `${year}-${month}`;
  return `${year}-${month}-${String(int(random, 1, 28)).padStart(2, '0')}`;
}

export interface GeneratedProject {
  slug: string;
  /** Front matter as written to the file (before schema defaults and transforms). */
  data: Record<string, unknown>;
  body: string;
  /** Words planted in this record only. */
  uniqueTerms: string[];
}

/** `count` records from `seed`. Pure: no I/O, no clock, no Math.random. */
export function generate(count: number, seed: number): GeneratedProject[] {
  const random = prng(seed);
  const orgs = syntheticOrganizations(seed);
  const donors = [...REAL_DONORS, ...orgs.donors.map((o) => o.id)];
  const implementers = [...REAL_IMPLEMENTERS, ...orgs.implementers.map((o) => o.id)];
  const slugs = new Set<string>();
  const projects: GeneratedProject[] = [];
  for (let index = 0; index < count; index++) {
    const topic = pick(random, TITLE_TOPICS);
    const title = `${pick(random, TITLE_VERBS)} ${topic} in ${pick(random, PLACES)}${random() < 0.3 ? ` ${int(random, 2, 4)}` : ''}`;
    let slug = slugify(title);
    for (let n = 2; slugs.has(slug); n++) slug = `${slugify(title)}-${n}`;
    slugs.add(slug);
    const uniqueTerms = [0, 1, 2].map((salt) => uniqueTerm(index, salt));
    const countries = some(random, COUNTRIES, 1, random() < 0.8 ? 1 : 3, 2.2);
    const regions = countries.flatMap((c) =>
      SUBNATIONAL[c] && random() < 0.6 ? some(random, SUBNATIONAL[c], 1, 3) : [],
    );
    if (countries.length > 1) regions.push('central-asia');
    const startYear = int(random, 2005, 2025);
    const data: Record<string, unknown> = {
      title,
      summary: `${title} ${pick(random, VERBS)} ${pick(random, ADJECTIVES)} ${pick(random, NOUNS)} and ${pick(random, NOUNS)} for ${int(random, 5, 500)} ${pick(random, NOUNS)}, working with ${uniqueTerms[1]} partners.`,
    };
    if (random() < 0.15) data.type = pick(random, ['programme', 'facility']);
    data.start = date(random, startYear);
    if (random() < 0.85) data.end = date(random, startYear + int(random, 1, 6));
    if (random() < 0.03) data.status = 'cancelled';
    if (random() < 0.85) {
      const currency = pick(random, CURRENCIES);
      const usd = Math.round(10 ** (4.7 + random() * 3) / 1000) * 1000; // 50 thousand to 50 million USD
      const rate = { USD: 1, EUR: 0.95, GBP: 0.8, CHF: 0.9, SEK: 11, JPY: 155, KGS: 87.3, KZT: 520 }[currency] ?? 1;
      data.budget = { amount: Math.round(usd * rate), currency };
    }
    if (random() < 0.9) data.donors = some(random, donors, 1, 2, 2.5);
    data.implementers = some(random, implementers, 1, 2, 1.8);
    if (random() < 0.4) data.partners = some(random, REAL_PARTNERS, 1, 3);
    data.countries = countries;
    if (regions.length) {
      data.regions = regions;
      data.locations = regions.slice(0, 2).map((region) => ({ name: uniqueTerms[0], region }));
    }
    data.solutions = [
      ...new Set([SOLUTIONS[TITLE_TOPICS.indexOf(topic) % SOLUTIONS.length], ...some(random, SOLUTIONS, 0, 2, 1.5)]),
    ];
    data.sdgs = some(random, [16, 5, 8, 6, 3, 4, 13, 1, 10, 2, 11, 7, 17], 1, 3, 1.6).sort((a, b) => a - b);
    if (random() < 0.5) data.contacts = [{ name: 'Programme Officer', email: `info+${index}@example.org` }];
    if (random() < 0.3) data.links = [{ label: 'Project page', url: `https://example.org/projects/${slug}` }];
    data.tags = some(random, TAGS, 1, 4);
    projects.push({ slug, data, body: body(random, int(random, 270, 700), uniqueTerms, title), uniqueTerms });
  }
  return projects;
}

/** The Markdown file for one record. */
export function projectFile(project: GeneratedProject): string {
  return `---\n${stringify(project.data, { lineWidth: 0 })}---\n\n${project.body}`;
}

/**
 * Writes a content folder: copies of the real vocabularies from `realContent`, the synthetic
 * organisations, and one file per record. The folder is emptied first.
 */
export function writeContent(
  dir: string,
  realContent: string,
  projects: readonly GeneratedProject[],
  seed: number,
): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'projects'), { recursive: true });
  for (const name of ['organizations', 'regions.yaml', 'solutions.yaml', 'sdgs.yaml', 'exchange-rates.yaml']) {
    cpSync(join(realContent, name), join(dir, name), { recursive: true });
  }
  const orgs = syntheticOrganizations(seed);
  for (const org of [...orgs.donors, ...orgs.implementers]) {
    writeFileSync(join(dir, 'organizations', `${org.id}.yaml`), stringify(org));
  }
  for (const project of projects) writeFileSync(join(dir, 'projects', `${project.slug}.md`), projectFile(project));
}
