/**
 * One article written for these tests, typeset with groff in two columns on two A5 pages (the
 * .ms beside the extractions), extracted with pdftotext -raw and -layout, and an OCR-like
 * variant typed by hand from the raw text (`¬`, ligatures, mixed apostrophes, a stray blank
 * line, a folio and a running header between the two halves of a hyphenated word).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { createDocumentEvidence } from '../../src/layout/join-lines.ts';
import { layoutPage } from '../../src/layout/page-layout.ts';
import { structureArticle, structureText } from '../../src/structure.ts';
import type { StructuredArticle } from '../../src/types.ts';
import type { ExpectedArticle } from '../support/structure-score.ts';

const fixture = (name: string): URL => new URL(`../fixtures/extracted/${name}`, import.meta.url);
const expected = JSON.parse(readFileSync(fixture('venissieux-factory.expected.json'), 'utf8')) as ExpectedArticle;
const read = (path: string): StructuredArticle => {
  const file = `venissieux-factory.groff-a5-2col.${path}.txt`;
  return structureArticle(readFileSync(fixture(file)), { fileName: file });
};
const blocks = (article: StructuredArticle) =>
  article.blocks.map((block) => ({ role: block.role, text: block.text, sentences: block.sentences.map((sentence) => sentence.text) }));

describe.each(['raw', 'layout', 'ocr'])('a two-column page extracted by %s', (path) => {
  it('gives the hand-written blocks and sentences', () => {
    const article = read(path);
    expect(article.source.layout).toBe('print');
    expect(blocks(article)).toEqual(expected.blocks);
  });
});

describe('the page layout records what it did', () => {
  it('records the running header, the folio, the columns and the OCR repairs', () => {
    const kinds = new Set(read('ocr').repairs.map((repair) => `${repair.kind}/${repair.reason}`));
    for (const kind of ['page-furniture-removed/folio', 'page-furniture-removed/running-header', 'ocr-hyphen-replaced/not-sign-at-line-end', 'ligature-expanded/typographic-ligature', 'apostrophe-normalized/article-majority', 'paragraph-split/short-last-line', 'hyphen-joined/lexicon']) {
      expect(kinds).toContain(kind);
    }
    const layout = read('layout');
    expect(layout.repairs).toContainEqual(expect.objectContaining({ kind: 'columns-reordered', reason: 'side-by-side-columns' }));
    expect(layout.repairs).toContainEqual(expect.objectContaining({ kind: 'paragraph-split', reason: 'indent' }));
    expect(layout.warnings).toContainEqual(expect.objectContaining({ rule: 'layout/intertitle' }));
  });

  it('joins a word hyphenated across a page break, over the folio and the running header', () => {
    expect(read('ocr').repairs).toContainEqual(expect.objectContaining({ kind: 'hyphen-joined', before: 'pré-|fecture', after: 'préfecture' }));
  });

  it('keeps French non-breaking spaces and CRLF line ends harmless', () => {
    const text = readFileSync(fixture('venissieux-factory.groff-a5-2col.raw.txt'), 'utf8');
    const withSpaces = text.replaceAll('« ', '«\u00a0').replaceAll(' »', '\u202f»').replaceAll('\n', '\r\n');
    const article = structureText(withSpaces, { fileName: 'venissieux.txt' });
    expect(article.blocks.map((block) => block.role)).toEqual(expected.blocks.map((block) => block.role));
    expect(article.blocks.map((block) => block.text.replace(/[\u00a0\u202f]/g, ' '))).toEqual(expected.blocks.map((block) => block.text));
  });
});

describe('a body opening on an intertitle', () => {
  // A letters page: a standfirst on top, then each letter under a heading of its own, the first
  // one included. Lines typed by hand, as an OCR text gives them: one printed line a line.
  const page = (firstLetter: string[]): string =>
    [
      'COURRIER DES LECTEURS',
      'Vos réactions',
      'Les lettres publiées ici sont parfois abrégées par la',
      'rédaction du journal.',
      ...firstLetter,
      'Le marché du jeudi',
      'Le marché couvert a perdu la moitié de ses commerçants en deux ans. Les loyers des',
      'étals ont doublé, et la mairie ne dit rien. Il faut agir vite, avant que les derniers',
      'maraîchers ne partent vendre ailleurs.',
    ].join('\n');
  const letter = [
    'Depuis la rentrée, la piscine municipale n’ouvre plus le samedi. Les familles qui',
    'travaillent la semaine n’ont plus aucun créneau pour apprendre à nager à leurs',
    'enfants. Qui a pris cette décision, et pourquoi ? Nous attendons une réponse de la',
    'mairie depuis le mois de septembre.',
  ];
  const read = (text: string) => {
    const context = { lexicon: getFrenchLexicon(), document: createDocumentEvidence(text) };
    return layoutPage(text, context).blocks.map((block) => `${block.role}: ${block.text.split(' ').slice(0, 4).join(' ')}`);
  };

  it('sets the heading right under the standfirst apart, as the ones further down', () => {
    expect(read(page(['La piscine fermée', ...letter]))).toEqual([
      'kicker: COURRIER DES LECTEURS',
      'headline: Vos réactions',
      'standfirst: Les lettres publiées ici',
      'paragraph: La piscine fermée',
      'paragraph: Depuis la rentrée, la',
      'paragraph: Le marché du jeudi',
      'paragraph: Le marché couvert a',
    ]);
  });

  it('leaves a body opening on a paragraph’s full first line whole', () => {
    expect(read(page(letter)).slice(3, 5)).toEqual(['paragraph: Depuis la rentrée, la', 'paragraph: Le marché du jeudi']);
  });

  it('sets a heading right under a byline apart: the byline closes the furniture, though no stop ends it', () => {
    const agenda = [
      'SORTIR',
      'Le week-end dans le Perche',
      'Par la rédaction de Mortagne',
      'Samedi 13 septembre',
      'Bellême, 9 h : marché aux plantes rares et aux graines anciennes, place de la République.',
      'Nogent-le-Rotrou, 20 h 30 : concert baroque à l’église Notre-Dame, entrée 18 euros.',
    ].join('\n');
    expect(read(agenda).slice(2, 5)).toEqual(['byline: Par la rédaction de', 'paragraph: Samedi 13 septembre', 'paragraph: Bellême, 9 h :']);
  });

  it('reads initials closing a signed piece as its signature, a byline on top or not', () => {
    const piece = (byline: string[]) =>
      [
        'MONTAGNE',
        'Le glacier recule encore',
        ...byline,
        'Le front du glacier a perdu près de trois cents mètres en vingt ans, selon les',
        'relevés présentés mardi par les chercheurs de l’université.',
        'La commune envisage un parcours pédagogique sur l’ancien sentier.',
        'J.-P. D.',
      ].join('\n');
    expect(read(piece(['Par Hélène Mercier-Dupuis'])).filter((block) => block.startsWith('byline'))).toEqual(['byline: Par Hélène Mercier-Dupuis', 'byline: J.-P. D.']);
    expect(read(piece([])).filter((block) => block.startsWith('byline'))).toEqual(['byline: J.-P. D.']);
    // A name closing the body under a byline is not taken for a second signature.
    const named = piece(['Par Hélène Mercier-Dupuis']).replace('J.-P. D.', 'Jean Dupont');
    expect(read(named).filter((block) => block.startsWith('byline'))).toEqual(['byline: Par Hélène Mercier-Dupuis']);
  });

  it('reads a name closing the text after a page break, under a line cut inside a word, as the signature', () => {
    const piece = (last: string) =>
      [
        'MONTAGNE',
        'Le glacier recule encore',
        'Le front du glacier a perdu près de trois cents mètres en vingt ans, selon les',
        'relevés présentés mardi par les chercheurs de l’université, qui pré-',
        '12 | La Gazette du Causse',
        last,
      ].join('\n');
    expect(read(piece('Hélène Mercier-Dupuis')).filter((block) => block.startsWith('byline'))).toEqual(['byline: Hélène Mercier-Dupuis']);
    // With no page break between them, the name is a sentence's words going on.
    const flowing = piece('Hélène Mercier-Dupuis').replace('12 | La Gazette du Causse\n', '');
    expect(read(flowing).filter((block) => block.startsWith('byline'))).toEqual([]);
  });

  it('leaves a first line opening on a dateline in its paragraph, short as it may run', () => {
    const dated = ['VALENCE (AFP) — La piscine municipale ferme', ...letter];
    expect(read(page(dated)).slice(3, 6)).toEqual(['dateline: VALENCE (AFP) —', 'paragraph: La piscine municipale ferme', 'paragraph: Le marché du jeudi']);
  });
});
