import { describe, expect, it } from 'vitest';
import { plainWordSpaces } from '../../src/layout/word-spaces.ts';
import { structureArticle, structureText } from '../../src/structure.ts';

const NB = '\u00A0';
/** Every space of `text` written as U+00A0, as some extractions write a font's space glyph. */
const everySpaceNoBreak = (text: string): string => text.replaceAll(' ', NB);

// A short article typed for this test, in the seed's print layout: paragraphs end on a trailing space.
const ARTICLE = [
  'Le conseil municipal de Saint-Amand a voté mardi soir le budget de la ',
  'nouvelle salle des fêtes : 2 400 000 euros, dont 40 % payés par la région. ',
  '',
  '« Nous attendions ce vote depuis six ans », a confié le maire, Paul Girard. ',
  'Les travaux commenceront en mars ; la salle ouvrira au printemps suivant ! ',
].join('\n');

describe('word spaces an extraction wrote as tabs', () => {
  it('makes a run of tabs between two words one space, and leaves a tab that opens a line (its indent)', () => {
    const result = plainWordSpaces('Le\tconseil \t municipal\t\ta voté.\n\tIl siège mardi.\nSans tabulation.');
    expect(result.text).toBe('Le conseil municipal a voté.\n\tIl siège mardi.\nSans tabulation.');
    expect(result.repairs.map((repair) => `${repair.line} ${repair.kind} ${repair.reason}`)).toEqual(['1 space-normalized tab-between-words']);
  });

  it('leaves a tab at a line’s end alone, and a text with none', () => {
    for (const text of ['Le conseil a voté.\t\nIl siège.', 'Le conseil a voté.']) expect(plainWordSpaces(text)).toEqual({ text, repairs: [] });
  });
});

describe('word spaces an extraction wrote as no-break spaces', () => {
  it('turns them back into ordinary spaces, keeping the ones French typography sets', () => {
    const result = plainWordSpaces(everySpaceNoBreak('« Nous attendions ce vote depuis six ans », a dit le maire.\nLa salle coûte 2 400 000 euros : 40 % payés par la région ; les travaux commencent !'));
    expect(result.text).toBe(
      `«${NB}Nous attendions ce vote depuis six ans${NB}», a dit le maire.\nLa salle coûte 2${NB}400${NB}000 euros${NB}: 40${NB}% payés par la région${NB}; les travaux commencent${NB}!`,
    );
    expect(result.repairs.map((repair) => `${repair.line} ${repair.kind} ${repair.reason}`)).toEqual([
      '1 space-normalized no-break-word-spaces',
      '2 space-normalized no-break-word-spaces',
    ]);
    expect(result.repairs[0]!.evidence).toMatch(/no-break spaces between two letters against 0 ordinary spaces/);
  });

  it('leaves French copy alone: its no-break spaces sit before marks, inside figures, and now and then between words', () => {
    for (const text of [
      `«${NB}Nous attendions ce vote${NB}», a dit M.${NB}Girard${NB}: 2${NB}400${NB}000 euros, 40${NB}%${NB}!`,
      `Louis${NB}XIV et Charles${NB}X, Jean${NB}Paul, Saint${NB}Louis, Pie${NB}IX, Henri${NB}IV, Léon${NB}XIII, Paul${NB}VI et Jean${NB}XXIII ont régné, dit l'historien dans une longue phrase de plus de huit mots.`,
      'Un texte sans aucune espace insécable.',
    ]) {
      expect(plainWordSpaces(text)).toEqual({ text, repairs: [] });
    }
  });

  it('needs more no-break word spaces than ordinary spaces: a few in a long text are the author’s', () => {
    const text = `Une ligne${NB}avec${NB}quelques${NB}espaces${NB}insécables${NB}entre${NB}ses${NB}mots${NB}et puis une suite de mots ordinaires séparés par des espaces comme partout ailleurs dans cet article.`;
    expect(plainWordSpaces(text).repairs).toEqual([]);
  });

  it('lets the structure stage find the paragraphs and sentences of a text written so', () => {
    const plain = structureText(ARTICLE, { fileName: 'conseil.txt' });
    const noBreak = structureText(everySpaceNoBreak(ARTICLE), { fileName: 'conseil.txt' });
    expect(noBreak.blocks.map((block) => block.text.replaceAll(NB, ' '))).toEqual(plain.blocks.map((block) => block.text.replaceAll(NB, ' ')));
    expect(noBreak.blocks.flatMap((block) => block.sentences).length).toBe(3);
    expect(noBreak.blocks.length).toBe(2);
    expect(noBreak.repairs.filter((repair) => repair.kind === 'space-normalized').length).toBe(4);
  });
});

describe('a space glyph the PDF names no character for', () => {
  const UNKNOWN = '\uFFFD';
  const NARROW = '\u202F';

  it('puts back a narrow no-break space where French typography sets one, and leaves an unknown character elsewhere', () => {
    const text = [`Le devis atteint 2${UNKNOWN}400 euros, à 40${UNKNOWN}% de la région.`, `« Et la pluie${UNKNOWN}? » demande-t-il.`, `Un signe in${UNKNOWN}connu reste.`].join('\n');
    const result = plainWordSpaces(text);
    expect(result.text).toBe([`Le devis atteint 2${NARROW}400 euros, à 40${NARROW}% de la région.`, `« Et la pluie${NARROW}? » demande-t-il.`, `Un signe in${UNKNOWN}connu reste.`].join('\n'));
    expect(result.repairs.map((repair) => `${repair.line} ${repair.kind} ${repair.reason}`)).toEqual(['1 space-normalized unnamed-no-break-space', '2 space-normalized unnamed-no-break-space']);
  });

  it('reads pdf2txt’s NUL for that glyph as the same space, through the whole stage', () => {
    const page = new TextEncoder().encode(ARTICLE.replace('2 400 000', '2\u0000400\u0000000'));
    const article = structureArticle(page, { fileName: 'page.pdfminer.txt' });
    // The space put back (later passes may make it a plain one); no unknown character left.
    expect(article.blocks.map((block) => block.text).join('\n')).toMatch(/2[ \u00A0\u202F]400[ \u00A0\u202F]000 euros/);
    expect(article.blocks.some((block) => block.text.includes('\uFFFD'))).toBe(false);
    expect(article.repairs.some((repair) => repair.reason === 'unnamed-no-break-space')).toBe(true);
  });
});

describe('a justified line’s stretched word spaces', () => {
  it('makes each run of a line whose word spaces are mostly stretched alike one space, keeping its indent', () => {
    const text = ['Le   conseil   a   voté   mardi   le', '  budget  de  la salle  des  fêtes.', 'Une ligne sans espace étiré.'].join('\n');
    const result = plainWordSpaces(text);
    expect(result.text).toBe(['Le conseil a voté mardi le', '  budget de la salle des fêtes.', 'Une ligne sans espace étiré.'].join('\n'));
    expect(result.repairs.map((repair) => `${repair.line} ${repair.reason}`)).toEqual(['1 stretched-word-spaces', '2 stretched-word-spaces']);
  });

  it('leaves a gutter between side-by-side columns, a single wide run and a line of mostly single spaces', () => {
    for (const line of ['Le conseil a voté mardi     Les travaux commenceront', 'Le conseil      a voté', 'Le conseil a voté  mardi le budget', 'Le  conseil       a  voté', 'soupire    l’apiculteur,    in']) {
      expect(plainWordSpaces(line)).toEqual({ text: line, repairs: [] });
    }
  });
});

describe('a printout justified by whole spaces (a monospaced face, each line padded to one length)', () => {
  // A paragraph's lines padded to 40 characters, the extra spaces given to the first gaps: three
  // lines with most of their gaps stretched, three nearly full with one or two; its last line
  // not padded.
  const PRINTOUT = [
    'Le  conseil  municipal  a  voté mardi le',
    'budget  de  la nouvelle salle des fêtes,',
    'payée  par  la  région,  et  les travaux',
    'commenceront  en mars pour une ouverture',
    'au  printemps.  Les élus de l’opposition',
    'ont  voté  contre  le  projet  du  maire',
    'sortant,  dit-on.',
  ];

  it('reads a line of the measure with only one or two stretched gaps as stretched too, and leaves a shorter line', () => {
    expect(new Set(PRINTOUT.slice(0, 6).map((line) => line.length))).toEqual(new Set([40]));
    const result = plainWordSpaces(PRINTOUT.join('\n'));
    const lines = result.text.split('\n');
    expect(lines.slice(0, 6)).toEqual(PRINTOUT.slice(0, 6).map((line) => line.replace(/ {2,}/g, ' ')));
    // Shorter than the measure: no padded line, its run left to the column reader.
    expect(lines[6]).toBe('sortant,  dit-on.');
    expect(result.repairs.map((repair) => repair.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(result.repairs[1]!.evidence).toContain('the length 3 lines justified with stretched spaces were padded to');
  });

  it('needs the text justified so on several lines of one length: a line with one run of two spaces is left otherwise', () => {
    const two = [PRINTOUT[0], PRINTOUT[3]].join('\n');
    expect(plainWordSpaces(two).text.split('\n')[1]).toBe(PRINTOUT[3]);
    // Stretched lines of varying lengths (a proportional face read by pdf2txt) set no measure.
    const varying = ['Le  conseil  municipal  a  voté  mardi', 'budget  de  la  nouvelle  salle  des  fêtes,', 'la  région,  et  les  travaux', 'commenceront  en mars pour une ouverture'].join('\n');
    expect(plainWordSpaces(varying).text.split('\n')[3]).toBe('commenceront  en mars pour une ouverture');
  });
});
