import { describe, expect, it } from 'vitest';
import { hasHeadingShape, opensOnGluedHeading, splitGluedHeadings, wrappedMeasure } from '../../src/layout/heading-atop-paragraph.ts';
import { structureText } from '../../src/structure.ts';

const block = (...contents: string[]): Array<{ number: number; content: string }> => contents.map((content, index) => ({ number: index + 1, content }));

// A column of about 60 characters, its paragraphs blank-separated as tesseract gives them.
const opening = block(
  'La commune a voté mardi le budget de la nouvelle médiathèque,',
  'qui ouvrira ses portes au printemps dans l’ancienne poste du',
  'bourg, après deux ans de travaux et trois appels d’offres.',
);
const second = block(
  'Le chantier a été confié à une entreprise de la vallée, qui',
  'emploiera une dizaine d’ouvriers et des apprentis du lycée',
  'professionnel voisin pendant toute la durée des travaux.',
);

describe('an intertitle OCR read on top of its paragraph', () => {
  it('reads the measure on the lines that run on into a small letter', () => {
    expect(wrappedMeasure([opening, second])).toBe(60);
    expect(wrappedMeasure([block('Une ligne.', 'Une autre.')])).toBe(0);
  });

  it('knows a heading’s shape: short, a capital first, no stop or pause at its end, no word running on', () => {
    expect(hasHeadingShape('Un budget tenu')).toBe(true);
    expect(hasHeadingShape('Trois mois, pas un jour')).toBe(true);
    expect(hasHeadingShape('Le budget a été tenu.')).toBe(false);
    expect(hasHeadingShape('Les travaux dureront :')).toBe(false);
    expect(hasHeadingShape('Le maire et')).toBe(false);
    expect(hasHeadingShape('le budget tenu')).toBe(false);
  });

  it('sets a short heading apart from the paragraph it tops, after a sentence’s end', () => {
    const glued = block('Un budget tenu', 'La facture s’élève à 1,2 million d’euros, dont la moitié', 'financée par l’État et la région.');
    expect(opensOnGluedHeading(glued, 'après deux ans de travaux et trois appels d’offres.', 59)).toBe(true);
    // A figure before a small letter runs on from a first line a degraded scan read short.
    expect(opensOnGluedHeading(block('Le devis atteint', '1 200 euros par poste de lecture, selon le service des', 'marchés de la commune.'), 'du lycée.', 59)).toBe(false);
  });

  it('leaves a block alone whose first line fills the column, or follows an unfinished sentence', () => {
    const full = block('La facture s’élève à 1,2 million d’euros selon la mairie', 'Le reste sera financé par l’État et la région.');
    expect(opensOnGluedHeading(full, 'trois appels d’offres.', 59)).toBe(false);
    const glued = block('Un budget tenu', 'La facture s’élève à 1,2 million d’euros, dont la moitié', 'financée par l’État et la région.');
    expect(opensOnGluedHeading(glued, 'après deux ans de travaux et trois appels', 59)).toBe(false);
    expect(opensOnGluedHeading(glued, undefined, 59)).toBe(false);
    expect(opensOnGluedHeading(glued, 'trois appels d’offres.', 0)).toBe(false);
  });

  it('leaves a block alone whose lines under the short one make no paragraph (a name over a title, a caption’s credit)', () => {
    expect(opensOnGluedHeading(block('Marie Lafon', 'Correspondante à Saint-Girons'), 'des travaux.', 59)).toBe(false);
    expect(opensOnGluedHeading(block('La médiathèque en chantier', 'Photo J. M.'), 'des travaux.', 59)).toBe(false);
    expect(opensOnGluedHeading(block('Un budget tenu', 'la facture s’élève à 1,2 million d’euros, dont la moitié', 'financée par l’État.'), 'des travaux.', 59)).toBe(false);
  });

  it('cuts the block in two and records a repair', () => {
    const heading = { number: 9, content: 'Un budget tenu' };
    const rest = [{ number: 10, content: 'La facture s’élève à 1,2 million d’euros, dont la moitié' }, { number: 11, content: 'financée par l’État et la région.' }];
    const split = splitGluedHeadings([opening, second, [heading, ...rest]]);
    expect(split.groups.map((group) => group.map((line) => line.number))).toEqual([[1, 2, 3], [1, 2, 3], [9], [10, 11]]);
    expect(split.repairs).toEqual([expect.objectContaining({ kind: 'paragraph-split', line: 9, reason: 'heading-atop-paragraph' })]);
  });

  it('gives the heading a paragraph of its own in a tesseract text', () => {
    const text = [
      'Culture',
      '',
      'La médiathèque ouvrira au printemps',
      '',
      'Le conseil municipal a voté mardi soir le budget de la future médiathèque.',
      '',
      'Par Marie Lafon',
      '',
      'SAINT-GIRONS — La commune a voté mardi le budget de la nouvelle',
      'médiathèque, qui ouvrira ses portes au printemps dans l’ancienne',
      'poste du bourg, après deux ans de travaux et trois appels d’offres.',
      '',
      'Le chantier a été confié à une entreprise de la vallée, qui emploiera',
      'une dizaine d’ouvriers et des apprentis du lycée professionnel voisin',
      'pendant toute la durée des travaux, jusqu’à la fin de l’hiver.',
      '',
      'Un budget tenu',
      'La facture s’élève à 1,2 million d’euros, dont la moitié est financée',
      'par l’État et la région. Le reste sera emprunté sur vingt ans.',
      '',
      'Les horaires seront étendus le samedi, et un espace sera réservé aux',
      'jeux vidéo, une demande des adolescents de la commune.',
    ].join('\n');
    const article = structureText(text, { fileName: 'mediatheque.tesseract.txt', checkLanguage: false });
    const paragraphs = article.blocks.filter((entry) => entry.role === 'paragraph').map((entry) => entry.text);
    expect(paragraphs).toContain('Un budget tenu');
    expect(paragraphs).toContain('La facture s’élève à 1,2 million d’euros, dont la moitié est financée par l’État et la région. Le reste sera emprunté sur vingt ans.');
  });
});
