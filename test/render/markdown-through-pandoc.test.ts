/**
 * Every Markdown edition converted by Pandoc (Debian's `pandoc`, as `pandoc -s name.md`),
 * for an article whose every block means something to Markdown, to Pandoc's own Markdown
 * and to HTML: the HTML that comes out holds the article's text as text, the title block
 * included, and no element the article's characters could have made.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderQaReport } from '../../src/render/render-qa-report.ts';
import { englishTypography, renderEnglish, renderFrench, renderInterleaved, renderSideBySide } from '../../src/render/index.ts';
import { decodeEntities, tokenizeHtml } from '../../src/text/html.ts';
import { alignedArticle, alignedBlock } from '../fixtures/aligned/build-article.ts';
import { HOSTILE_TEXTS } from '../fixtures/aligned/hostile-article.ts';

const run = promisify(execFile);

/** What Pandoc's Markdown reads beyond CommonMark. */
const PANDOC_TEXTS = [
  'Un prix de $5 ou $x$ dollars, 2^10^ et H~2~O.',
  'a) Une énumération à la française.',
  '(ii) Et une autre, en chiffres romains.',
  '(@) Un exemple numéroté.',
  ': Une définition ?',
  '::: Un bloc',
  'Un titre {#ancre .classe} et [un span]{.x} et `code`{=html}.',
  'Un appel de note^[note] et une citation [@doe].',
  '<!-- commentaire --> et <div>bloc</div>',
];

const SCRIPT_HEADLINE = '<script>alert(1)</script> | *Titre* "cité" & <b>gras</b>';

const article = alignedArticle(
  [
    alignedBlock('k1', 'kicker', [['<i>SURTITRE</i> $1$', '<i>KICKER</i> $1$']], 1),
    alignedBlock('h1', 'headline', [[SCRIPT_HEADLINE, SCRIPT_HEADLINE.replace('Titre', 'Title').replace('cité', 'quoted').replace('gras', 'bold')]], 2),
    alignedBlock('sf1', 'standfirst', [['1. Chapeau <img src=x onerror=alert(1)>', '1. Standfirst <img src=x onerror=alert(1)>']], 3),
    alignedBlock('by1', 'byline', [['Par <a href="http://x.test">Anne</a>', 'By <a href="http://x.test">Anne</a>']], 4),
    ...[...HOSTILE_TEXTS, ...PANDOC_TEXTS].map((text, index) => alignedBlock(`p${index + 1}`, 'paragraph', [[`${text} (fr)`, `${text} (en)`]], 10 + index)),
    alignedBlock('c1', 'caption', [['Légende <script>alert(2)</script>', 'Caption <script>alert(2)</script>']], 60),
  ],
  '<script>alert(3)</script>.txt',
);
article.blocks[5]!.sentences[0]!.qa = [{ check: 'qa/numbers', severity: 'error', message: '"<b>12</b>" | *is* missing.' }];

/** Pandoc's `smart` typesetting, undone on both sides: the same text, typeset. */
function untypeset(text: string): string {
  return text
    .replace(/[“”„]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/—/g, '---')
    .replace(/–/g, '--')
    .replace(/…/g, '...')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Tags that the article's characters could make, and that no edition writes itself. */
const INJECTED = new Set(['script', 'img', 'a', 'code', 'b', 'i', 'sup', 'sub', 'del', 'pre', 'div', 'span', 'dl', 'dt', 'dd', 'ol', 'iframe', 'math']);

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bilingual-pandoc-'));
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

async function pandoc(name: string, markdown: string): Promise<string> {
  const path = join(work, name);
  await writeFile(path, markdown);
  try {
    const { stdout } = await run('pandoc', ['-s', path], { maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error('pandoc is not installed: run `npm run setup` (or apt-get install pandoc).');
    throw error;
  }
}

const EDITIONS = [
  ['side-by-side', 'article.fr-en.md', renderSideBySide, ['fr', 'en']],
  ['interleaved', 'article.fr-en.interleaved.md', renderInterleaved, ['fr', 'en']],
  ['English', 'article.en.md', renderEnglish, ['en']],
  ['French', 'article.fr.md', renderFrench, ['fr']],
] as const;

describe.each(EDITIONS)('the %s edition through pandoc -s', (_name, file, render, languages) => {
  it('holds the article as text, title block included, and no element made by the text', async () => {
    const html = await pandoc(file, render(article));
    const tokens = tokenizeHtml(html);
    const tags = tokens.flatMap((token) => (token.kind === 'tag' ? [token.name] : []));
    expect(tags.filter((tag) => INJECTED.has(tag))).toEqual([]);
    expect(tags).not.toContain('script');

    const headline = article.blocks.find((block) => block.role === 'headline')!;
    const title = languages[0] === 'fr' ? headline.text : englishTypography(headline.translation);
    const titleBlock = /<h1 class="title">([\s\S]*?)<\/h1>/.exec(html);
    expect(titleBlock, 'pandoc writes the title block').not.toBeNull();
    expect(untypeset(decodeEntities(titleBlock![1]!))).toBe(untypeset(title));
    expect(untypeset(decodeEntities(/<title>([\s\S]*?)<\/title>/.exec(html)![1]!))).toBe(untypeset(title));

    const body = html.slice(html.indexOf('<body'));
    const text = untypeset(tokenizeHtml(body).map((token) => (token.kind === 'text' ? decodeEntities(token.raw) : ' ')).join(''));
    for (const block of article.blocks) {
      for (const language of languages) {
        const expected = untypeset(language === 'fr' ? block.text : englishTypography(block.translation));
        expect(text.includes(expected), `${block.id} (${language}) "${expected}"`).toBe(true);
      }
    }
  });
});

describe('the QA report through pandoc -s', () => {
  it('holds the findings and the headline as text', async () => {
    const html = await pandoc('article.qa.md', renderQaReport(article));
    const tags = tokenizeHtml(html).flatMap((token) => (token.kind === 'tag' ? [token.name] : []));
    expect(tags.filter((tag) => INJECTED.has(tag) && tag !== 'code')).toEqual([]);
    const titleBlock = /<h1 class="title">([\s\S]*?)<\/h1>/.exec(html)!;
    expect(untypeset(decodeEntities(titleBlock[1]!))).toBe(untypeset(`QA report: ${SCRIPT_HEADLINE}`));
    const text = untypeset(tokenizeHtml(html.slice(html.indexOf('<body'))).map((token) => (token.kind === 'text' ? decodeEntities(token.raw) : ' ')).join(''));
    expect(text).toContain(untypeset('"<b>12</b>" | *is* missing.'));
  });
});
