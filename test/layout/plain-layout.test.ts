import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { createDocumentEvidence } from '../../src/layout/join-lines.ts';
import { layoutPlain } from '../../src/layout/plain-layout.ts';

const layout = (text: string) => layoutPlain(text, { lexicon: getFrenchLexicon(), document: createDocumentEvidence(text) });
const paragraphs = (text: string) => layout(text).blocks.filter((block) => block.role === 'paragraph').map((block) => block.text);

/** A page read by OCR that sets a blank line between paragraphs: lines wrapped at the column's measure. */
const OCR_PAGE = [
  'Le tramway gagne les quartiers nord',
  '',
  "La troisième ligne a été inaugurée vendredi après l'attente de",
  'vingt-six mois de travaux. « Nous avons attendu longtemps », dit',
  "l’élu, qui l’a rappelé devant l’usine. Les premiers voyageurs sont",
  'montés à 6h40 pour tout l’après- midi, «un grand jour ».',
].join('\n');

describe('plain text read off a page by OCR', () => {
  it('gets the apostrophes OCR mixed made one, where its lines are wrapped at a measure', () => {
    const [body] = paragraphs(OCR_PAGE);
    expect(body).toContain("l’attente de vingt-six mois");
    expect(body).not.toContain("'");
  });

  it('gets the French spacing OCR dropped and a compound stretched after its hyphen closed', () => {
    const [body] = paragraphs(OCR_PAGE);
    expect(body).toContain('à 6 h 40 pour tout l’après-midi, « un grand jour ».');
    const repairs = layout(OCR_PAGE).repairs.map((repair) => repair.reason);
    expect(repairs).toEqual(expect.arrayContaining(['french-spacing', 'space-after-compound-hyphen', 'ocr-misreads-curly-as-straight']));
  });

  it('leaves a typed article, a paragraph a line, with its apostrophes as its author mixed them', () => {
    const text = 'Grève au port\n\nLes dockers n’ont pas été payés, selon l\'Entreprise portuaire.\n\nUne réunion est prévue avec l\'inspection du travail.';
    expect(paragraphs(text)).toEqual(['Les dockers n’ont pas été payés, selon l\'Entreprise portuaire.', 'Une réunion est prévue avec l\'inspection du travail.']);
  });
});

/**
 * A page copied from a news site's article in a browser: a paragraph a line, no blank line, no
 * line wrapped. Lines like these are whole paragraphs, not a page's printed lines.
 */
const BROWSER_COPY = [
  'Montagne',
  'Au col du Lautaret, le jardin alpin rouvre après deux ans de travaux',
  "Les serres ont été reconstruites et un nouveau sentier de découverte relie les rocailles au laboratoire. L'entrée reste gratuite pour les moins de 12 ans.",
  'Par Hélène Rastello',
  "Les premiers visiteurs sont arrivés dès 9 heures, samedi, sous un ciel encore chargé. Le jardin, créé en 1899 par l'université de Grenoble, présente plus de 2 000 espèces de plantes de montagne venues du monde entier.",
  'Lire aussi | Les glaciers des Écrins ont perdu un tiers de leur surface',
  "« Nous avons refait les allées, les murets et l'arrosage goutte à goutte. Les plantes, elles, ont attendu sous la neige », sourit la directrice, Mme Serge-Aubry.",
  'Un sentier plus accessible',
  "Le nouveau sentier, long de 800 mètres, est praticable en fauteuil roulant sur la moitié de son parcours. Des panneaux en braille jalonnent la partie basse.",
].join('\n');

describe('a text copied from a browser, a paragraph a line', () => {
  it('reads each line as a block of its own, none glued to the next, the page\'s related link left out', () => {
    const laidOut = layout(BROWSER_COPY);
    const blocks = laidOut.blocks;
    expect(blocks.map((block) => block.role)).toEqual(['kicker', 'headline', 'standfirst', 'byline', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(blocks[6]?.text).toBe('Un sentier plus accessible');
    expect(blocks.map((block) => block.startLine)).toEqual([1, 2, 3, 4, 5, 7, 8, 9]);
    expect(laidOut.repairs).toContainEqual(
      expect.objectContaining({ kind: 'page-furniture-removed', line: 6, before: 'Lire aussi | Les glaciers des Écrins ont perdu un tiers de leur surface', reason: 'web-chrome' }),
    );
  });
});

/**
 * The same paste with blank lines between some of its parts only: the page's head apart from the
 * byline, the byline apart from the body, the body's paragraphs a line each with no blank line
 * between them (a session-44 new user's paste). A blank line is no paragraph's only mark here.
 */
const MIXED_PASTE = [
  'Montagne',
  'Au col du Lautaret, le jardin alpin rouvre après deux ans de travaux',
  "Les serres ont été reconstruites et un nouveau sentier de découverte relie les rocailles au laboratoire. L'entrée reste gratuite pour les moins de 12 ans.",
  '',
  'Par Hélène Rastello',
  '',
  "Les premiers visiteurs sont arrivés dès 9 heures, samedi, sous un ciel encore chargé. Le jardin, créé en 1899 par l'université de Grenoble, présente plus de 2 000 espèces de plantes de montagne venues du monde entier.",
  "« Nous avons refait les allées, les murets et l'arrosage goutte à goutte. Les plantes, elles, ont attendu sous la neige », sourit la directrice, Mme Serge-Aubry.",
  'Un sentier plus accessible',
  "Le nouveau sentier, long de 800 mètres, est praticable en fauteuil roulant sur la moitié de son parcours. Des panneaux en braille jalonnent la partie basse.",
].join('\n');

describe('a text pasted a paragraph a line, blank lines between some parts', () => {
  it('still reads each line as a block: the head\'s three lines and the body\'s four paragraphs are not glued', () => {
    const blocks = layout(MIXED_PASTE).blocks;
    expect(blocks.map((block) => block.role)).toEqual(['kicker', 'headline', 'standfirst', 'byline', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(blocks[6]?.text).toBe('Un sentier plus accessible');
    expect(blocks.map((block) => block.startLine)).toEqual([1, 2, 3, 5, 7, 8, 9, 10]);
  });

  it('joins the lines of a paragraph wrapped at a measure, blank lines between paragraphs, as before', () => {
    const wrapped = ['Un titre', '', 'Les premiers visiteurs sont arrivés dès 9 heures, samedi, sous un ciel', 'encore chargé. Le jardin présente plus de 2 000 espèces.', '', 'Un autre paragraphe, court.'].join('\n');
    const blocks = layout(wrapped).blocks;
    expect(blocks.map((block) => block.text)).toContain('Les premiers visiteurs sont arrivés dès 9 heures, samedi, sous un ciel encore chargé. Le jardin présente plus de 2 000 espèces.');
  });
});

/** A page OCR read with a blank line between its blocks, a first line of its own above the title. */
const pageUnder = (first: string) =>
  [
    first,
    '',
    'Les berges de la Loire rouvrent aux promeneurs',
    '',
    'Les travaux de consolidation se sont achevés mardi, après huit mois de chantier.',
    '',
    'Le sentier longe désormais le fleuve sur trois kilomètres sans interruption.',
  ].join('\n');

describe('a short line above a plain page\'s title', () => {
  it('is its kicker when it has a bare label\'s shape (kicker-shape.ts), as every path reads it', () => {
    const laidOut = layout(pageUnder('Environnement'));
    expect(laidOut.blocks.map((block) => block.role)).toEqual(['kicker', 'headline', 'paragraph', 'paragraph']);
    expect(laidOut.repairs).toContainEqual(expect.objectContaining({ kind: 'role-assigned', after: 'kicker', reason: 'short-line-above-headline' }));
  });

  it('is no kicker when a mark no label holds (a figure, a dash, a bar) or a writer\'s name is on it', () => {
    for (const first of ['Loire – Berges', 'Saison 2027', 'Loire | Berges', 'Par Léa Martin']) {
      expect(layout(pageUnder(first)).blocks[0]?.role).not.toBe('kicker');
    }
  });
});
