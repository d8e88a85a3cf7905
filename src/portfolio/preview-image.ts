/**
 * The social preview image of a project as an SVG template, rendered to PNG at build time
 * (src/pages/og/[slug].png.ts). Text uses the system's sans-serif fonts: no remote font.
 */

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** Escapes text for SVG character data and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Breaks `text` into at most `maxLines` lines of at most `width` characters, between words;
 * a word longer than a line is cut, and text left over ends the last line with "…".
 */
export function wrapLines(text: string, width: number, maxLines: number): string[] {
  // A dash joins words without a space ("Tajikistan—Policy"); a line may still break after it.
  const words = text
    .trim()
    .split(/\s+/)
    .flatMap((word) => word.split(/(?<=[—–])/))
    .filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let index = 0;
  for (; index < words.length; index++) {
    const word = words[index] ?? '';
    const candidate = line ? `${line}${/[—–]$/.test(line) ? '' : ' '}${word}` : word;
    if (candidate.length <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    if (lines.length === maxLines) break;
    line = word.length > width ? `${word.slice(0, width - 1)}…` : word;
  }
  if (line && lines.length < maxLines) lines.push(line);
  else if (index < words.length || line) {
    const last = lines.at(-1) ?? '';
    lines[lines.length - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
  }
  return lines;
}

export interface PreviewText {
  /** The big text: the project's title. */
  title: string;
  /** One line under it, e.g. "USAID · Kyrgyzstan · 2013 – 2020". */
  subtitle: string;
  /** The site's name, at the foot. */
  site: string;
}

/** The 1200×630 SVG of a preview image. */
export function previewSvg({ title, subtitle, site }: PreviewText): string {
  const titleLines = wrapLines(title, 26, 3);
  const subtitleLine = wrapLines(subtitle, 60, 1)[0] ?? '';
  const font = "font-family=\"'DejaVu Sans', 'Liberation Sans', Arial, sans-serif\"";
  const titleText = titleLines
    .map((line, i) => `<tspan x="80" dy="${i === 0 ? 0 : 74}">${escapeXml(line)}</tspan>`)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}">`,
    `<rect width="100%" height="100%" fill="#0f3d3e"/>`,
    `<rect x="0" y="0" width="24" height="100%" fill="#34d399"/>`,
    `<text x="80" y="170" ${font} font-size="60" font-weight="bold" fill="#ffffff">${titleText}</text>`,
    `<text x="80" y="${170 + titleLines.length * 74 + 30}" ${font} font-size="32" fill="#d1fae5">${escapeXml(subtitleLine)}</text>`,
    `<text x="80" y="570" ${font} font-size="28" fill="#a7f3d0">${escapeXml(site)}</text>`,
    '</svg>',
  ].join('');
}
