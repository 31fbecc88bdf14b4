import { describe, expect, it } from 'vitest';
import { opensOnIndents, splitParagraphs } from '../../src/layout/paragraph-ends.ts';
import type { PageLine } from '../../src/layout/page-line.ts';
import { pageLines } from '../support/page-lines.ts';

// A column of about 50 characters as `pdftotext -layout` keeps it: each paragraph's first line
// indented by three, the lines under it flush with the column's edge. The fourth paragraph is
// three times as long as the others, its sentences ending inside full lines.
const SHORT = [
  'Le conseil municipal s’est réuni lundi soir pour',
  'examiner le projet de halle couverte sur la place',
  'du marché, attendu depuis plus de dix ans par les',
  'commerçants du centre-ville.',
];
const SECOND = [
  'Le maire a présenté un budget de quatre millions',
  'd’euros, dont la moitié financée par la région et',
  'le département, le reste par un emprunt sur vingt',
  'ans auprès de la banque des territoires.',
];
const THIRD = [
  'Les élus de l’opposition ont demandé un report du',
  'vote, jugeant l’étude de circulation incomplète et',
  'le parking prévu sous la halle trop petit pour les',
  'jours de foire.',
];
const LONG = [
  'Les riverains de la rue des Tanneurs, eux, craignent',
  'le bruit des livraisons au petit matin. Une pétition',
  'a recueilli près de trois cents signatures en deux',
  'semaines, déposée en mairie la veille de la séance.',
  'Leur porte-parole, une retraitée installée dans le',
  'quartier depuis trente ans, dit ne pas s’opposer à',
  'la halle elle-même mais à son emplacement exact. Elle',
  'propose de la déplacer de quelques mètres vers le',
  'jardin public, où les camions pourraient manœuvrer',
  'sans réveiller personne avant sept heures du matin.',
  'L’architecte a promis d’étudier cette variante d’ici',
  'au prochain conseil, prévu au début du mois de mars.',
];
const LAST = [
  'Le vote aura lieu le 12 mars, après une réunion',
  'publique organisée dans la salle des fêtes pour',
  'présenter les deux emplacements aux habitants du',
  'quartier.',
];

const indented = (paragraph: readonly string[]): string[] => paragraph.map((line, index) => (index === 0 ? `   ${line}` : line));
const texts = (paragraphs: readonly (readonly PageLine[])[]): number[] => paragraphs.map((paragraph) => paragraph.length);

describe('a long paragraph where the article opens its paragraphs on an indent', () => {
  const body = [SHORT, SECOND, THIRD, LONG, LAST];

  it('leaves it whole, no line of it indented, and records the decision', () => {
    const lines = pageLines([SHORT, ...body.slice(1).map(indented)].flat().join('\n'));
    expect(opensOnIndents([lines.slice(0, 4), lines.slice(4, 8), lines.slice(8, 12), lines.slice(12, 24), lines.slice(24)])).toBe(true);
    const split = splitParagraphs(lines, 52);
    expect(texts(split.paragraphs)).toEqual([4, 4, 4, 12, 4]);
    expect(split.repairs.some((repair) => repair.kind === 'paragraph-joined' && repair.reason === 'indented-paragraphs')).toBe(true);
  });

  it('still cuts it where no indent could show, the article setting its paragraphs flush', () => {
    const lines = pageLines(body.flat().join('\n'));
    // No indent could have shown an end inside it: the long paragraph's guess stands.
    const split = splitParagraphs(lines, 52);
    expect(texts(split.paragraphs)).not.toContain(12);
    expect(split.repairs.some((repair) => repair.reason === 'long-paragraph')).toBe(true);
  });

  it('cuts it at a column’s head, where a flush heading or first line may stand', () => {
    const lines = pageLines([SHORT, ...body.slice(1).map(indented)].flat().join('\n'));
    // The long paragraph's lines after its fourth, a sentence's end, set at the next column's head.
    const moved = lines.map((line, index) => (index >= 16 ? { ...line, column: 1 } : line));
    const split = splitParagraphs(moved, 52);
    expect(texts(split.paragraphs)).toEqual([4, 4, 4, 4, 8, 4]);
  });
});
