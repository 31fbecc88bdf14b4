/**
 * Line ends read from a PDF's drawing (`src/layout/pdf-drawn-line-ends.ts`): in a text whose
 * typesetter draws the space it broke each line at, a line ending on no space was broken inside a
 * word, or ends its paragraph. Lines typed by hand, placed as such a typesetter places them.
 */
import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { drawsLineEndSpaces, endsParagraphUnspaced, runsOnUnspaced, typeDrawsLineEndSpaces, type DrawnEndLine } from '../../src/layout/pdf-drawn-line-ends.ts';
import { layoutPdf } from '../../src/layout/pdf-layout.ts';
import { naturalWidth, pdfDocument, type PlacedLine } from '../support/pdf-pages.ts';

const COLUMN = {};

/** Lines of one column, a leading of 12 pt apart, in 10 pt: each text with what is drawn after it. */
function lines(texts: [string, boolean | undefined][], first = 100): DrawnEndLine[] {
  return texts.map(([text, spaceDrawnAfter], index) => ({ text, page: 1, y: first + 12 * index, size: 10, region: COLUMN, ...(spaceDrawnAfter === undefined ? {} : { spaceDrawnAfter }) }));
}

const GOING_ON: [string, boolean][] = [
  ['Le maire a présenté lundi soir le budget de la', true],
  ['commune, voté par vingt-quatre élus contre neuf,', true],
  ['qui prévoit une hausse de la taxe foncière et', true],
  ['une baisse des subventions aux associations', true],
  ['sportives, dont le club de football, qui a', true],
  ['protesté par la voix de son président.', false],
];

describe('drawsLineEndSpaces: a text that draws the space it broke each line at', () => {
  it('counts the lines surely going on at a word’s end that end on a space drawn', () => {
    const evidence = drawsLineEndSpaces(lines(GOING_ON));
    expect(evidence).toMatchObject({ spaced: 5, read: 5 });
    expect(typeDrawsLineEndSpaces(evidence!, lines(GOING_ON)[0]!)).toBe(true);
    // Another type (a headline's, in 20 pt bold) with no line of its own read: not known to draw them.
    expect(typeDrawsLineEndSpaces(evidence!, { text: 'Un budget serré', page: 1, y: 40, size: 20, bold: true, region: COLUMN })).toBe(false);
  });

  it('says nothing of a text with too few such lines, or one that draws no space at most line ends', () => {
    expect(drawsLineEndSpaces(lines(GOING_ON.slice(2)))).toBeUndefined();
    const fewDrawn = GOING_ON.map(([text], index): [string, boolean] => [text, index % 2 === 0]);
    expect(drawsLineEndSpaces(lines(fewDrawn))).toBeUndefined();
    // The drawing not read: nothing known.
    expect(drawsLineEndSpaces(lines(GOING_ON.map(([text]): [string, undefined] => [text, undefined])))).toBeUndefined();
  });

  it('needs one type to show it: a few lines of several types do not add up to it', () => {
    // Two lines of a headline, two of a standfirst, two of a caption, each ending on a space
    // drawn (a word processor leaving them ragged), the body's justified lines on none.
    const type = (texts: [string, boolean][], size: number, first: number, italic = false): DrawnEndLine[] => lines(texts, first).map((line) => ({ ...line, size, italic }));
    const mixed = [
      ...type([['Gardienne de refuge, elle', true], ['raconte son dernier été', false]], 18, 60),
      ...type([['Après vingt saisons, elle redescend pour de', true], ['bon, et raconte le glacier', false]], 11, 120, true),
      ...type([['La gardienne sur la terrasse du refuge,', true], ['face au glacier', false]], 7.5, 200, true),
      ...lines(GOING_ON.map(([text]): [string, boolean] => [text, false]), 300),
    ];
    expect(drawsLineEndSpaces(mixed)).toBeUndefined();
  });

  it('reads only lines of one column a leading apart, in one size', () => {
    const apart = lines(GOING_ON).map((line, index) => ({ ...line, y: 100 + 40 * index }));
    expect(drawsLineEndSpaces(apart)).toBeUndefined();
  });
});

describe('runsOnUnspaced and endsParagraphUnspaced: a line ending on no space drawn', () => {
  const [before, after] = lines([
    ['programme de la 38e édition. Elle succède à J.', false],
    ['-P. Abgrall, qui a dirigé le festival pendant', true],
  ]) as [DrawnEndLine, DrawnEndLine];

  it('goes on in the next line with no space where the next word would not have fitted', () => {
    expect(runsOnUnspaced(before, after, false)).toBe(true);
    expect(runsOnUnspaced({ ...before, text: 'les comptes du site www.' }, { ...after, text: 'mairie-landerneau.fr, où' }, false)).toBe(true);
  });

  it('keeps its space where the line was ended on purpose, a space was drawn, or nothing is known', () => {
    // Room left for the next word: a line ended on purpose (a headline's, a caption's).
    expect(runsOnUnspaced(before, after, true)).toBe(false);
    expect(runsOnUnspaced({ ...before, spaceDrawnAfter: true }, after, false)).toBe(false);
    const { spaceDrawnAfter: _unread, ...unread } = before;
    expect(runsOnUnspaced(unread, after, false)).toBe(false);
    // Set in another type (a credit under its caption).
    expect(runsOnUnspaced(before, { ...after, size: 7 }, false)).toBe(false);
    expect(runsOnUnspaced(before, { ...after, italic: true }, false)).toBe(false);
    // A hyphen at its end: the text path's join decides it.
    expect(runsOnUnspaced({ ...before, text: 'le centre de la Haute-' }, { ...after, text: 'Savoie, où' }, false)).toBe(false);
  });

  it('ends its paragraph where it ends a sentence and the next opens one', () => {
    const end = { ...before, text: 'et promet un retour à la normale pour dimanche.' };
    const opening = { ...after, text: 'Les habitants peuvent signaler une panne' };
    expect(endsParagraphUnspaced(end, opening)).toBe(true);
    expect(runsOnUnspaced(end, opening, false)).toBe(false);
    expect(endsParagraphUnspaced(end, { ...after, text: '– On a tout prévu, sourit la directrice.' })).toBe(true);
    expect(endsParagraphUnspaced({ ...end, spaceDrawnAfter: true }, opening)).toBe(false);
    expect(endsParagraphUnspaced(before, after)).toBe(false);
  });
});

describe('layoutPdf: a column whose typesetter draws the space it broke each line at', () => {
  const HEAD: PlacedLine[] = [
    { text: 'Le tramway de Besançon', x: 50, y: 60, size: 20, font: 'bold', spaceDrawnAfter: false },
    { text: 'gagne les quartiers nord', x: 50, y: 84, size: 20, font: 'bold', spaceDrawnAfter: false },
  ];
  const RIGHT = 50 + 300;
  /** A ragged line: set at its natural width; `full` lines reach the column's right edge. */
  const line = (text: string, y: number, spaceDrawnAfter: boolean | undefined, full = false): PlacedLine => ({
    text,
    x: 50,
    y,
    ...(full ? { width: RIGHT - 50 } : { width: Math.min(naturalWidth(text), RIGHT - 50) }),
    ...(spaceDrawnAfter === undefined ? {} : { spaceDrawnAfter }),
  });
  const body = (read: boolean): PlacedLine[] => {
    const drawn = (value: boolean): boolean | undefined => (read ? value : undefined);
    return [
      line('La ligne 2 du tramway a été inaugurée samedi matin par', 120, drawn(true), true),
      line('le maire, devant plusieurs centaines d’habitants venus', 132, drawn(true), true),
      line('des quartiers nord, qui attendaient cette ligne depuis', 144, drawn(true), true),
      line('douze ans. Le chantier, dirigé par J.', 156, drawn(false), true),
      line('-P. Vuillemin, a coûté 240 millions d’euros, et la ville', 168, drawn(true), true),
      line('promet une rame toutes les six minutes aux heures de', 180, drawn(true), true),
      line('pointe, et un service jusqu’à minuit le samedi soir.', 192, drawn(false)),
    ];
  };

  it('joins the word broken with no space drawn, and leaves a headline the drawing says nothing of', () => {
    const result = layoutPdf(pdfDocument([[...HEAD, ...body(true)]]), { lexicon: getFrenchLexicon() });
    expect(result.blocks.map((block) => block.text)).toEqual([
      'Le tramway de Besançon gagne les quartiers nord',
      'La ligne 2 du tramway a été inaugurée samedi matin par le maire, devant plusieurs centaines d’habitants venus des quartiers nord, qui attendaient cette ligne depuis douze ans. Le chantier, dirigé par J.-P. Vuillemin, a coûté 240 millions d’euros, et la ville promet une rame toutes les six minutes aux heures de pointe, et un service jusqu’à minuit le samedi soir.',
    ]);
    expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'space-collapsed', reason: 'no-space-drawn-at-line-end', before: 'J.|-P.' }));
  });

  it('changes nothing where the drawing was not read', () => {
    const result = layoutPdf(pdfDocument([[...HEAD, ...body(false)]]), { lexicon: getFrenchLexicon() });
    expect(result.blocks[1]?.text).toContain('dirigé par J. -P. Vuillemin');
    expect(result.repairs).not.toContainEqual(expect.objectContaining({ reason: 'no-space-drawn-at-line-end' }));
  });
});
