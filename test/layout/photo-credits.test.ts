import { describe, expect, it } from 'vitest';
import { findCaptions } from '../../src/layout/body-captions.ts';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { createDocumentEvidence } from '../../src/layout/join-lines.ts';
import { creditAtEnd, creditCaptionRun, isCreditedCaption } from '../../src/layout/photo-credits.ts';
import { layoutPlain } from '../../src/layout/plain-layout.ts';
import { pageLines } from '../support/page-lines.ts';

/** A paragraph of a column about forty characters wide, closing on its full stop. */
const BEFORE = [
  'La halle du marché couvert a rouvert',
  'mardi, après huit mois de travaux sur sa',
  'charpente métallique, sous les applau-',
  'dissements des commerçants du quartier.',
];
/** The next paragraph: a sentence opens it, in capitals. */
const AFTER = [
  'Pendant le chantier, les étals avaient',
  'été installés sur le parking de la gare,',
  'où la fréquentation avait chuté de moitié',
  'selon l’association des commerçants.',
];
/** The article's last paragraph. */
const CLOSING = ['Le maire a promis une fête pour le', 'premier samedi du mois, avec un bal', 'sur le parvis.'];
const captionText = (text: string, width = 42) => {
  const lines = pageLines(text);
  return findCaptions(lines, width).captions.map((caption) => lines.slice(caption.start, caption.end).map((line) => line.content).join(' '));
};

describe('a picture’s credit at a text’s end', () => {
  it('reads the credits French dailies print, after a stop or with none', () => {
    const credits: Array<[string, string]> = [
      ['La façade restaurée, côté rue. Photo Paul Girard', 'Photo Paul Girard'],
      ['Les pompiers devant la grange, samedi. PHOTO ANNE-LAURE VIGIER', 'PHOTO ANNE-LAURE VIGIER'],
      ['Le maire à son bureau. Photo : La Voix de l’Ain', 'Photo : La Voix de l’Ain'],
      ['Le pont suspendu au lever du jour © Mairie de Cholet', '© Mairie de Cholet'],
      ['Les coureurs au départ du port, dimanche matin. Sophie Marin / AFP', 'Sophie Marin / AFP'],
      ['Une classe de CM2 en sortie. Photo d’illustration', 'Photo d’illustration'],
      ['Le moulin en 1950. Photo archives DR', 'Photo archives DR'],
    ];
    for (const [text, credit] of credits) expect(text.slice(creditAtEnd(text)), text).toBe(credit);
  });

  it('reads no credit in the body’s sentences', () => {
    for (const text of [
      'Elle a pris une photo de la classe.',
      'Le trajet Paris / Lyon dure deux heures.',
      'La ligne Nantes / Angers rouvrira lundi',
      'le photographe Paul Girard',
      'Photo de classe',
    ]) {
      expect(creditAtEnd(text), text).toBe(-1);
    }
  });

  it('tells a block that is a caption ending on its credit from a paragraph', () => {
    expect(isCreditedCaption('Le bac à chaînes du port, jeudi. Photo Paul Girard')).toBe(true);
    expect(isCreditedCaption('Photo Paul Girard')).toBe(false);
    expect(isCreditedCaption('Le bac à chaînes a repris son service jeudi.')).toBe(false);
  });
});

describe('captions ending on a picture’s credit in the body’s lines', () => {
  it('takes out a caption whose credit ends it with no full stop, before the next paragraph', () => {
    const caption = ['La halle vue depuis la place, sous sa', 'nouvelle verrière © Ville de Mâcon'];
    expect(captionText([...BEFORE, ...caption, ...AFTER, ...CLOSING].join('\n'))).toEqual([caption.join(' ')]);
  });

  it('takes the sentence above a credit set alone on a line as its description, with a warning', () => {
    const caption = ['Les commerçants ont retrouvé leurs', 'étals sous la charpente repeinte.', 'Photo Jean-Luc Berthon'];
    expect(captionText([...BEFORE, ...caption, ...AFTER, ...CLOSING].join('\n'))).toEqual([caption.join(' ')]);
    const warnings = findCaptions(pageLines([...BEFORE, ...caption, ...AFTER, ...CLOSING].join('\n')), 42).warnings;
    expect(warnings.map((warning) => warning.rule)).toEqual(['layout/caption-guess']);
  });

  it('reads a credit that goes on over a short line under it, begun on the description’s last line', () => {
    for (const caption of [
      ['Les étals sous la charpente repeinte, mardi. Photo Nadia', 'Benali Ferrand'],
      ['Les étals sous la charpente repeinte, mardi. Photo : Le', 'Journal de Saône-et-Loire'],
    ]) {
      expect(captionText([...BEFORE, ...caption, ...AFTER, ...CLOSING].join('\n'))).toEqual([caption.join(' ')]);
    }
  });

  it('reads a credit wrapped over two lines, the name opening on the description’s last line', () => {
    const caption = ['Le primeur Karim Aït-Saïd, mardi matin. Sophie', 'Marin / AFP'];
    expect(captionText([...BEFORE, ...caption, ...AFTER, ...CLOSING].join('\n'))).toEqual([caption.join(' ')]);
  });

  it('reads a credit opening at a line’s end and going on over the next (`Photo` / `Jean Dupont`)', () => {
    const caption = ['Une cliente au stand du fromager. PHOTO', 'CLAIRE DUVIVIER'];
    expect(captionText([...BEFORE, ...caption, ...AFTER, ...CLOSING].join('\n'))).toEqual([caption.join(' ')]);
  });

  it('reads two captions in a row, each closed by its credit', () => {
    const first = ['La charpente avant les travaux (Photo', 'archives DR)'];
    const second = ['Le nouveau sol en pierre de Bourgogne. Photo', 'Jean-Luc Berthon'];
    const run = creditCaptionRun(pageLines([...BEFORE, ...first, ...second, ...AFTER].join('\n')), BEFORE.length + 2, BEFORE.length + 2);
    expect(run).toEqual({ start: BEFORE.length + 2, end: BEFORE.length + 4, credit: 'Photo Jean-Luc Berthon', alone: false });
  });

  it('leaves a paragraph alone whose sentence goes on after a line holding a slash or a © sign', () => {
    const body = ['La navette Mâcon / Bourg circulera', 'dès lundi, a précisé la Région.', ...AFTER];
    expect(captionText([...BEFORE, ...body].join('\n'))).toEqual([]);
  });
});

describe('a caption ending on its credit in a plain text', () => {
  it('is read as a caption between the paragraphs OCR set apart with blank lines', () => {
    const text = [
      'La halle du marché rouvre',
      '',
      'La halle du marché couvert a rouvert mardi, après huit mois de travaux.',
      '',
      'Les commerçants ont retrouvé leurs étals, mardi matin.',
      'Photo Jean-Luc Berthon',
      '',
      'Pendant le chantier, les étals avaient été installés sur le parking de la gare.',
    ].join('\n');
    const blocks = layoutPlain(text, { lexicon: getFrenchLexicon(), document: createDocumentEvidence(text) }).blocks;
    expect(blocks.filter((block) => block.role === 'caption').map((block) => block.text)).toEqual(['Les commerçants ont retrouvé leurs étals, mardi matin. Photo Jean-Luc Berthon']);
    expect(blocks.filter((block) => block.role === 'paragraph')).toHaveLength(2);
  });
});
