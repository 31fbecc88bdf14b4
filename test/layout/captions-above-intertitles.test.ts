import { describe, expect, it } from 'vitest';
import { findCaptions } from '../../src/layout/body-captions.ts';
import { pageLines } from '../support/page-lines.ts';

// A column of about 60 characters: a paragraph of prose, one sentence alone, an intertitle, the next section.
const column = (alone: string[], before = PROSE) => pageLines([...before, ...alone, 'Une rentrée sous tension', ...NEXT].join('\n'));

const PROSE = [
  'Le conseil municipal a voté lundi soir le budget de la piscine',
  'intercommunale, après deux heures de débats animés. Les élus',
  'de l’opposition ont dénoncé une hausse des tarifs pour les',
  'familles du canton.',
];
const NEXT = [
  'Les travaux de rénovation doivent commencer au printemps, pour une',
  'réouverture prévue à la fin de l’année prochaine, selon la mairie.',
];

describe('a caption closing a section, above its intertitle', () => {
  it('takes one sentence alone between a paragraph of prose and an intertitle for a caption', () => {
    const lines = column(['Le bassin olympique de la piscine des Tilleuls, vidé pour', 'l’hiver.']);
    const found = findCaptions(lines, 64);
    expect(found.captions).toEqual([expect.objectContaining({ start: 4, end: 6, reason: 'above-intertitle' })]);
    expect(found.warnings).toEqual([expect.objectContaining({ rule: 'layout/caption-guess', line: 5 })]);
  });

  it('keeps a sentence that says what comes next, or opens on a pronoun taking up the text', () => {
    expect(findCaptions(column(['Le chantier sera confié à une entreprise de la vallée.']), 64).captions).toEqual([]);
    expect(findCaptions(column(['La semaine prochaine, les élus visitent le chantier du bassin.']), 64).captions).toEqual([]);
    expect(findCaptions(column(['Elle rouvre ses portes au public après deux années de travaux.']), 64).captions).toEqual([]);
  });

  // Session 50: held-out-28, -32 and -36 set a paragraph's one sentence that denies or reports
  // someone's word there; taken for a caption, it was read after the body, out of its order.
  it('keeps a sentence that denies or reports someone’s word, as no picture’s caption does', () => {
    expect(findCaptions(column(['La gendarmerie, consultée en amont, n’a pas relevé de hausse des vols.']), 64).captions).toEqual([]);
    expect(findCaptions(column(['Sous la voûte du bassin, la température ne dépasse pas douze degrés.']), 64).captions).toEqual([]);
    expect(findCaptions(column(['Selon la mairie, le bassin olympique accueille trois clubs de la vallée.']), 64).captions).toEqual([]);
    // The same sentence stating what is there stays a caption.
    expect(findCaptions(column(['Sous la voûte du bassin, la température atteint douze degrés.']), 64).captions).toEqual([expect.objectContaining({ reason: 'above-intertitle' })]);
  });

  it('keeps the last sentence of a paragraph that runs to the column’s edge (no paragraph ended before it)', () => {
    const prose = ['Le conseil municipal a voté lundi soir le budget de la piscine', 'intercommunale, après deux heures de débats très animés à la fin.'];
    expect(findCaptions(column(['Les familles du canton paieront deux euros de plus chaque mois.'], prose), 64).captions).toEqual([]);
  });

  it('takes a sentence glued under a paragraph that runs to the column’s edge when its first line prints wider than the column', () => {
    const prose = [
      'Le conseil municipal a voté lundi soir le budget de la',
      'piscine intercommunale, après deux heures de débats.',
      'Les élus de l’opposition ont dénoncé une hausse des',
      'tarifs pour les familles du canton et des environs.',
    ];
    const found = findCaptions(column(['Dans le hall de la piscine des Tilleuls, les nouveaux vestiaires', 'du bassin.'], prose), 56);
    expect(found.captions).toEqual([expect.objectContaining({ start: 4, end: 6, reason: 'above-intertitle' })]);
    expect(found.warnings).toEqual([expect.objectContaining({ rule: 'layout/caption-guess', line: 5 })]);
  });

  it('keeps a sentence under a paragraph that runs to the column’s edge when its lines print within the column', () => {
    const prose = [
      'Le conseil municipal a voté lundi soir le budget de la',
      'piscine intercommunale, après deux heures de débats.',
      'Les élus de l’opposition ont dénoncé une hausse des',
      'tarifs pour les familles du canton et des environs.',
    ];
    expect(findCaptions(column(['Dans le hall de la piscine, les nouveaux vestiaires', 'du bassin.'], prose), 56).captions).toEqual([]);
  });

  it('keeps a list’s entries, a quotation and a short remark', () => {
    const entries = ['Tarif plein : 5,20 euros.', 'Tarif réduit : 3,10 euros.'];
    expect(findCaptions(column(['Carte de dix entrées : 42 euros pour les habitants du canton.'], entries), 64).captions).toEqual([]);
    expect(findCaptions(column(['« Nous avons fait le choix de la qualité », assure le maire.']), 64).captions).toEqual([]);
    expect(findCaptions(column(['Les familles, elles, attendent.']), 64).captions).toEqual([]);
  });

  it('keeps a sentence that gives an hour or a sum of money, as an agenda or the accounts do', () => {
    expect(findCaptions(column(['Visite guidée du bassin olympique des Tilleuls, à 14 h 30, sur inscription.']), 64).captions).toEqual([]);
    expect(findCaptions(column(['Le coût de la rénovation du bassin atteint 3,4 millions d’euros.']), 64).captions).toEqual([]);
  });

  it('keeps a sentence that goes on from the text with a conjunction', () => {
    expect(findCaptions(column(['Mais le bassin olympique des Tilleuls reste fermé pour l’hiver.']), 64).captions).toEqual([]);
  });

  it('keeps a sentence alone after a one-sentence paragraph (entries, not prose)', () => {
    const entry = ['Le centre aquatique ouvre de 9 heures à 19 heures en semaine.'];
    expect(findCaptions(column(['Le bassin olympique de la piscine des Tilleuls, vidé pour l’hiver.'], entry), 64).captions).toEqual([]);
  });
  it('reads a paragraph whose second sentence opens on a quotation as prose, French spaces inside the guillemets', () => {
    const quoting = [
      'Les nageurs du club viennent de tout le canton, chacun avec ses',
      'habitudes. « Les plus jeunes arrivent dès 7 heures, avant l’école »,',
      'raconte le maître-nageur, comme on parlerait de ses enfants.',
    ];
    const closedQuote = [
      'Le maître-nageur connaît chaque habitué par son prénom. « Ici, tout le',
      'monde se salue. » Il sourit en montrant les vestiaires refaits à neuf',
      'l’an dernier.',
    ];
    const caption = ['Les bassins des Tilleuls s’étendent sous une verrière de dix mètres.'];
    expect(findCaptions(column(caption, quoting), 72).captions).toEqual([expect.objectContaining({ start: 3, end: 4, reason: 'above-intertitle' })]);
    expect(findCaptions(column(caption, closedQuote), 72).captions).toEqual([expect.objectContaining({ start: 3, end: 4, reason: 'above-intertitle' })]);
  });

  it('keeps a sentence alone after a one-sentence paragraph that only quotes (no second sentence)', () => {
    const oneQuote = ['« Les plus jeunes arrivent dès 7 heures, avant l’école », raconte', 'le maître-nageur du club des Tilleuls.'];
    expect(findCaptions(column(['Les bassins des Tilleuls s’étendent sous une verrière de dix mètres.'], oneQuote), 72).captions).toEqual([]);
  });
});

// OCR's text (Tesseract's): a blank line at every paragraph's end, whether its last line stopped short or ran full.
const OCR_PAGE = (beforeCaption: string, caption = 'Le bassin olympique des Tilleuls s’étend sous une verrière neuve.') =>
  pageLines(
    [
      'Le conseil municipal a voté lundi soir le budget de la piscine',
      'intercommunale, après deux heures de débats animés.',
      '',
      'Les élus de l’opposition ont dénoncé une hausse des tarifs pour',
      'les familles du canton. Le maire a promis une étude.',
      '',
      'Les travaux de rénovation du grand bassin doivent commencer au',
      'printemps, selon les services techniques de la ville.',
      '',
      'Le club de natation, lui, s’entraînera dans la piscine voisine de',
      'Saint-Jean. Les horaires des écoles resteront les mêmes jusqu’en',
      'juin, ce que les parents d’élèves avaient demandé avec insistance.',
      beforeCaption,
      caption,
      '',
      'Une rentrée sous tension',
      '',
      ...NEXT,
    ].join('\n'),
  );

describe('a caption above an intertitle, in OCR text whose paragraphs blank lines part', () => {
  it('takes a blank line after a full line ending a sentence for the paragraph’s end', () => {
    const found = findCaptions(OCR_PAGE(''), 68);
    expect(found.captions).toEqual([expect.objectContaining({ reason: 'above-intertitle' })]);
    expect(found.captions[0]?.start).toBe(9);
  });

  it('keeps a sentence in the imperfect there: OCR sets a few blank lines inside a paragraph, before its narrating last sentence', () => {
    expect(findCaptions(OCR_PAGE('', 'À la mi-temps, le tableau d’affichage indiquait trois buts à un.'), 68).captions).toEqual([]);
    expect(findCaptions(OCR_PAGE('', 'À la mi-temps, le tableau d’affichage montre trois buts à un.'), 68).captions).toEqual([expect.objectContaining({ reason: 'above-intertitle' })]);
  });

  it('keeps the sentence in the body where no blank line stands between it and the full line above', () => {
    expect(findCaptions(pageLines(OCR_PAGE('').map((line) => line.content).join('\n')), 68).captions).toEqual([]);
    expect(findCaptions(OCR_PAGE('').map((line, index) => (index === 9 ? { ...line, blankBefore: false } : line)), 68).captions).toEqual([]);
  });
});
