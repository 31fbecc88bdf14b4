import packageJson from '../../package.json' with { type: 'json' };
import type { AlignedArticle, AlignedSentence } from '../types.ts';
import { englishTypography } from '../text/english-typography.ts';

export interface TmxOptions {
  /**
   * `creationtool` of the header.
   * @default "bilingual"
   */
  tool?: string;
  /**
   * `creationtoolversion` of the header.
   * @default the version in package.json
   */
  toolVersion?: string;
}

/** Characters XML 1.0 does not allow at all (control characters other than tab, newline, carriage return). */
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Escapes text for XML content and double-quoted attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** ISO 8601 to the TMX date form `YYYYMMDDThhmmssZ`; undefined when the date does not parse. */
export function tmxDate(iso: string): string | undefined {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  return new Date(time).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

interface TranslationUnit {
  ids: string[];
  french: string[];
  english: string;
  alignment: AlignedSentence['alignment'];
  origin: NonNullable<AlignedSentence['origin']>;
}

/** One unit per translated sentence; a sentence merged into another (2-1) joins that one's unit. */
function translationUnits(article: AlignedArticle): TranslationUnit[] {
  const units: TranslationUnit[] = [];
  const byId = new Map<string, TranslationUnit>();
  for (const block of article.blocks) {
    for (const sentence of block.sentences) {
      const target = sentence.mergedInto === undefined ? undefined : byId.get(sentence.mergedInto);
      if (target !== undefined) {
        target.ids.push(sentence.id);
        target.french.push(sentence.text);
        byId.set(sentence.id, target);
        continue;
      }
      if (sentence.translation.trim() === '' || sentence.text.trim() === '') continue;
      const unit: TranslationUnit = { ids: [sentence.id], french: [sentence.text], english: englishTypography(sentence.translation), alignment: sentence.alignment, origin: sentence.origin ?? 'machine' };
      units.push(unit);
      byId.set(sentence.id, unit);
    }
  }
  return units;
}

/**
 * The sentence pairs as a TMX 1.4 translation memory: one `<tu>` per pair with the sentence
 * id as `tuid` (ids joined by `+` when a 2-1 alignment gave two French sentences one English
 * one), the alignment method as a `x-alignment` property and who translated it (`machine`,
 * `human`) as `x-origin`. Sentences with no translation
 * are left out: a translation memory holds pairs only.
 */
export function renderTmx(article: AlignedArticle, options: TmxOptions = {}): string {
  const creationDate = tmxDate(article.translation.date);
  const header = [
    `creationtool="${escapeXml(options.tool ?? 'bilingual')}"`,
    `creationtoolversion="${escapeXml(options.toolVersion ?? packageJson.version)}"`,
    'segtype="sentence"',
    'o-tmf="bilingual-aligned-json"',
    'adminlang="en"',
    'srclang="fr"',
    'datatype="plaintext"',
    ...(creationDate === undefined ? [] : [`creationdate="${creationDate}"`]),
  ].join(' ');
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<tmx version="1.4">', `  <header ${header}>`];
  lines.push(`    <prop type="x-source-file">${escapeXml(article.source.file.split(/[\\/]/).at(-1) ?? '')}</prop>`);
  lines.push(`    <prop type="x-source-sha256">${escapeXml(article.source.sha256)}</prop>`);
  lines.push(`    <prop type="x-engine">${escapeXml(`${article.translation.provider}: ${article.translation.engine}`)}</prop>`);
  lines.push('  </header>', '  <body>');
  for (const unit of translationUnits(article)) {
    lines.push(
      `    <tu tuid="${escapeXml(unit.ids.join('+'))}">`,
      `      <prop type="x-alignment">${unit.alignment}</prop>`,
      `      <prop type="x-origin">${unit.origin}</prop>`,
      `      <tuv xml:lang="fr"><seg>${escapeXml(unit.french.join(' '))}</seg></tuv>`,
      `      <tuv xml:lang="en"><seg>${escapeXml(unit.english)}</seg></tuv>`,
      '    </tu>',
    );
  }
  lines.push('  </body>', '</tmx>');
  return `${lines.join('\n')}\n`;
}
