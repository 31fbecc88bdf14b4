/**
 * Test helpers that read an edition the way a reader's tool would: YAML front matter with
 * the `yaml` package, the body with a real CommonMark + GFM parser (unified, remark-parse,
 * remark-gfm), and style with markdownlint.
 */
import { lint } from 'markdownlint/sync';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';

/** The part of an mdast node the tests look at. */
export interface MarkdownNode {
  type: string;
  value?: string;
  depth?: number;
  children?: MarkdownNode[];
}

/**
 * The front matter and the body. The `title` is given as the text a reader sees: Pandoc and
 * the tools built on it read metadata strings as Markdown, so the editions write it as
 * Markdown (escaped), and its text is what must equal the headline.
 */
export function splitFrontMatter(markdown: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (match === null) throw new Error('The edition has no YAML front matter.');
  const data = parseYaml(match[1]!) as Record<string, unknown>;
  if (typeof data.title === 'string') data.title = nodeText(parseMarkdown(data.title));
  return { data, body: markdown.slice(match[0].length) };
}

export function parseMarkdown(body: string): MarkdownNode {
  return unified().use(remarkParse).use(remarkGfm).parse(body) as unknown as MarkdownNode;
}

/** The text a reader sees in a node: text, inline code and the text of links and emphasis. */
export function nodeText(node: MarkdownNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'html') return node.value ?? '';
  if (node.type === 'break') return '\n';
  return (node.children ?? []).map(nodeText).join('');
}

/** Node types found anywhere under a node (to prove no link, HTML, list or code came out of text). */
export function nodeTypes(node: MarkdownNode, found = new Set<string>()): Set<string> {
  found.add(node.type);
  for (const child of node.children ?? []) nodeTypes(child, found);
  return found;
}

/**
 * markdownlint with every default rule on except these, each for a reason:
 * - MD013 line-length: each block is one line by design and GFM table rows cannot wrap.
 * - MD036 no-emphasis-as-heading: kicker and dateline are newspaper furniture shown in bold;
 *   making them headings would put one-word labels in the document outline.
 * - MD026 no-trailing-punctuation (headings): the headline is the newspaper's own text; a
 *   headline ending in `!` or `.` is kept as printed.
 * - MD034 no-bare-urls: a URL printed in an article is its text; it is escaped as text and
 *   GFM shows it as a link anyway.
 * - MD025 single-title: kept on, but not counting the front matter `title`, which repeats the
 *   visible `#` headline as metadata for tools.
 */
export const MARKDOWNLINT_CONFIG = {
  default: true,
  MD013: false,
  MD036: false,
  MD026: false,
  MD034: false,
  MD025: { front_matter_title: '' },
} as const;

/** markdownlint's findings as readable lines; empty when the edition is clean. */
export function lintMarkdown(markdown: string, name = 'edition.md'): string[] {
  const results = lint({ strings: { [name]: markdown }, config: MARKDOWNLINT_CONFIG });
  return (results[name] ?? []).map(
    (error) => `${name}:${error.lineNumber} ${error.ruleNames.join('/')} ${error.ruleDescription}${error.errorDetail ? ` (${error.errorDetail})` : ''}${error.errorContext ? ` [${error.errorContext}]` : ''}`,
  );
}
