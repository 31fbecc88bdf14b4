/**
 * The seed's print convention (a paragraph's last line keeps a trailing space, furniture after
 * the body): a byline anywhere among that furniture, furniture set wider than the column
 * straight after the body, and an intertitle marked by a trailing space. Variants of an
 * existing fixture, so that the rest of the article is known to read right.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { marksParagraphEndsWithTrailingSpace } from '../../src/layout/print-layout.ts';
import { structureText } from '../../src/structure.ts';

const opec = readFileSync(new URL('../fixtures/articles/opec-output-cut.print.txt', import.meta.url), 'utf8');
const furniture = (text: string): string[] =>
  structureText(text, { fileName: 'opec.txt' })
    .blocks.filter((block) => block.role !== 'paragraph')
    .map((block) => `${block.role}: ${block.text.slice(0, 40)}`);

const EXPECTED = [
  'kicker: ÉCONOMIE',
  "headline: L'Opep s'entend pour réduire sa producti",
  'byline: Par Jean Dupont',
  'dateline: VIENNE —',
  "caption: Le siège de l'Opep à Vienne, hier (Photo",
];

describe('furniture after the body, seed convention', () => {
  it('reads the fixture as it is', () => {
    expect(marksParagraphEndsWithTrailingSpace(opec)).toBe(true);
    expect(furniture(opec)).toEqual(EXPECTED);
  });

  it('finds a byline set right after the kicker, with no blank line around it', () => {
    const text = opec.replace(" ÉCONOMIE\n\nL'Opep", " ÉCONOMIE\n\nPar Jean Dupont\nL'Opep").replace('\nPar Jean Dupont\n Le siège', '\n Le siège');
    expect(furniture(text)).toEqual(EXPECTED);
  });

  it('finds a byline set before the headline with a leading space', () => {
    const text = opec.replace(' ÉCONOMIE\n\n', ' ÉCONOMIE\n\n Par Jean Dupont\n\n').replace('\nPar Jean Dupont\n Le siège', '\n Le siège');
    expect(furniture(text)).toEqual(EXPECTED);
  });

  it('reads furniture set on top as well as after the body', () => {
    const onTop = " ÉCONOMIE\n\nL'Opep s'entend pour réduire\nsa production et fait\nbondir les cours du pétrole\n\n";
    expect(opec.includes(onTop)).toBe(true);
    const text = onTop + opec.replace(onTop, '');
    expect(furniture(text)).toEqual(EXPECTED);
    const body = (source: string) => structureText(source, { fileName: 'opec.txt' }).blocks.filter((block) => block.role === 'paragraph').map((block) => block.text);
    expect(body(text)).toEqual(body(opec));
  });

  it('keeps a paragraph and its intertitle apart when the trailing space marks the intertitle', () => {
    const text = opec.replace('Les marchés restent prudents. \n', 'Les marchés restent prudents. \nUne décision fragile \n');
    const paragraphs = structureText(text, { fileName: 'opec.txt' }).blocks.filter((block) => block.role === 'paragraph').map((block) => block.text);
    expect(paragraphs).toContain('Une décision fragile');
  });
});

describe('the whitespace an extraction leaves between words and at line ends', () => {
  // Some extractions keep the space a word processor set at each line's break (AbiWord's pages
  // read by `mutool draw -F txt`): then a trailing space marks no paragraph's end.
  const pages = ['dairy-cooperative-jobs.groff-a4-2col', 'dairy-cooperative-jobs.latex-a4-3col'].map((name) =>
    readFileSync(new URL(`../fixtures/pages/dev/dairy-cooperative-jobs/${name}.pdftotext.txt`, import.meta.url), 'utf8'),
  );
  const blocks = (text: string) => structureText(text, { fileName: 'page.txt' }).blocks.map((block) => `${block.role}: ${block.text}`);

  it('reads a page whose every line ends in a space as it reads the page without them', () => {
    for (const page of pages) {
      const spaced = page.replace(/(?<=\S)\n/g, ' \n');
      expect(spaced).not.toBe(page);
      expect(marksParagraphEndsWithTrailingSpace(spaced)).toBe(false);
      expect(blocks(spaced)).toEqual(blocks(page));
    }
  });

  it('reads a page whose words are parted by tabs as it reads the page with spaces', () => {
    // pdfminer's `pdf2txt` parts the words of wkhtmltopdf's justified lines with tabs.
    for (const page of pages) {
      const tabbed = page.replace(/(?<=\S) (?=\S)/g, '\t');
      expect(tabbed).not.toBe(page);
      expect(blocks(tabbed)).toEqual(blocks(page));
    }
  });

  it('still reads the seed convention when a few wrapped lines carry a stray space', () => {
    const lines = opec.split('\n');
    // Two wrapped body lines (not ending a sentence) given a trailing space: still far fewer than the paragraph ends.
    let given = 0;
    const text = lines.map((line) => (given < 2 && /[a-zé,]$/.test(line) && line.length > 30 ? (given += 1, `${line} `) : line)).join('\n');
    expect(given).toBe(2);
    expect(marksParagraphEndsWithTrailingSpace(text)).toBe(true);
  });
});

describe('a space the PDF drew after a block, kept by the extraction', () => {
  // PDFBox's `ExtractText` (and pypdf, MuPDF) write a line per printed line, no blank line between
  // blocks, and keep a space a PDF maker drew after a block's last word (after a standfirst):
  // one such line among many sentence ends without a space marks no seed paragraph.
  const page = [
    'Le marché couvert rouvre ses portes',
    'Après deux ans de travaux, les commerçants retrouvent leurs étals. ',
    'Par Claire Martin',
    'Les premiers clients sont arrivés dès',
    '7 heures, samedi, sous la halle rénovée.',
    'Le maire a coupé le ruban à 10 heures.',
    'Les travaux ont coûté 4 millions',
    "d'euros, dont la moitié payée par la",
    'région.',
    'Seize commerçants ont repris leur place.',
    'Trois nouveaux venus les rejoignent.',
    'Le marché ouvrira désormais le',
    'dimanche matin.',
    'Une fête est prévue le mois prochain.',
  ].join('\n');
  const blocks = (text: string) => structureText(text, { fileName: 'page.txt' }).blocks.map((block) => `${block.role}: ${block.text}`);

  it('reads the page as it reads it without that space', () => {
    expect(marksParagraphEndsWithTrailingSpace(page)).toBe(false);
    expect(blocks(page)).toEqual(blocks(page.replace(' \n', '\n')));
  });

  it('still reads the seed convention, where most sentence-ending lines carry the space', () => {
    const seed = page.replace('rénovée.\n', 'rénovée. \n').replace('région.\n', 'région. \n').replace('matin.\n', 'matin. \n');
    expect(marksParagraphEndsWithTrailingSpace(seed)).toBe(true);
  });
});
