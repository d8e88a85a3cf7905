/**
 * The `_headers` file as the static hosts read it, so tests can serve a build with the headers
 * a deploy would send. Rules are a path pattern (`*` matches anything, including slashes)
 * followed by indented `Name: value` lines; Cloudflare Pages also reads `! Name`, which removes
 * a header set by an earlier matching rule.
 */
export interface HeaderRule {
  pattern: string;
  set: [name: string, value: string][];
  detach: string[];
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`header line before any path: ${line}`);
    const detached = /^\s*!\s*(\S+)\s*$/.exec(line);
    if (detached?.[1]) {
      rule.detach.push(detached[1].toLowerCase());
      continue;
    }
    const colon = line.indexOf(':');
    if (colon < 0) throw new Error(`not a header line: ${line}`);
    rule.set.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a rule's pattern matches a request path. */
export function matches(pattern: string, path: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map(escapeRegex).join('.*')}$`);
  return regex.test(path);
}

function escapeRegex(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The headers a path gets: every matching rule in file order, repeated names joined with ", "
 * (what Cloudflare Pages and Netlify both do), `! Name` removing what came before. Each value
 * is also kept apart in `all`, to count how many policies a response carries.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const name of rule.detach) headers.delete(name);
    for (const [name, value] of rule.set) headers.set(name, [...(headers.get(name) ?? []), value]);
  }
  return headers;
}
