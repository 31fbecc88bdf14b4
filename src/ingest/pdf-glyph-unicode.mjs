/**
 * The text of a composite TrueType font that has no text map. A PDF font of type `Type0` over a
 * `CIDFontType2` with the `Identity-H` encoding names each glyph drawn by its glyph id; the
 * font's `ToUnicode` map is what tells a reader the letters. A writer may leave it out: CUPS's
 * `texttopdf` (cups-filters 1.28) embeds the whole TrueType face and writes every line as glyph
 * ids with no text map, and pdf.js then reads each glyph id as the character of that number
 * (`Le` in DejaVu Sans Mono, glyphs 47 and 72, comes out `/H`, a word space glyph 3 as U+0003),
 * as pdftotext and MuPDF do: the whole page read as noise (pdf-dev-2's six `texttopdf` pages,
 * refused as "not French"). The letters are still in the file: the embedded face's own `cmap`
 * table maps characters to glyphs, so read backwards it maps each glyph to its character, which
 * is what a reader sees drawn. Nothing here depends on the writer: any Type 0 font over an
 * embedded TrueType face (`FontFile2`), with glyph ids as CIDs (no `CIDToGIDMap`, or `Identity`),
 * and no `ToUnicode`.
 *
 * pdf.js keeps neither the face's original `cmap` nor the font's dictionaries where the text
 * layer can see them, and it reads glyph ids 9 to 13 as white space (dropped, or merged into one
 * word space): the letters must be known before pdf.js reads the page. So the file's own objects
 * are read here (every indirect object, those in object streams too), and for each Type 0 font
 * without `ToUnicode` over an embedded TrueType face, the map read backwards from the face is
 * added to the file as a `ToUnicode` CMap by an incremental update (the font's dictionary written
 * again with it, a cross-reference section pointing to both): `withTextMaps`, before pdf.js reads
 * the bytes. A file with no such font is handed on as it came.
 */
import { inflateSync } from 'node:zlib';

const latin1 = new TextDecoder('latin1');

/**
 * The file with a `ToUnicode` map added to each Type 0 TrueType font that has none (see the top of
 * this file); the bytes themselves where there is none, or where the file cannot be read so.
 */
export function withTextMaps(data) {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const text = latin1.decode(bytes);
  if (!text.includes('Identity') || !/\/Type0\b|\/ObjStm\b/u.test(text)) return data;
  const objects = readObjects(bytes, text);
  const maps = glyphUnicodeMaps(objects);
  if (maps.size === 0) return data;
  const root = [...text.matchAll(/\/Root\s+(\d+\s+\d+)\s+R/gu)].at(-1)?.[1];
  const previous = [...text.matchAll(/startxref\s+(\d+)/gu)].at(-1)?.[1];
  if (root === undefined || previous === undefined) return data;
  const size = Math.max(0, ...[...text.matchAll(/\/Size\s+(\d+)/gu)].map((match) => Number(match[1])), ...objects.keys()) + 1;
  let next = size;
  let update = '\n';
  const offsets = [];
  const add = (number, generation, body) => {
    offsets.push([number, generation, bytes.length + update.length]);
    update += `${number} ${generation} obj\n${body}\nendobj\n`;
  };
  for (const [number, { generation, dict, map }] of maps) {
    const cmap = toUnicodeCMap(map);
    const stream = next;
    next += 1;
    add(stream, 0, `<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`);
    add(number, generation, dict.replace('<<', `<< /ToUnicode ${stream} 0 R `));
  }
  const xref = bytes.length + update.length;
  update += 'xref\n';
  for (const [number, generation, offset] of offsets.sort((a, b) => a[0] - b[0])) {
    update += `${number} 1\n${String(offset).padStart(10, '0')} ${String(generation).padStart(5, '0')} n \n`;
  }
  update += `trailer\n<< /Size ${next} /Root ${root} R /Prev ${previous} >>\nstartxref\n${xref}\n%%EOF\n`;
  const out = new Uint8Array(bytes.length + update.length);
  out.set(bytes, 0);
  for (let i = 0; i < update.length; i += 1) out[bytes.length + i] = update.charCodeAt(i) & 0xff;
  return out;
}

/** A `ToUnicode` CMap for two-byte codes that are glyph ids. */
function toUnicodeCMap(map) {
  const pairs = [...map].filter(([glyph, code]) => glyph <= 0xffff && code <= 0xffff).sort((a, b) => a[0] - b[0]);
  const hex = (value) => value.toString(16).padStart(4, '0').toUpperCase();
  let body = '';
  for (let i = 0; i < pairs.length; i += 100) {
    const chunk = pairs.slice(i, i + 100);
    body += `${chunk.length} beginbfchar\n${chunk.map(([glyph, code]) => `<${hex(glyph)}> <${hex(code)}>`).join('\n')}\nendbfchar\n`;
  }
  return `/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n${body}endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend`;
}

/** The glyph-to-character maps of the file's Type 0 TrueType fonts that have no `ToUnicode`, by the font's object number. */
export function glyphUnicodeMaps(objects) {
  const maps = new Map();
  for (const [number, body] of objects) {
    if (!/\/Subtype\s*\/Type0\b/u.test(body.dict) || /\/ToUnicode\b/u.test(body.dict) || !/\/Encoding\s*\/Identity-H\b/u.test(body.dict)) continue;
    const descendant = /\/DescendantFonts\s*(?:\[\s*(\d+)\s+\d+\s+R|(\d+)\s+\d+\s+R)/u.exec(body.dict);
    if (descendant === null) continue;
    let cid = objects.get(Number(descendant[1] ?? descendant[2]))?.dict ?? '';
    if (cid.trim().startsWith('[')) cid = objects.get(Number(/(\d+)\s+\d+\s+R/u.exec(cid)?.[1]))?.dict ?? '';
    if (!/\/CIDFontType2\b/u.test(cid)) continue;
    if (/\/CIDToGIDMap\s*\d+\s+\d+\s+R/u.test(cid)) continue;
    const descriptor = objects.get(Number(/\/FontDescriptor\s*(\d+)\s+\d+\s+R/u.exec(cid)?.[1]));
    const file = objects.get(Number(/\/FontFile2\s*(\d+)\s+\d+\s+R/u.exec(descriptor?.dict ?? '')?.[1]));
    const face = file === undefined ? undefined : streamData(file);
    if (face === undefined) continue;
    const map = glyphCharacters(face);
    if (map !== undefined && map.size > 0) maps.set(number, { generation: body.generation, dict: body.dict.trim(), map });
  }
  return maps;
}

/** Every indirect object's dictionary (or value) and stream, by number: the file's own and those in object streams. */
function readObjects(bytes, text) {
  const objects = new Map();
  const header = /(\d+)\s+(\d+)\s+obj\b/gu;
  let match;
  while ((match = header.exec(text)) !== null) {
    const start = header.lastIndex;
    const end = text.indexOf('endobj', start);
    if (end < 0) break;
    const body = text.slice(start, end);
    const at = body.search(/\bstream(?:\r\n|\n|\r)/u);
    const object = { generation: Number(match[2]), dict: at < 0 ? body : body.slice(0, at) };
    if (at >= 0) {
      const from = start + at + body.slice(at).match(/^stream(?:\r\n|\n|\r)/u)[0].length;
      const length = /\/Length\s+(\d+)\b(?!\s+\d+\s+R)/u.exec(object.dict);
      let to = length === null ? text.lastIndexOf('endstream', end) : from + Number(length[1]);
      if (to > end || to < from) to = text.lastIndexOf('endstream', end);
      object.stream = bytes.subarray(from, to);
    }
    objects.set(Number(match[1]), object);
    header.lastIndex = end;
  }
  for (const object of [...objects.values()]) {
    if (!/\/Type\s*\/ObjStm\b/u.test(object.dict)) continue;
    const data = streamData(object);
    if (data === undefined) continue;
    const content = latin1.decode(data);
    const count = Number(/\/N\s+(\d+)/u.exec(object.dict)?.[1] ?? 0);
    const first = Number(/\/First\s+(\d+)/u.exec(object.dict)?.[1] ?? 0);
    const pairs = content.slice(0, first).trim().split(/\s+/u).map(Number);
    for (let i = 0; i < count; i += 1) {
      const number = pairs[2 * i];
      const from = first + pairs[2 * i + 1];
      const to = i + 1 < count ? first + pairs[2 * i + 3] : content.length;
      if (!objects.has(number)) objects.set(number, { generation: 0, dict: content.slice(from, to) });
    }
  }
  return objects;
}

/** A stream's bytes, inflated where it is Flate-encoded (no other filter is read). */
function streamData(object) {
  if (object.stream === undefined) return undefined;
  const filter = /\/Filter\s*\[?\s*((?:\/\w+\s*)*)\]?/u.exec(object.dict)?.[1]?.trim() ?? '';
  if (filter === '') return object.stream;
  if (filter !== '/FlateDecode') return undefined;
  try {
    return inflateSync(object.stream, { finishFlush: 2 });
  } catch {
    return undefined;
  }
}

/** A TrueType face's `cmap` read backwards: glyph id to character (the Unicode subtables; the lowest code point wins). */
export function glyphCharacters(face) {
  if (face.length < 12) return undefined;
  const view = new DataView(face.buffer, face.byteOffset, face.byteLength);
  const tables = view.getUint16(4);
  let cmap;
  for (let i = 0; i < tables; i += 1) {
    const at = 12 + 16 * i;
    if (at + 16 > face.length) return undefined;
    if (String.fromCharCode(face[at], face[at + 1], face[at + 2], face[at + 3]) === 'cmap') cmap = view.getUint32(at + 8);
  }
  if (cmap === undefined || cmap + 4 > face.length) return undefined;
  const map = new Map();
  const add = (code, glyph) => {
    if (glyph === 0 || code < 0x20 || (code >= 0xe000 && code <= 0xf8ff)) return;
    const had = map.get(glyph);
    if (had === undefined || code < had) map.set(glyph, code);
  };
  const subtables = view.getUint16(cmap + 2);
  for (let i = 0; i < subtables; i += 1) {
    const platform = view.getUint16(cmap + 4 + 8 * i);
    const encoding = view.getUint16(cmap + 6 + 8 * i);
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const at = cmap + view.getUint32(cmap + 8 + 8 * i);
    if (at + 4 > face.length) continue;
    const format = view.getUint16(at);
    if (format === 4) {
      const segments = view.getUint16(at + 6) / 2;
      const ends = at + 14;
      const starts = ends + 2 * segments + 2;
      const deltas = starts + 2 * segments;
      const offsets = deltas + 2 * segments;
      for (let s = 0; s < segments; s += 1) {
        const end = view.getUint16(ends + 2 * s);
        const start = view.getUint16(starts + 2 * s);
        const delta = view.getInt16(deltas + 2 * s);
        const offset = view.getUint16(offsets + 2 * s);
        for (let code = start; code <= end && code !== 0xffff; code += 1) {
          let glyph;
          if (offset === 0) glyph = (code + delta) & 0xffff;
          else {
            const where = offsets + 2 * s + offset + 2 * (code - start);
            if (where + 2 > face.length) continue;
            glyph = view.getUint16(where);
            if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
          }
          add(code, glyph);
        }
      }
    } else if (format === 12) {
      const groups = view.getUint32(at + 12);
      for (let g = 0; g < groups && at + 16 + 12 * g + 12 <= face.length; g += 1) {
        const start = view.getUint32(at + 16 + 12 * g);
        const end = view.getUint32(at + 20 + 12 * g);
        const glyph = view.getUint32(at + 24 + 12 * g);
        for (let code = start; code <= end && code - start < 0x10000; code += 1) add(code, glyph + code - start);
      }
    }
  }
  return map;
}
