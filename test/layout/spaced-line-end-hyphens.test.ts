import { describe, expect, it } from 'vitest';
import { closeSpacedLineEndHyphens, endsInSpacedHyphen, SPACED_HYPHEN_END } from '../../src/layout/spaced-line-end-hyphens.ts';
import { structureText } from '../../src/structure.ts';

// Typed for this test: a paragraph as pypdf writes a page whose producer drew the line-end hyphen apart.
const SPACED = [
  'Le conseil municipal a voté di -',
  'manche le budget de la nouvelle mé -',
  'diathèque, qui ouvrira ses portes au prin -',
  'temps prochain dans l’ancienne halle.',
].join('\n');

describe('a line-end hyphen an extraction set apart from its syllable', () => {
  it('puts it back against the syllable, one repair a line, in a text that does so three times or more', () => {
    const result = closeSpacedLineEndHyphens(SPACED);
    expect(result.text).toBe(SPACED.replaceAll(' -\n', '-\n'));
    expect(result.repairs.map((repair) => `${repair.line} ${repair.reason}`)).toEqual([
      '1 spaced-line-end-hyphen',
      '2 spaced-line-end-hyphen',
      '3 spaced-line-end-hyphen',
    ]);
  });

  it('puts a soft hyphen set apart back too', () => {
    const soft = SPACED.replaceAll(' -\n', ' \u00AD\n');
    expect(closeSpacedLineEndHyphens(soft).text).toBe(SPACED.replaceAll(' -\n', '\u00AD\n'));
  });

  it('leaves a text with fewer such lines (a prose dash at a line end), and a hyphen inside a line', () => {
    const dash = 'Le maire de la ville -\net de ses environs - a parlé.\nLe budget est voté.';
    expect(closeSpacedLineEndHyphens(dash)).toEqual({ text: dash, repairs: [] });
  });

  it('leaves a text spaced at its hyphenation points to the syllable reader', () => {
    expect(closeSpacedLineEndHyphens(SPACED, () => true)).toEqual({ text: SPACED, repairs: [] });
  });

  it('reads a line’s spaced hyphen from its end as the pattern matches it', () => {
    const lines = ['di -', 'di  -  ', 'mé \u00AD', 'di-', ' -', '-', '', 'di - x', '12 -', '𝐀 -', '\udc00 -', 'a -  -', 'a\u00A0-', 'é -'];
    for (const line of lines) expect(endsInSpacedHyphen(line)).toBe(SPACED_HYPHEN_END.test(line));
    expect(lines.filter(endsInSpacedHyphen)).toEqual(['di -', 'di  -  ', 'mé \u00AD', '𝐀 -', 'é -']);
  });

  it('gives the structure stage the words whole', () => {
    const structured = structureText(SPACED, { fileName: 'conseil.txt' });
    const text = structured.blocks.map((block) => block.text).join('\n');
    expect(text).toContain('voté dimanche le budget de la nouvelle médiathèque, qui ouvrira ses portes au printemps prochain');
    expect(structured.repairs.filter((repair) => repair.reason === 'spaced-line-end-hyphen')).toHaveLength(3);
  });
});
