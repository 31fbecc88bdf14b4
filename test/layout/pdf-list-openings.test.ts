/**
 * What opens a paragraph in a list under a line ending on a colon, and what opens a body: numbered
 * items each on its indent, one line long (not a block set in from the column going on), entries
 * set apart by a space under a colon, and a name in the intertitles' bold above the body's first
 * lines where another line signs the article (an intertitle, not a second byline).
 */
import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { layoutPdf, type PdfLayoutResult } from '../../src/layout/pdf-layout.ts';
import { naturalWidth, pdfDocument, type FontKey, type PlacedLine } from '../support/pdf-pages.ts';

const HEADLINE: PlacedLine[] = [
  { text: 'Le vieux noyer du hameau', x: 50, y: 60, size: 22, font: 'bold', width: 300 },
  { text: 'classé parmi les arbres du canton', x: 50, y: 86, size: 22, font: 'bold', width: 330 },
];

/** Lines of a ragged column from `top`, each at its own x, a leading apart (and `space` more before a line marked so). */
function ragged(lines: { text: string; x: number; space?: number; font?: FontKey; size?: number }[], top: number, leading = 12): PlacedLine[] {
  let y = top - leading;
  return lines.map((line) => {
    y += leading + (line.space ?? 0);
    const size = line.size ?? 10;
    return { text: line.text, x: line.x, y, size, width: naturalWidth(line.text, size), ...(line.font === undefined ? {} : { font: line.font }) };
  });
}

/** Ragged paragraphs at x 50, indented 14, whose lines run to about x 290. */
const BODY = [
  { text: 'Le noyer a été mesuré par les bénévoles du', x: 64 },
  { text: 'conservatoire, qui l’ont photographié et situé', x: 50 },
  { text: 'au mètre près sur la carte de la commune.', x: 50 },
  { text: 'Son propriétaire veille sur lui depuis trente', x: 64 },
  { text: 'ans et ne compte pas le laisser abattre, quoi', x: 50 },
  { text: 'que décident un jour ses héritiers du village.', x: 50 },
];

function layout(lines: PlacedLine[]): PdfLayoutResult {
  return layoutPdf(pdfDocument([[...HEADLINE, ...lines]]), { lexicon: getFrenchLexicon() });
}

function paragraphs(result: PdfLayoutResult): string[] {
  return result.blocks.filter((block) => block.role === 'paragraph').map((block) => block.text);
}

describe('layoutPdf: numbered items, each a paragraph on its indent', () => {
  it('opens each item under a colon, though every line starts where the one before does', () => {
    // Each line reaches past the column's middle and ends on no sentence's end (a colon, a
    // semicolon), as a block set in from the column would go on.
    const lines = ragged(
      [
        ...BODY,
        { text: 'Les bénévoles ont retenu trois critères :', x: 64 },
        { text: '1. l’âge, estimé par carottage du tronc ;', x: 64 },
        { text: '2. la taille, hauteur et circonférence ;', x: 64 },
        { text: '3. l’histoire, quand une légende s’y attache.', x: 64 },
      ],
      130,
    );
    const result = layout(lines);
    expect(paragraphs(result).slice(2)).toEqual([
      'Les bénévoles ont retenu trois critères :',
      '1. l’âge, estimé par carottage du tronc ;',
      '2. la taille, hauteur et circonférence ;',
      '3. l’histoire, quand une légende s’y attache.',
    ]);
    expect(result.repairs.filter((repair) => repair.reason === 'numbered-item')).toHaveLength(3);
  });

  it('goes on with a line set in from the column that opens on no next number', () => {
    // A block set in 6 pt (a box with a margin): its item's wrapped line opens on a figure that
    // is no item's number after the one before.
    const lines = ragged(
      [
        ...BODY,
        { text: '1. La commune plantera cette année encore', x: 56 },
        { text: '12 jeunes noyers le long du chemin communal.', x: 56 },
      ],
      130,
    );
    expect(paragraphs(layout(lines)).slice(2)).toEqual(['1. La commune plantera cette année encore 12 jeunes noyers le long du chemin communal.']);
  });
});

describe('layoutPdf: entries set apart by a space under a colon', () => {
  it('ends the paragraph at the colon where a space above the next line sets it apart', () => {
    const lines = ragged(
      [
        ...BODY,
        { text: 'Le jury a rendu ses résultats vers midi :', x: 64 },
        { text: 'Adultes : Mme Rigal, une seule faute.', x: 50, space: 4 },
        { text: 'Enfants : Lucas, deux fautes et demie.', x: 50, space: 4 },
        { text: 'Les lauréats recevront leur prix en mairie, le', x: 64, space: 4 },
        { text: 'samedi suivant, des mains du maire et du jury.', x: 50 },
      ],
      130,
    );
    expect(paragraphs(layout(lines)).slice(2)).toEqual([
      'Le jury a rendu ses résultats vers midi :',
      'Adultes : Mme Rigal, une seule faute.',
      'Enfants : Lucas, deux fautes et demie.',
      'Les lauréats recevront leur prix en mairie, le samedi suivant, des mains du maire et du jury.',
    ]);
  });

  it('goes on after a colon at the leading, and after a colon before a line in small letters', () => {
    const lines = ragged(
      [
        ...BODY,
        { text: 'Le maire l’a dit aux habitants réunis hier :', x: 64 },
        { text: 'Adultes et enfants pourront planter un arbre.', x: 50 },
        { text: 'Le jury a noté deux choses en particulier :', x: 64, space: 4 },
        { text: 'la patience des candidats et leur bonne humeur.', x: 50, space: 4 },
      ],
      130,
    );
    expect(paragraphs(layout(lines)).slice(2)).toEqual([
      'Le maire l’a dit aux habitants réunis hier : Adultes et enfants pourront planter un arbre.',
      'Le jury a noté deux choses en particulier : la patience des candidats et leur bonne humeur.',
    ]);
  });
});

describe('layoutPdf: a name in the intertitles’ bold above the body', () => {
  /** Briefs under communes' names, in bold a little larger than the body; a signature closing the page, flush right, or none. */
  function briefs(signed: boolean): PdfLayoutResult {
    const lines = ragged(
      [
        { text: 'Travaux, fêtes et rendez-vous de la semaine.', x: 50, size: 12, font: 'italic' },
        { text: 'La Cavalerie', x: 50, font: 'bold', size: 10.5, space: 8 },
        { text: 'La route sera fermée du lundi au vendredi, de', x: 50 },
        { text: 'huit heures à midi, pour la réfection du pont.', x: 50 },
        { text: 'Nant', x: 50, font: 'bold', size: 10.5, space: 8 },
        { text: 'Le club des aînés organise son loto dimanche', x: 50 },
        { text: 'après-midi, à la salle polyvalente du village.', x: 50 },
      ],
      112,
    );
    const signature: PlacedLine[] = signed ? [{ text: 'La rédaction de Millau', x: 290 - naturalWidth('La rédaction de Millau'), y: (lines.at(-1) as PlacedLine).y + 16, width: naturalWidth('La rédaction de Millau'), font: 'italic' }] : [];
    return layout([...lines, ...signature]);
  }

  it('is the first intertitle where another line signs the article', () => {
    const result = briefs(true);
    const roles = result.blocks.map((block) => [block.role, block.text]);
    expect(roles).toContainEqual(['paragraph', 'La Cavalerie']);
    expect(roles).toContainEqual(['byline', 'La rédaction de Millau']);
    expect(roles.filter(([role]) => role === 'byline')).toHaveLength(1);
  });

  it('stays the byline where no other line signs the article', () => {
    const result = briefs(false);
    expect(result.blocks.map((block) => [block.role, block.text])).toContainEqual(['byline', 'La Cavalerie']);
  });
});
