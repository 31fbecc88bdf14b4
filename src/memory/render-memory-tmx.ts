import packageJson from '../../package.json' with { type: 'json' };
import { escapeXml, tmxDate } from '../render/render-tmx.ts';
import type { StoredMemoryEntry } from './translation-memory.ts';

/**
 * The translation memory as TMX 1.4 (`bilingual memory export`): one `<tu>` per human
 * translation, French and English, dated with its `changedate`, its state and where it came
 * from as properties, the French hash as `tuid`. Oldest first, so the bytes depend only on
 * the memory.
 */
export function renderMemoryTmx(entries: readonly StoredMemoryEntry[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="bilingual" creationtoolversion="${escapeXml(packageJson.version)}" segtype="sentence" o-tmf="bilingual-translation-memory" adminlang="en" srclang="fr" datatype="plaintext"/>`,
    '  <body>',
  ];
  for (const entry of entries) {
    const date = tmxDate(entry.date);
    const dated = date === undefined ? '' : ` changedate="${date}"`;
    lines.push(
      `    <tu tuid="${entry.sourceHash}"${dated}>`,
      `      <prop type="x-state">${entry.state}</prop>`,
      `      <prop type="x-origin">${escapeXml(entry.origin)}</prop>`,
      `      <tuv xml:lang="fr"><seg>${escapeXml(entry.source)}</seg></tuv>`,
      `      <tuv xml:lang="en"><seg>${escapeXml(entry.target)}</seg></tuv>`,
      '    </tu>',
    );
  }
  lines.push('  </body>', '</tmx>');
  return `${lines.join('\n')}\n`;
}
