/**
 * Related web pages named in a body: Markdown links with their text, "Label: https://…"
 * lines, and websites cited in prose ("on www.legalmap.gov.kg"). A bare address with no
 * words around it (a list of attachments) is left in the body and not turned into a link.
 */
import type { Root, RootContent } from 'mdast';
import { textOf } from '../formats/markdown-input.ts';
import { squash } from '../text/text.ts';

export interface FoundLink {
  label: string;
  url: string;
  snippet: string;
  rule: string;
}

const LABELLED_URL = /^([^:]{2,80}?)\s*:\s*((?:https?:\/\/|www\.)\S+)$/i;
const WWW = /(?<![\w/.@-])www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[^\s),]*)?/gi;

const looksLikeAddress = (text: string) => /^(?:https?:\/\/|www\.)/i.test(text.trim());

function absolute(url: string): string | undefined {
  const address = (/^www\./i.test(url) ? `http://${url}` : url).replace(/[.,;:]+$/, '');
  return /^https?:\/\//i.test(address) && URL.canParse(address) ? address : undefined;
}

function walk(nodes: readonly RootContent[], visit: (node: RootContent) => void): void {
  for (const node of nodes) {
    visit(node);
    if ('children' in node) walk(node.children as RootContent[], visit);
  }
}

export function findLinks(tree: Root, sentences: readonly string[]): FoundLink[] {
  const found: FoundLink[] = [];
  const add = (label: string, raw: string, snippet: string, rule: string) => {
    const url = absolute(raw);
    if (url && !found.some((link) => link.url === url)) found.push({ label: squash(label), url, snippet, rule });
  };
  walk(tree.children, (node) => {
    if (node.type === 'link') {
      const label = textOf(node);
      if (label && !looksLikeAddress(label) && !/^image \(no description given\)$/i.test(label)) {
        add(label, node.url, `[${label}](${node.url})`, 'Markdown link');
      }
    } else if (node.type === 'paragraph') {
      const labelled = LABELLED_URL.exec(textOf(node));
      if (labelled?.[1] && labelled[2]) add(labelled[1], labelled[2], labelled[0], '"Label: address" line');
    }
  });
  for (const sentence of sentences) {
    for (const match of sentence.matchAll(WWW)) {
      const address = match[0].replace(/[.,;:]+$/, '');
      add(address, address, sentence, 'website named in the text');
    }
  }
  return found;
}
