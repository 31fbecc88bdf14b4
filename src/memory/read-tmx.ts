/**
 * Reads French–English pairs from a TMX file (1.4, as CAT tools write it; 1.1 and 1.2 read the
 * same way): each `<tu>` with a French `<tuv>` (`xml:lang` or the older `lang`, `fr`, `fr-FR`,
 * `FR`…) and an English one. Inline codes a tool wraps around formatting (`<bpt>`, `<ept>`,
 * `<ph>`, `<it>`, `<ut>`) are dropped with their content, which is native markup, not text;
 * `<hi>` keeps its text. A pair's date is its `changedate`, else its `creationdate`.
 */
import { BilingualError } from '../errors.ts';
import { createRawSegmentParser, rawNodeText, xmlFragmentText } from '../text/xml-fragment.ts';

export interface TmxPair {
  french: string;
  english: string;
  /** ISO 8601, when the TMX dates the unit. */
  date?: string;
}

export interface TmxDocument {
  pairs: TmxPair[];
  /** Units with no French or no English `<tuv>`, or an empty one. */
  skipped: number;
}

type XmlNode = Record<string, unknown>;

const parser = createRawSegmentParser({ stopNodes: ['*.seg'], arrays: ['tu', 'tuv', 'body'] });

/** The text of a raw `<seg>`: inline codes dropped with their content, other tags with theirs kept, entities decoded. */
function segText(raw: unknown): string {
  const withoutCodes = rawNodeText(raw)
    .replace(/<(bpt|ept|ph|it|ut)\b[^>]*\/>/g, '')
    .replace(/<(bpt|ept|ph|it|ut)\b[^>]*>[\s\S]*?<\/\1>/g, '');
  return xmlFragmentText(withoutCodes).replace(/\s+/g, ' ').trim();
}

/** `20260102T030405Z` to ISO 8601; undefined when it does not parse. */
export function isoFromTmxDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match;
  const date = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}Z`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function language(tuv: XmlNode): string {
  return String(tuv['@_xml:lang'] ?? tuv['@_lang'] ?? '').toLowerCase();
}

export function readTmx(text: string, fileName: string): TmxDocument {
  let root: XmlNode;
  try {
    root = parser.parse(text, true) as XmlNode;
  } catch (error) {
    throw new BilingualError('EXCHANGE_UNREADABLE', `${fileName} is not well-formed XML: ${(error as Error).message.split('\n')[0]}`, { cause: error });
  }
  const tmx = root.tmx as XmlNode | undefined;
  if (tmx === undefined || typeof tmx !== 'object') throw new BilingualError('EXCHANGE_UNREADABLE', `${fileName} is not a TMX file (no <tmx> root element).`);
  const pairs: TmxPair[] = [];
  let skipped = 0;
  for (const body of (tmx.body as XmlNode[] | undefined) ?? []) {
    for (const tu of (body.tu as XmlNode[] | undefined) ?? []) {
      const tuvs = (tu.tuv as XmlNode[] | undefined) ?? [];
      const french = tuvs.find((tuv) => /^fr(-|_|$)/.test(language(tuv)));
      const english = tuvs.find((tuv) => /^en(-|_|$)/.test(language(tuv)));
      const frenchText = french ? segText(french.seg) : '';
      const englishText = english ? segText(english.seg) : '';
      if (frenchText === '' || englishText === '') {
        skipped += 1;
        continue;
      }
      const date = isoFromTmxDate(english?.['@_changedate'] ?? tu['@_changedate'] ?? english?.['@_creationdate'] ?? tu['@_creationdate']);
      pairs.push({ french: frenchText, english: englishText, ...(date ? { date } : {}) });
    }
  }
  return { pairs, skipped };
}
