/**
 * Reads an XLIFF 1.2 file back, as `renderXliff` wrote it or as a CAT tool returned it: each
 * `<trans-unit>` with its id, French, English, state and the French hash of the export.
 * Inline markup a tool may add inside a segment (`<g>`, `<x/>`, `<mrk>`) is dropped to its text.
 */
import { BilingualError } from '../errors.ts';
import { createRawSegmentParser, rawNodeText, xmlFragmentText } from '../text/xml-fragment.ts';
import { SOURCE_HASH_PREFIX } from './render-xliff.ts';

export interface XliffUnit {
  id: string;
  source: string;
  /** Absent when the unit has no `<target>`. */
  target?: string;
  /** The target's `state` attribute, when there is one. */
  state?: string;
  /** The unit's `approved="yes"`. */
  approved: boolean;
  /** The French hash `renderXliff` wrote in `extradata`, when the tool kept it. */
  sourceHash?: string;
}

export interface XliffDocument {
  /** The `original` of the first `<file>`: the article's file name. */
  original?: string;
  /** The article's sha256 from the header, when present. */
  sourceSha256?: string;
  /** Every unit of every file and group (a body's own units before its groups'): import matches them by id. */
  units: XliffUnit[];
}

type XmlNode = Record<string, unknown>;

// The segments are read raw, so inline markup and entities are handled in one place.
const parser = createRawSegmentParser({ stopNodes: ['*.source', '*.target'], arrays: ['file', 'group', 'trans-unit', 'note', 'body'] });

/** Text of a raw XML fragment: tags dropped, entities decoded, white space as written. */
function fragmentText(raw: unknown): string {
  return xmlFragmentText(rawNodeText(raw));
}

/** Parses an XLIFF 1.2 document; anything else is refused in one line naming the file. */
export function readXliff(text: string, fileName: string): XliffDocument {
  let root: XmlNode;
  try {
    root = parser.parse(text, true) as XmlNode;
  } catch (error) {
    throw new BilingualError('EXCHANGE_UNREADABLE', `${fileName} is not well-formed XML: ${(error as Error).message.split('\n')[0]}`, { cause: error });
  }
  const xliff = root.xliff as XmlNode | undefined;
  if (xliff === undefined || typeof xliff !== 'object') {
    throw new BilingualError('EXCHANGE_UNREADABLE', `${fileName} is not an XLIFF file (no <xliff> root element).`);
  }
  const version = String(xliff['@_version'] ?? '');
  if (version !== '' && !version.startsWith('1.')) {
    throw new BilingualError('EXCHANGE_UNREADABLE', `${fileName} is XLIFF ${version}; bilingual reads XLIFF 1.2, as it exports it.`);
  }
  const files = (xliff.file as XmlNode[] | undefined) ?? [];
  const units: XliffUnit[] = [];
  const collect = (node: XmlNode) => {
    for (const unit of (node['trans-unit'] as XmlNode[] | undefined) ?? []) units.push(readUnit(unit, fileName));
    for (const group of (node.group as XmlNode[] | undefined) ?? []) collect(group);
  };
  let sourceSha256: string | undefined;
  for (const file of files) {
    const header = file.header as XmlNode | undefined;
    for (const note of (header?.note as XmlNode[] | undefined) ?? []) {
      if (note['@_from'] === 'source-sha256') sourceSha256 ??= fragmentText(note).trim();
    }
    for (const body of (file.body as XmlNode[] | undefined) ?? []) collect(body);
  }
  const original = files[0]?.['@_original'];
  return { ...(typeof original === 'string' ? { original } : {}), ...(sourceSha256 ? { sourceSha256 } : {}), units };
}

function readUnit(unit: XmlNode, fileName: string): XliffUnit {
  const id = unit['@_id'];
  if (typeof id !== 'string' || id === '') throw new BilingualError('EXCHANGE_UNREADABLE', `${fileName} has a <trans-unit> with no id.`);
  const target = unit.target;
  const state = typeof target === 'object' && target !== null ? (target as XmlNode)['@_state'] : undefined;
  const extradata = unit['@_extradata'];
  const sourceHash = typeof extradata === 'string' && extradata.startsWith(SOURCE_HASH_PREFIX) ? extradata.slice(SOURCE_HASH_PREFIX.length) : undefined;
  return {
    id,
    source: fragmentText(unit.source),
    ...(target === undefined ? {} : { target: fragmentText(target) }),
    ...(typeof state === 'string' ? { state } : {}),
    approved: unit['@_approved'] === 'yes',
    ...(sourceHash ? { sourceHash } : {}),
  };
}
