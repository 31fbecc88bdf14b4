/**
 * A page of three columns whose standfirst is set across the first two only, under a headline
 * across all three: the third column's text starts at the headline, beside the standfirst. Its
 * lines fall between the standfirst's (their baselines differ), and every standfirst row crosses
 * the first gutter: read row by row, the standfirst came out cut by the third column's first
 * line (`… se sont échouées` / `favorisé une prolifération…` / `sur les parcs…`). A section of
 * rows crossing some gutters but not a gutter beside them is read strip by strip: the head and
 * the columns under it, then the column beside it. Lines placed by hand as a Ghostscript page
 * set them.
 */
import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { layoutPdf } from '../../src/layout/pdf-layout.ts';
import { column, pdfDocument, type PlacedLine } from '../support/pdf-pages.ts';

const HEADLINE: PlacedLine[] = [
  { text: 'Dans la baie, les ostréiculteurs déclarent la', x: 50, y: 60, size: 24, font: 'bold', width: 480 },
  { text: 'guerre aux algues vertes', x: 50, y: 86, size: 24, font: 'bold', width: 260 },
];

/** The standfirst across columns 1–2 (x 50–368), bold and a little larger than the body, baselines 112, 126, 140. */
const STANDFIRST = column(
  [
    [
      'Depuis le début de l’été, près de mille tonnes d’algues vertes se sont',
      'échouées sur les parcs à huîtres. Les professionnels réclament à l’État',
      'un plan d’urgence.',
    ],
  ],
  { x: 50, width: 318, top: 112, leading: 14, size: 11.5, font: 'bold' },
).lines;

/** Columns 1 and 2 under the standfirst, column 3 from under the headline, beside it (baselines 108, 120, …). */
const COLUMN_1 = column(
  [
    ['Il est à peine sept heures, jeudi,', 'quand Soizic enfile ses cuissardes', 'sur la cale. La marée est basse et', 'l’odeur monte déjà sur la grève.'],
    ['Sur les quatorze hectares de parcs', 'qu’elle exploite, près d’un tiers', 'est touché par les algues cette', 'année, un record pour la baie.'],
  ],
  { x: 50, width: 150, top: 166, indent: 10 },
).lines;
/** Column 2's paragraph runs on into column 3: its last line fills the measure. */
const COLUMN_2 = column(
  [
    [
      'Les marées vertes ne sont pas une',
      'nouveauté en Bretagne. Elles sont',
      'nourries par les nitrates venus des',
      'bassins versants, où l’élevage reste',
      'majoritaire. Mais la prolifération',
      'de cette année a été très',
    ],
  ],
  { x: 218, width: 150, top: 166, indent: 10 },
).lines.map((line) => ({ ...line, width: 368 - line.x }));
const COLUMN_3 = column(
  [
    ['précoce, dès la fin du mois d’avril,', 'selon les relevés de la station de', 'biologie marine de la ville voisine.'],
    ['Le comité régional a écrit au préfet', 'le deux juin, puis au début du mois', 'de juillet, sans obtenir la moindre', 'réponse de ses services jusqu’ici.'],
    ['Il demande le ramassage quotidien', 'des algues et une indemnisation.'],
  ],
  { x: 386, width: 150, top: 108, indent: 10 },
).lines;

describe('layoutPdf: a column beside a standfirst across the two others', () => {
  it('reads the standfirst whole, then the columns under it, then the column beside it', () => {
    const result = layoutPdf(pdfDocument([[...HEADLINE, ...STANDFIRST, ...COLUMN_1, ...COLUMN_2, ...COLUMN_3]]), { lexicon: getFrenchLexicon() });
    const texts = result.blocks.map((block) => block.text);
    expect(texts).toContain(
      'Depuis le début de l’été, près de mille tonnes d’algues vertes se sont échouées sur les parcs à huîtres. Les professionnels réclament à l’État un plan d’urgence.',
    );
    const at = (start: string): number => texts.findIndex((text) => text.startsWith(start));
    expect(at('Depuis le début')).toBeLessThan(at('Il est à peine'));
    expect(at('Il est à peine')).toBeLessThan(at('Les marées vertes'));
    // Column 2's paragraph runs on into column 3's first lines.
    expect(texts).toContain(
      'Les marées vertes ne sont pas une nouveauté en Bretagne. Elles sont nourries par les nitrates venus des bassins versants, où l’élevage reste majoritaire. Mais la prolifération de cette année a été très précoce, dès la fin du mois d’avril, selon les relevés de la station de biologie marine de la ville voisine.',
    );
    expect(at('Le comité régional')).toBeGreaterThan(at('Les marées vertes'));
    const beside = result.repairs.find((repair) => repair.kind === 'columns-reordered' && repair.evidence?.includes('heading the columns on one side'));
    expect(beside?.evidence).toContain('"précoce, dès la fin du mois d’avril,"');
  });
});
