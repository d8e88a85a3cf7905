/**
 * The skeleton `npm run new` writes: every field of the content model, either empty (lists)
 * or commented out with an example (single values, whose empty form would not validate), so
 * an editor sees the whole model and the file is valid as soon as the summary is written.
 */
import { stringify } from 'yaml';

/** Lines for each field; a field missing here still gets a generic commented line. */
const FIELD_LINES: Readonly<Record<string, readonly string[]>> = {
  title: [],
  otherNames: ['otherNames: []  # formal, contract or action-plan names'],
  slug: ['# slug: my-project  # only if the address must differ from the file name'],
  summary: ['summary: ""  # REQUIRED: one or two plain sentences, at most 400 characters'],
  type: ['type: project  # project | programme | facility | learning plan'],
  status: ['# status: active  # planned | active | completed | cancelled; worked out from the dates when absent'],
  start: ['# start: 2021-09  # YYYY, YYYY-MM or YYYY-MM-DD, at the precision the source gives'],
  end: ['# end: 2025-09'],
  updated: ['# updated: 2024-01-31  # when the source last updated its page'],
  donors: ['donors: []  # ids from content/organizations, e.g. [usaid]'],
  implementers: ['implementers: []  # ids from content/organizations, e.g. [dpi]'],
  partners: ['partners: []  # ids from content/organizations'],
  countries: ['countries: []  # ISO 3166-1 alpha-2 codes, e.g. [KG, TJ]'],
  regions: ['regions: []  # ids from content/regions.yaml, e.g. [naryn-oblast]'],
  locations: ['locations: []  # e.g. - { name: Barskoon, region: issyk-kul-oblast, lat: 42.15, lng: 77.60 }'],
  solutions: ['solutions: []  # ids from content/solutions.yaml, e.g. [governance]'],
  sdgs: ['sdgs: []  # goal numbers 1-17, e.g. [5, 8]'],
  budget: ['# budget: { amount: 4900000, currency: USD }  # whole units, ISO 4217 code'],
  contacts: ['contacts: []  # e.g. - { name: Sabina Gradwal, role: DPI contact, email: name@example.org }'],
  links: ['links: []  # e.g. - { label: Project website, url: https://example.org/project }'],
  image: ['# image: { src: ./images/my-project.jpg, alt: What the picture shows }  # a local file next to this one'],
  source: ['# source: { url: https://example.org/page, publisher: Publisher name, retrieved: 2024-05-01 }'],
  tags: ['tags: []  # free keywords'],
  methods: ['methods: []  # e.g. [Co-creation]'],
  dataSources: ['dataSources: []  # e.g. [design thinking]'],
  lang: ['lang: en  # language of the record (BCP 47)'],
};

/** A title is one line: line breaks and runs of spaces become one space. */
export function oneLine(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

/** The text of a new project file for `title`, with `fields` in content-model order. */
export function projectTemplate(title: string, fields: readonly string[]): string {
  const lines = [
    '---',
    '# A new project. Fill in what the source states and leave the rest empty: never guess.',
    '# Every field is described in README.md, "Adding a project".',
    // The whole pair through the YAML writer on one line: a long title must not fold onto
    // unindented lines, and a colon, quote or "#" is quoted as YAML requires.
    stringify({ title: oneLine(title) }, { lineWidth: 0 }).trim(),
  ];
  for (const field of fields) {
    if (field === 'title') continue;
    lines.push(...(FIELD_LINES[field] ?? [`# ${field}:`]));
  }
  // The body hint is an HTML comment so that a forgotten placeholder never shows on the site.
  lines.push('---', '', '<!-- Describe the project here in Markdown: its aim, what it does, its results. -->', '');
  return lines.join('\n');
}
