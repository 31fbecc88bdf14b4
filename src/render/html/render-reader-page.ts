/**
 * The bilingual reader (`<slug>.html`): one self-contained page per article, opening from
 * disk with no network. Furniture on top in a newspaper's hierarchy, the body in two columns
 * aligned paragraph by paragraph (an intertitle a heading, `h2`, in both), captions last. Every sentence is an element carrying its
 * id (`fr-p3.s2`, `en-p3.s2`) and the pair it belongs to (`data-pair`); hovering, focusing or
 * tapping one lights up its translation. Every text of the article goes through
 * `escapeHtml`, and a strict Content-Security-Policy allows nothing but the page's own
 * style and script.
 */
import { tallySentences } from '../tally-sentences.ts';
import { escapeHtml } from '../../text/html.ts';
import type { AlignedArticle, AlignedBlock, AlignedSentence, BlockRole } from '../../types.ts';
import { baseName, editionTitle } from '../front-matter.ts';
import { CAPTION_LABELS, groupBlocks, NO_TRANSLATION_MARK } from '../render-block.ts';
import { englishTypography } from '../../text/english-typography.ts';
import { frenchSpacing } from '../../text/french-spacing.ts';
import { contentSecurityPolicy } from './content-security-policy.ts';
import { documentHead } from './document-head.ts';
import { READER_SCRIPT, READER_STYLE } from './page-assets.ts';
import { sentenceNotes, UNKNOWN_WORD_NOTE, type SentenceNotes } from './sentence-notes.ts';

/** The reader's views, in the order of their controls; the first is the default. */
export const READER_VIEWS = ['side-by-side', 'interleaved', 'english', 'french'] as const;
export type ReaderView = (typeof READER_VIEWS)[number];

const VIEW_LABELS: Record<ReaderView, { label: string; title: string; lang?: string }> = {
  'side-by-side': { label: 'Side by side', title: 'French and English side by side, paragraph by paragraph' },
  interleaved: { label: 'Interleaved', title: 'Each French paragraph, then its English' },
  english: { label: 'English', title: 'English only; hover or focus a sentence to see its French' },
  french: { label: 'Français', title: 'Le texte français seul', lang: 'fr' },
};

/** The engine left its marks before unknown words (Apertium's `*word`). */
function marksUnknownWords(article: AlignedArticle): boolean {
  return /\bmarking unknown words\b/.test(article.translation.engine);
}

/** An unknown word as the engine marks it: `*` right before a word, at its start. */
const UNKNOWN_WORD = /(^|[\s([{«“"'‘—–/-])\*([\p{L}\p{N}][\p{L}\p{N}’'-]*)/gu;

/** English text as HTML, the engine's unknown-word marks (when it left them) shown as marks. */
function englishHtml(text: string, unknownWordsMarked: boolean): string {
  if (!unknownWordsMarked || !text.includes('*')) return escapeHtml(text);
  let html = '';
  let last = 0;
  for (const match of text.matchAll(UNKNOWN_WORD)) {
    const start = match.index + match[1]!.length;
    html += escapeHtml(text.slice(last, start));
    html += `<span class="unknown-word" title="${escapeHtml(UNKNOWN_WORD_NOTE)}">${escapeHtml(match[2]!)}</span>`;
    last = start + 1 + match[2]!.length;
  }
  return html + escapeHtml(text.slice(last));
}

function classAttribute(classes: readonly string[]): string {
  return escapeHtml(['s', ...classes].join(' '));
}

function noteAttributes(notes: SentenceNotes): string {
  if (notes.lines.length === 0) return '';
  const text = escapeHtml(notes.lines.join('\n'));
  return ` title="${text}" data-note="${text}"`;
}

function sentenceElement(language: 'fr' | 'en', sentence: AlignedSentence, notes: SentenceNotes, inner: string, classes: string[]): string {
  return `<span class="${classAttribute(classes)}" id="${language}-${escapeHtml(sentence.id)}" data-pair="${escapeHtml(notes.pair)}" tabindex="0"${noteAttributes(notes)}>${inner}</span>`;
}

/**
 * A block's sentences in one language, as elements separated by spaces; the French with French
 * typography's no-break spaces where the text has plain ones (`frenchSpacing`: `18 %` never
 * wraps), for display only.
 */
function sentencesHtml(block: AlignedBlock, language: 'fr' | 'en', unknownWordsMarked: boolean): string {
  const parts: string[] = [];
  for (const sentence of block.sentences) {
    const notes = sentenceNotes(block, sentence);
    if (language === 'fr') {
      parts.push(sentenceElement('fr', sentence, notes, escapeHtml(frenchSpacing(sentence.text)), notes.frenchClasses));
      continue;
    }
    // A sentence matched with its neighbour to one English sentence has none of its own.
    if (sentence.mergedInto !== undefined) continue;
    const translation = englishTypography(sentence.translation).trim();
    parts.push(
      translation === ''
        ? sentenceElement('en', sentence, notes, NO_TRANSLATION_MARK, [...notes.englishClasses, 's--missing'])
        : sentenceElement('en', sentence, notes, englishHtml(translation, unknownWordsMarked), notes.englishClasses),
    );
  }
  return parts.join(' ');
}

/** The element each role is set in; the headline is the page's one `h1`. */
const ROW_ELEMENTS: Record<BlockRole, { row: string; side: string }> = {
  kicker: { row: 'div', side: 'p' },
  headline: { row: 'h1', side: 'span' },
  standfirst: { row: 'div', side: 'p' },
  byline: { row: 'div', side: 'p' },
  dateline: { row: 'div', side: 'p' },
  paragraph: { row: 'div', side: 'p' },
  caption: { row: 'div', side: 'p' },
};

/** An intertitle (`AlignedBlock.intertitle`): a heading of the body, under the page's `h1`. */
const INTERTITLE_ELEMENTS = { row: 'h2', side: 'span' };

function rowHtml(block: AlignedBlock, unknownWordsMarked: boolean): string {
  const { row, side } = block.intertitle === true ? INTERTITLE_ELEMENTS : ROW_ELEMENTS[block.role];
  const kind = block.intertitle === true ? 'intertitle' : block.role;
  const sideHtml = (language: 'fr' | 'en') => {
    const label = block.role === 'caption' ? `<span class="caption-label">${escapeHtml(CAPTION_LABELS[language].replace(/\s*:$/, ''))}</span>` : '';
    return `<${side} class="${language}" lang="${language}">${label}${sentencesHtml(block, language, unknownWordsMarked)}</${side}>`;
  };
  return `<${row} class="row row--${kind}" id="block-${escapeHtml(block.id)}">${sideHtml('fr')}${sideHtml('en')}</${row}>`;
}

function countSentences(article: AlignedArticle) {
  let unknownWords = 0;
  const unknownWordsMarked = marksUnknownWords(article);
  const tally = tallySentences(article, (sentence) => {
    if (unknownWordsMarked) unknownWords += [...sentence.translation.matchAll(UNKNOWN_WORD)].length;
  });
  return { ...tally, unknownWords };
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

function colophonHtml(article: AlignedArticle): string {
  const counts = countSentences(article);
  const { provider, engine, date } = article.translation;
  const legend: string[] = [
    '<li>Hover, tap or Tab to a sentence to light up its translation; ↑ ↓ move between sentences, ← → to the other language.</li>',
  ];
  if (counts.inferred > 0) legend.push(`<li><span class="s--inferred">Dotted underline</span>: aligned by length (${plural(counts.inferred, 'sentence')}).</li>`);
  if (counts.qaErrors > 0) legend.push(`<li><span class="s--qa-error">Red wavy underline</span>: a translation check failed (${plural(counts.qaErrors, 'sentence')}).</li>`);
  if (counts.qaWarnings > 0) legend.push(`<li><span class="s--qa-warning">Amber wavy underline</span>: worth checking (${plural(counts.qaWarnings, 'sentence')}).</li>`);
  if (counts.human > 0) legend.push(`<li><span class="s--human">Thin bar on the left</span>: translated by a person (${plural(counts.human, 'sentence')}).</li>`);
  if (counts.unknownWords > 0) legend.push(`<li><span class="unknown-word">Dashed underline</span>: a word the engine did not know (${plural(counts.unknownWords, 'word')}).</li>`);
  return [
    '<footer class="colophon">',
    '<div>',
    `<p class="meta">From <strong>${escapeHtml(baseName(article.source.file))}</strong> · ${plural(counts.sentences, 'sentence')} · translated by ${escapeHtml(provider)} (${escapeHtml(engine)}) on <time datetime="${escapeHtml(date)}">${escapeHtml(date)}</time>.</p>`,
    `<ul class="legend">${legend.join('')}</ul>`,
    '</div>',
    '</footer>',
  ].join('\n');
}

function viewControlsHtml(): string {
  const buttons = READER_VIEWS.map((view, index) => {
    const { label, title, lang } = VIEW_LABELS[view];
    const language = lang === undefined ? '' : ` lang="${lang}"`;
    return `<button type="button" data-view="${view}" aria-pressed="${index === 0}" title="${escapeHtml(title)}"${language}>${escapeHtml(label)}</button>`;
  });
  // Hidden until the script runs: without it the buttons could do nothing.
  return `<div class="views no-print" role="group" aria-label="View" hidden>${buttons.join('')}</div>`;
}

/** The page's content security policy: its style sheet and script are the same for every article, so their digests are made once (a build hashed their 18 KB for each article). */
let readerPolicy: string | undefined;

/**
 * The reader page of one article. The same article always gives the same bytes.
 *
 * @example
 * await writeFile('g20/g20.html', renderReaderPage(article));
 */
export function renderReaderPage(article: AlignedArticle): string {
  const { furniture, paragraphs, captions } = groupBlocks(article);
  const unknownWordsMarked = marksUnknownWords(article);
  const title = `${editionTitle(article, 'fr')} · ${editionTitle(article, 'en')}`;
  const policy = (readerPolicy ??= contentSecurityPolicy({ styles: [READER_STYLE], scripts: [READER_SCRIPT] }));
  const body: string[] = [];
  if (furniture.length > 0) body.push(`<header class="furniture">\n${furniture.map((block) => rowHtml(block, unknownWordsMarked)).join('\n')}\n</header>`);
  if (paragraphs.length > 0) {
    body.push('<div class="row column-heads" aria-hidden="true"><span lang="fr">Français</span><span>English</span></div>');
    body.push(`<div class="body">\n${paragraphs.map((block) => rowHtml(block, unknownWordsMarked)).join('\n')}\n</div>`);
  }
  if (captions.length > 0) body.push(`<div class="captions">\n${captions.map((block) => rowHtml(block, unknownWordsMarked)).join('\n')}\n</div>`);
  return [
    ...documentHead({ htmlAttributes: `lang="en" data-view="${READER_VIEWS[0]}"`, policy, title, style: READER_STYLE }),
    '<a class="skip-link" href="#article">Skip to the article</a>',
    '<header class="masthead">',
    '<div class="masthead__inner">',
    `<p class="masthead__title">bilingual · ${escapeHtml(baseName(article.source.file))}</p>`,
    viewControlsHtml(),
    '</div>',
    '</header>',
    '<main id="article">',
    '<article class="edition">',
    ...body,
    '</article>',
    '</main>',
    colophonHtml(article),
    '<div class="note no-print" id="note" role="status" aria-live="polite" hidden></div>',
    '<div class="partner no-print" id="partner" lang="fr" hidden></div>',
    `<script>${READER_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
