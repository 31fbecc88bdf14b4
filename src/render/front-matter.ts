import { stringify } from 'yaml';
import type { AlignedArticle } from '../types.ts';
import { escapeBlock } from './markdown-escape.ts';

export type EditionKind = 'side-by-side' | 'interleaved' | 'english' | 'french';

const EDITION_LANGUAGES: Record<EditionKind, string[]> = {
  'side-by-side': ['fr', 'en'],
  interleaved: ['fr', 'en'],
  english: ['en'],
  french: ['fr'],
};

/** The base name of a path, so that no machine path ever reaches an output. */
export function baseName(file: string): string {
  return file.split(/[\\/]/).filter((part) => part !== '').at(-1) ?? file;
}

/** The edition's title: the headline in the edition's first language, else the source file name. */
export function editionTitle(article: AlignedArticle, language: 'fr' | 'en'): string {
  const headline = article.blocks.find((block) => block.role === 'headline');
  const text = headline === undefined ? '' : language === 'fr' ? headline.text : headline.translation;
  return text.trim() === '' ? baseName(article.source.file) : text.trim();
}

/**
 * YAML front matter (`---` … `---`) of a Markdown edition. Keys come in a fixed order and
 * every value comes from the article (the date included), so the same article always gives
 * the same bytes.
 *
 * The title is written as Markdown, escaped like any text of the article: Pandoc (and the
 * tools built on it) reads every metadata string as Markdown, so a headline holding
 * `<script>` written as it is would come out of `pandoc -s` as a live script in the title
 * block. Read as Markdown, the title is the headline exactly.
 */
export function renderFrontMatter(article: AlignedArticle, edition: EditionKind, title: string): string {
  return articleFrontMatter(article, { title: escapeBlock(title), edition, languages: EDITION_LANGUAGES[edition] });
}

/**
 * The front matter of any Markdown file written for an article (editions, QA report): what it
 * is (`heading`), where it comes from (source file, its sha256, provider, engine, date,
 * glossary version), then `extra`.
 */
export function articleFrontMatter(article: AlignedArticle, heading: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  const provenance: Record<string, unknown> = {
    source: baseName(article.source.file),
    sourceSha256: article.source.sha256,
    provider: article.translation.provider,
    engine: article.translation.engine,
    date: article.translation.date,
  };
  if (article.translation.glossaryVersion !== undefined) provenance.glossaryVersion = article.translation.glossaryVersion;
  const human = article.blocks.reduce((sum, block) => sum + block.sentences.filter((sentence) => sentence.origin === 'human').length, 0);
  if (human > 0) provenance.humanTranslations = human; // sentences translated by a person, not the engine
  const parts = [heading, provenance, extra];
  const keys = parts.flatMap((part) => Object.keys(part));
  if (new Set(keys).size !== keys.length) {
    // A key given twice keeps its first place and its last value: render the merged map.
    return `---\n${stringify(Object.assign({}, ...parts), YAML_OPTIONS)}---\n`;
  }
  // A top-level map is written one key after the other, each alone: its parts can be written
  // apart and joined. An article's five Markdown files share their provenance and three share
  // their title, so each part is written once (`yaml` costs about a millisecond a map).
  const { title, ...rest } = heading;
  const pieces = title === undefined ? [heading, provenance, extra] : [{ title }, rest, provenance, extra];
  return `---\n${pieces.map(yamlPairs).join('')}---\n`;
}

/** lineWidth 0: never fold long titles, so the YAML stays one key per line. */
const YAML_OPTIONS = { lineWidth: 0 };

/** The last maps written, by their keys and values (only maps of strings, numbers, booleans and lists of them). */
const written = new Map<string, string>();
const MOST_WRITTEN = 64;

function isPlain(value: unknown): boolean {
  // Only values JSON writes apart from each other (not NaN and Infinity, both `null`, nor -0, `0`), for the key.
  const scalar = (item: unknown) => typeof item === 'string' || typeof item === 'boolean' || (typeof item === 'number' && Number.isFinite(item) && !Object.is(item, -0));
  return scalar(value) || (Array.isArray(value) && value.every(scalar));
}

/**
 * `key: value` as `stringify` writes it, when both are scalars it writes as they are (plain,
 * unquoted, on one line); undefined for anything else. What `yaml` (2.x, YAML 1.2 core schema)
 * writes plain: a string starting with a letter or a digit, on one line, without control
 * characters, unpaired surrogates or the pairs that start a comment or a mapping (` #`,
 * `: `), not ending with a space or a colon, and not read back as another type: `null`,
 * `true`, `false` in their three spellings, and numbers (decimal, `0x`, `0o`, floats with an
 * exponent), all of which a string starting with a letter or holding a character other than
 * digits, `.`, `e`, `E`, `+`, `-` cannot be, save hexadecimal and octal after `0x` and `0o`.
 * Safe integers are written in decimal. Tested against `stringify` on awkward values.
 */
function plainPair(key: string, value: unknown): string | undefined {
  if (!PLAIN_KEY.test(key) || READ_AS_OTHER_TYPE.test(key)) return undefined;
  if (typeof value === 'number') return Number.isSafeInteger(value) && !Object.is(value, -0) ? `${key}: ${value}\n` : undefined;
  if (typeof value !== 'string' || !PLAIN_STRING.test(value) || NOT_PLAIN.test(value)) return undefined;
  if (READ_AS_OTHER_TYPE.test(value) || (/^\d/.test(value) && (!/[^\d.eE+-]/.test(value) || /^0[xo]/.test(value)))) return undefined;
  return `${key}: ${value}\n`;
}

/**
 * `key: "value"` or `key: 'value'` as `stringify` writes it, for a one-line string of printable
 * characters it will not write plain (`QA report: …`, a headline with ` : ` or one opening on
 * a quotation mark): JSON's double quotes, or single quotes around one holding `"` and no `'`,
 * never folded at lineWidth 0; undefined for anything else. An article's QA report title and
 * every headline with a colon went through `yaml` once each, about half a millisecond apiece.
 */
function quotedPair(key: string, value: unknown): string | undefined {
  if (typeof value !== 'string' || !PLAIN_KEY.test(key) || READ_AS_OTHER_TYPE.test(key)) return undefined;
  if (!ONE_LINE_PRINTABLE.test(value) || DOCUMENT_MARKER.test(value) || !QUOTED_BY_YAML.test(value)) return undefined;
  return value.includes('"') && !value.includes("'") ? `${key}: '${value}'\n` : `${key}: ${JSON.stringify(value)}\n`;
}

const PLAIN_KEY = /^[A-Za-z][A-Za-z0-9]*$/;
/** No line break, tab, control character, line or paragraph separator, byte order mark or unpaired surrogate. */
const ONE_LINE_PRINTABLE = /^[^\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]+$/u;
/** What `yaml` reads as a document's start or end at a line's start. */
const DOCUMENT_MARKER = /^(?:%|---|\.\.\.)/;
/** `yaml`'s own test (2.x, `plainString`) of a string it will not write plain: it quotes it. */
const QUOTED_BY_YAML = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
/** Starts with a letter or digit; no line break, tab, control character, line or paragraph separator, byte order mark or unpaired surrogate. */
const PLAIN_STRING = /^[\p{L}\p{N}][^\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]*$/u;
/** What makes `yaml` quote a one-line string: a comment (` #`), a mapping (`: `), a space or colon at the end. */
const NOT_PLAIN = /:[ \t]| #|[ :]$/;
/** YAML 1.2 core words that are not strings (`.inf` and `.nan` cannot start a plain string here). */
const READ_AS_OTHER_TYPE = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

/** One map's `key: value` lines, as `stringify` writes them; '' for an empty map. */
function yamlPairs(data: Record<string, unknown>): string {
  const entries = Object.entries(data);
  if (entries.length === 0) return '';
  // Most of an article's values (its titles, file name, digest, date) are plain or quoted
  // one-line strings, and `yaml` costs about a millisecond a map: those are written here.
  let plain: string | undefined = '';
  for (const [key, value] of entries) {
    const pair = plainPair(key, value) ?? quotedPair(key, value);
    plain = pair === undefined ? undefined : plain + pair;
    if (plain === undefined) break;
  }
  if (plain !== undefined) return plain;
  if (!entries.every(([, value]) => isPlain(value))) return stringify(data, YAML_OPTIONS);
  const key = JSON.stringify(entries);
  let yaml = written.get(key);
  if (yaml === undefined) {
    if (written.size >= MOST_WRITTEN) written.clear();
    yaml = stringify(data, YAML_OPTIONS);
    written.set(key, yaml);
  }
  return yaml;
}
