import type { PagefindResultData } from './pagefind.ts';

/**
 * Pagefind's excerpt is HTML with <mark> around matches. Only the marks are kept: everything
 * else becomes text, so nothing from page content can turn into markup here.
 */
export function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  const nodes: Node[] = [];
  for (const child of parsed.body.firstElementChild?.childNodes ?? []) {
    if (child.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = child.textContent;
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(child.textContent ?? ''));
    }
  }
  return nodes;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One result card, built with DOM APIs and textContent only. */
export function renderResult(data: PagefindResultData, labels: { donors: string; countries: string }): HTMLLIElement {
  const item = element('li', 'grid');
  const card = element('article', 'rounded-lg border border-slate-200 p-4 dark:border-slate-700');
  if (data.meta.image) {
    // Pagefind takes the page's first image as `image`, with its alt text as `image_alt`.
    const image = element('img', 'float-right mb-2 ml-3 h-20 w-28 rounded object-cover');
    image.src = data.meta.image;
    image.alt = data.meta.image_alt ?? '';
    image.loading = 'lazy';
    card.append(image);
  }
  const heading = element('h3', 'text-lg font-semibold leading-snug');
  const link = element('a', '', data.meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  card.append(heading);
  const facts = [data.meta.status, data.meta.dates].filter(Boolean).join(' · ');
  if (facts) card.append(element('p', 'mt-1 text-sm text-slate-600 dark:text-slate-400', facts));
  if (data.meta.summary) card.append(element('p', 'mt-2 text-slate-700 dark:text-slate-300', data.meta.summary));
  const excerpt = element(
    'p',
    'mt-2 text-sm text-slate-700 dark:text-slate-300 [&_mark]:bg-amber-200 [&_mark]:text-slate-950',
  );
  excerpt.append('… ', ...excerptNodes(data.excerpt), ' …');
  card.append(excerpt);
  const list = element('dl', 'mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm');
  for (const [label, value] of [
    [labels.donors, data.meta.donors],
    [labels.countries, data.meta.countries],
  ] as const) {
    if (!value) continue;
    list.append(element('dt', 'font-medium text-slate-600 dark:text-slate-400', label), element('dd', '', value));
  }
  if (list.childElementCount) card.append(list);
  item.append(card);
  return item;
}
