import { describe, expect, it } from 'vitest';
import { captionsAboveDateline } from '../../src/layout/body-dateline.ts';
import { structureText } from '../../src/structure.ts';
import { pageLines } from '../support/page-lines.ts';

const HEAD = ['ENVIRONNEMENT', 'La tempête a noyé les quais de Brest', 'Les quais ont été inondés dans la nuit. Le port restera fermé jusqu’à jeudi.', 'Par Anne Le Goff'];
const BODY = [
  'BREST — La mer a franchi la digue dans la nuit de lundi à mardi, inondant les quais',
  'et une partie du port de commerce, où plusieurs conteneurs ont été emportés par les',
  'vagues. Les pompiers sont restés sur place jusqu’au matin pour pomper l’eau.',
  'Le maire a demandé que l’état de catastrophe naturelle soit reconnu au plus vite par',
  'le gouvernement, qui doit se prononcer dans les prochains jours sur la demande.',
];

const roleOf = (text: string, page: string[]): string | undefined =>
  structureText(page.join('\n'), { fileName: 'tempete.txt', layout: 'print' }).blocks.find((block) => block.text.startsWith(text))?.role;

describe('captions between the furniture on top and the dateline', () => {
  it('cuts the paragraphs before the dateline into whole sentences, one caption each', () => {
    const lines = pageLines(
      ['Le quai Malbert sous l’eau, mardi matin.', 'Un conteneur emporté par les vagues', 'échoué sur la plage du Moulin-Blanc.', ...BODY.slice(0, 2)].join('\n'),
    );
    const found = captionsAboveDateline([lines.slice(0, 3), lines.slice(3)], 1, new Set());
    expect([...found.keys()]).toEqual([0]);
    expect(found.get(0)?.map((run) => run.map((line) => line.content))).toEqual([
      ['Le quai Malbert sous l’eau, mardi matin.'],
      ['Un conteneur emporté par les vagues', 'échoué sur la plage du Moulin-Blanc.'],
    ]);
  });

  it('reads none where no dateline opens the paragraph after them, or where a line ends no sentence (a box’s heading over its entries)', () => {
    const lines = pageLines(['Les consignes', 'Ne pas descendre dans les sous-sols.', 'Se tenir informé par la radio locale.', ...BODY.slice(0, 2)].join('\n'));
    expect(captionsAboveDateline([lines.slice(0, 1), lines.slice(1, 3), lines.slice(3)], 2, new Set()).size).toBe(0);
    const noDateline = pageLines(['Le quai Malbert sous l’eau, mardi matin.', 'La mer a franchi la digue dans la nuit.'].join('\n'));
    expect(captionsAboveDateline([noDateline.slice(0, 1), noDateline.slice(1)], 1, new Set()).size).toBe(0);
  });

  it('gives the caption role to a picture’s sentence set under the byline, and the body still opens at the dateline', () => {
    const page = [...HEAD, 'Jean-Marc Le Bihan, pêcheur, devant son bateau échoué sur le quai Malbert, mardi.', 'Les bénévoles de la SNSM ont passé la nuit à écoper les cales.', ...BODY];
    expect(roleOf('Jean-Marc Le Bihan', page)).toBe('caption');
    expect(roleOf('Les bénévoles de la SNSM', page)).toBe('caption');
    expect(roleOf('La mer a franchi', page)).toBe('paragraph');
    expect(roleOf('BREST', page)).toBe('dateline');
  });
});
