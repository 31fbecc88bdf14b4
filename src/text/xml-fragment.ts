/**
 * Reading XML whose segments carry inline markup (XLIFF's `<source>`/`<target>`, TMX's
 * `<seg>`): the parser keeps those elements raw (`stopNodes`), and their text is read here,
 * once, the same way for every exchange format.
 */
import { XMLParser } from 'fast-xml-parser';
import { decodeEntities } from './html.ts';

/** A parser that keeps attributes and white space as written and leaves `stopNodes` raw. */
export function createRawSegmentParser(options: { stopNodes: string[]; arrays: readonly string[] }): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    stopNodes: options.stopNodes,
    isArray: (name) => options.arrays.includes(name),
  });
}

/** The raw string of a parsed stop node (an element with attributes comes as an object). */
export function rawNodeText(raw: unknown): string {
  if (raw === undefined || raw === null) return '';
  if (typeof raw === 'object') return rawNodeText((raw as Record<string, unknown>)['#text']);
  return String(raw);
}

/** Text of a raw XML fragment: CDATA kept as text, tags dropped, entities decoded, white space as written. */
export function xmlFragmentText(fragment: string): string {
  return decodeEntities(fragment.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_match, text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')).replace(/<[^>]*>/g, ''));
}
