/**
 * The document model shared by every stage of the pipeline.
 *
 * ingest (bytes -> text) -> layout (text -> blocks with roles, repairs) ->
 * segment (blocks -> sentences) -> translate -> align -> render.
 *
 * `StructuredArticle` is what `bilingual segment` prints as JSON and what later stages consume.
 * `AlignedArticle` adds a translation to every sentence; it is the `<slug>.json` of `build`.
 */

/** The role a block plays on the page, in reading order. */
export type BlockRole =
  | 'kicker'
  | 'headline'
  | 'standfirst'
  | 'byline'
  | 'dateline'
  | 'paragraph'
  | 'caption';

/** Reading order of roles: furniture first, then body, captions last. */
export const ROLE_ORDER: readonly BlockRole[] = [
  'kicker',
  'headline',
  'standfirst',
  'byline',
  'dateline',
  'paragraph',
  'caption',
];

/** Which input layout a file was detected to be in (`pdf`: read from a PDF's pages). */
export type LayoutKind = 'print' | 'plain' | 'pdf' | 'html';

/** A rectangle on a PDF page, in points from the page's top-left corner. */
export interface SourceBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A 1-based line range in the decoded source text. For a PDF, lines are the page's text
 * lines in reading order, and the block's page and box are given too.
 */
export interface SourceSpan {
  startLine: number;
  endLine: number;
  /** PDF only: the 1-based page the block starts on. */
  page?: number;
  /** PDF only: the page the block ends on, when it runs over to another page. */
  endPage?: number;
  /** PDF only: the block's box on its first page. */
  box?: SourceBox;
}

export interface Sentence {
  /** Stable id, `<blockId>.s<n>` (for example `p3.s2`), n counted from 1. */
  id: string;
  text: string;
}

export interface Block {
  /** Stable id: `k1` kicker, `h1` headline, `sf1` standfirst, `by1` byline, `dl1` dateline, `p1`… paragraph, `c1` caption. */
  id: string;
  role: BlockRole;
  /** Cleaned text of the block: one line, single spaces, words rejoined. */
  text: string;
  sentences: Sentence[];
  /** Where the block came from in the source. */
  source: SourceSpan;
  /**
   * Set on a paragraph that is a heading between paragraphs of the body (an intertitle, which
   * the layout gives a paragraph of its own, since the roles have no subheading): the structure
   * stage marks it (src/segment/intertitles.ts), the editions set it as a heading. Unset:
   * running text, or any other role.
   */
  intertitle?: true;
}

/** Kinds of repair made while cleaning, each shown to the user with its line. */
export type RepairKind =
  | 'hyphen-joined' // `anony-` + `mat` -> `anonymat`
  | 'hyphen-kept' // `Etats-` + `Unis` -> `Etats-Unis`
  | 'hyphen-restored' // `HauteSavoie` (pdftotext removed the hyphen of `Haute-|Savoie`) -> `Haute-Savoie`
  | 'space-inserted' // `Peskov.«La` -> `Peskov. «La`
  | 'space-collapsed' // two or more spaces -> one
  | 'space-normalized' // `les\u00A0transports` (an extraction's no-break space between every two words) -> `les transports`
  | 'role-assigned' // a block was given a role by a layout rule
  | 'paragraph-joined' // a column break inside a paragraph was removed
  | 'encoding-decoded' // the bytes were decoded from a non-UTF-8 encoding
  | 'paragraph-split' // a paragraph ended with no blank line: a short last line, the next line's indent
  | 'page-furniture-removed' // a running header, a folio or a form feed was removed
  | 'columns-reordered' // side-by-side columns (pdftotext -layout) were read one after the other
  | 'ocr-hyphen-replaced' // OCR's `¬` at a line end -> `-`
  | 'hyphen-character-normalized' // a soft hyphen (U+00AD) at a line end -> `-`, elsewhere removed; U+2010/U+2011 -> `-`
  | 'ligature-expanded' // `ﬁ` -> `fi`
  | 'accent-composed' // TeX's accent an extraction wrote apart, `l’´et´e` -> `l’été`, `châıne` -> `chaîne`
  | 'font-codes-read' // TeX's OT1 codes an extraction wrote as control characters, `c\u0013 el\u0013 ebr\u0013 e` -> `c´ el´ ebr´ e`, `o\u000Eciers` -> `officiers`
  | 'guillemets-read' // babel's guillemets drawn in OT1 as `≪` `≫` around French words -> `«` `»`
  | 'apostrophe-normalized' // `'` and `’` mixed -> the article's majority form
  | 'ocr-misread-corrected' // OCR's `il à annoncé` -> `il a annoncé`, the grammar showing the misread
  | 'drop-cap-joined' // a PDF's drop cap `L` + `e conseil` -> `Le conseil`
  | 'small-capitals-lowered' // a PDF's small capitals made of smaller capitals `E` + `RWAN` -> `Erwan`
  | 'line-rejoined' // `de` / `Saint-Dizier.` / `Le` / `centre`, one word a line -> one printed line
  | 'line-drawn-twice-removed' // a PDF's line painted at a column's foot and again at the next one's head (clipped slices) -> once
  | 'drawn-frame-removed' // a box drawn in characters (`+−−+` borders, `|` sides) -> its text alone, on its own lines
  | 'line-split'; // `deux dépanneuses.BLOIS — Un homme` (two printed lines an extraction wrote as one) -> two lines

export interface Repair {
  kind: RepairKind;
  /** 1-based line in the decoded source text. */
  line: number;
  /** What was there (for example `anony-|mat`). */
  before?: string;
  /** What it became (for example `anonymat`). */
  after?: string;
  /** Why: the rule or evidence that decided (for example `lexicon`, `document`, `capitalised`). */
  reason: string;
  /** The evidence in words, for a person checking the repair (for example `the word list knows "anonymat"`). */
  evidence?: string;
}

export interface Warning {
  /** Stable id of the rule that raised it, for example `layout/uncertain-hyphen`. */
  rule: string;
  message: string;
  line?: number;
}

export interface SourceInfo {
  /** File name as given by the user (never an absolute machine path in outputs: the base name). */
  file: string;
  /** Encoding the bytes were decoded from (`pdf` for a PDF's text layer). */
  encoding: string;
  /** sha256 of the raw input bytes, hex. */
  sha256: string;
  bytes: number;
  layout: LayoutKind;
}

export interface StructuredArticle {
  source: SourceInfo;
  language: 'fr';
  blocks: Block[];
  repairs: Repair[];
  warnings: Warning[];
}

/** How a sentence's translation was matched to it. */
export type AlignmentMethod =
  | 'markup' // read back from the element carrying the sentence id: exact by construction
  | 'inferred' // length-based (Gale-Church) alignment of the returned paragraph
  | 'sentence'; // the sentence was translated on its own

/**
 * Who wrote a sentence's translation: `machine`, the provider; `human`, a person (an edited
 * edition or XLIFF taken back with `bilingual import`, or a TMX in the translation memory).
 */
export type SentenceOrigin = 'machine' | 'human';

export interface AlignedSentence extends Sentence {
  translation: string;
  alignment: AlignmentMethod;
  /** Who wrote the translation; absent in documents written before it was recorded, which are all machine. */
  origin?: SentenceOrigin;
  /**
   * Set when a length-based alignment matched this sentence and the one before it to one
   * English sentence (a 2-1 bead): the id of the sentence that holds the translation. This
   * sentence's own `translation` is then empty.
   */
  mergedInto?: string;
  /** QA findings on this pair (issue 6); empty when all checks pass. */
  qa?: QaFinding[];
  /**
   * Words of the translation the engine marked as unknown (Apertium's `*word`, `#word`,
   * `@word`), the marks taken out of the text; for `qa/unknown-word`. Unset: none marked.
   */
  unknownWords?: string[];
  /**
   * Set when the provider gave this sentence no usable translation (an LLM's refusal, an answer
   * no retry, split or sentence-alone request repaired): why, in the provider's words. The
   * `translation` is then empty, editions show `[no translation]`, `qa/untranslated` reports
   * it, and the next run asks again (its paragraph is not cached).
   */
  untranslated?: string;
}

export interface AlignedBlock extends Omit<Block, 'sentences'> {
  sentences: AlignedSentence[];
  /** The block's translation as one text (the sentences' translations joined). */
  translation: string;
}

export interface QaFinding {
  /** Stable id of the check, for example `qa/number-mismatch`. */
  check: string;
  severity: 'error' | 'warning';
  message: string;
}

export interface TranslationInfo {
  provider: string;
  /** Engine or model and its version, for example `apertium 3.8.3 fr-es+spa-eng` or `nmt`. */
  engine: string;
  sourceLanguage: 'fr';
  targetLanguage: 'en';
  /** ISO 8601 time the article was built. */
  date: string;
  glossaryVersion?: string;
}

/**
 * What the provider could not do, or had to do again, for a block or one of its sentences:
 * the QA report's per-provider section. Only for what this run sent (a cached answer has none).
 */
export interface ProviderNote {
  /**
   * `untranslated`: no usable translation; `repaired`: the first answer was refused and a
   * further request of the provider repaired it; `retried`: a request holding the block failed
   * and was sent again; `split`: the service refused a request holding it as too large, and
   * it went in halves.
   */
  kind: 'untranslated' | 'repaired' | 'retried' | 'split';
  /** The block's id. */
  block: string;
  /** The sentence's id, when the note is about one sentence. */
  sentence?: string;
  /** What was wrong, in the provider's or the scheduler's words. */
  reason: string;
}

export interface AlignedArticle extends Omit<StructuredArticle, 'blocks'> {
  blocks: AlignedBlock[];
  translation: TranslationInfo;
  /** What the provider noted while translating this article; unset when nothing. */
  providerNotes?: ProviderNote[];
}
