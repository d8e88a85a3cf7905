/**
 * Text that belongs to the publisher's site or form rather than to the project: share links,
 * navigation left at the end of a page, form instructions, and sentences about the
 * publisher's funders in general. The importer drops the first three from the body and
 * never reads facts (donors, dates) from the last.
 */
import { squash } from './text.ts';

// Lines that are site chrome wherever they appear.
const CHROME = new Set([
  'share this page',
  'share this',
  'print this page',
  'email this page',
  'back to top',
  'skip to main content',
]);

// Navigation labels: dropped when they make up the run of short lines that ends a page
// ("Press Center / Press Releases / Speeches & reports / Photo Gallery"), never mid-text,
// where "News" or "Home" may be a real heading.
const NAVIGATION = new Set([
  ...CHROME,
  'share',
  'print',
  'press center',
  'press centre',
  'press releases',
  'press release',
  'speeches & reports',
  'speeches and reports',
  'photo gallery',
  'video gallery',
  'news',
  'news and events',
  'related links',
  'related content',
  'read more',
  'follow us',
  'contact us',
  'subscribe',
  'home',
  'about us',
  'sitemap',
  'facebook',
  'twitter',
  'linkedin',
  'youtube',
  'instagram',
]);

function navigationKey(line: string): string {
  return squash(line)
    .toLowerCase()
    .replace(/^[\s>*#-]+|[\s.:|»›]+$/g, '');
}

/** True for a share button or similar chrome, which is dropped wherever it is. */
export function isSiteChrome(line: string): boolean {
  const text = navigationKey(line);
  return CHROME.has(text) || /^(?:©|copyright\b)|all rights reserved/.test(text);
}

/** True for a navigation label, dropped when it is part of a page's trailing menu. */
export function isNavigationLine(line: string): boolean {
  return NAVIGATION.has(navigationKey(line)) || isSiteChrome(line);
}

/** "Photo: Smail.kg", "Photo credit: UNDP". */
export function isPhotoCredit(line: string): boolean {
  return /^\s*(?:photo(?:graph)?(?: credit)?|image(?: credit)?|credit|фото)\s*[:：]\s*\S.{0,80}$/i.test(line);
}

// Sentences that describe whom the publisher works with in general. Organisations named in
// them are the publisher's funders or partners across its portfolio, not this project's:
// "our funders include…", "(funding from SDC, FCDO, USAID, … and other international
// organizations", "implemented about 60 projects".
const GENERAL_FUNDING = [
  /\b(?:our|its|their)\s+(?:funders|donors|partners|clients)\s+(?:include|are|have included)\b/i,
  /\bfunding\s+from\b.*\band\s+other\s+(?:international\s+)?(?:organi[sz]ations|donors|partners)\b/i,
  /\b(?:implemented|completed|managed|delivered|carried out)\s+(?:about|over|more than|some|around|nearly)?\s*\d+\s+projects\b/i,
  /\b(?:we|it|they)\s+(?:have|has)\s+(?:worked|partnered)\s+with\b/i,
  /\bwas the first\b.*\borgani[sz]ation\b/i,
];

/** True for a sentence about the publisher's funders or portfolio in general. */
export function isGeneralFundingSentence(sentence: string): boolean {
  return GENERAL_FUNDING.some((pattern) => pattern.test(sentence));
}

/** Questionnaire instructions left in an export: "Please note: we ask you to…". */
export function isFormInstruction(text: string): boolean {
  return (
    /^\s*(?:please note|note to (?:applicants|respondents)|instructions?)\s*:/i.test(text) ||
    /\bwe ask you to\b/i.test(text)
  );
}
