import { describe, expect, it } from 'vitest';
import { findCaptions } from '../../src/layout/body-captions.ts';
import { fullLineMeasure, fullLineReach, fullLineWidths, widerMeasureRun } from '../../src/layout/wider-measure-captions.ts';
import { pageLines } from '../support/page-lines.ts';

/** A column of justified lines about forty characters wide, two paragraphs, a word hyphenated at a line's end. */
const BEFORE = [
  'Le port de commerce a rouvert mercredi',
  'matin, après deux jours de fermeture dus',
  'à une tempête venue de l’Atlantique. Les',
  'dockers ont repris le travail dès six',
  'heures, sous une pluie fine et froide.',
];
const AFTER = [
  'Selon la capitainerie, quarante navires',
  'attendaient au large de la digue nord, et',
  'une dizaine de chalutiers sont restés à',
  'quai par prudence. La compagnie pro-',
  'met de rattraper le retard avant le',
  'dimanche soir, quitte à doubler des',
  'rotations de nuit toute la semaine.',
];
/**
 * A caption in a smaller face: its lines hold more characters than the column's. Its words
 * could be the body's (a present tense, no moment of the picture): only the face tells it.
 */
const CAPTION = ['Un portique décharge les premiers conteneurs sous', 'l’œil des dockers.'];

describe('captions printed in the column in a smaller face', () => {
  it('measures the column by its full lines, those that run on into the next', () => {
    const lines = pageLines([...BEFORE, ...AFTER].join('\n'));
    const measure = fullLineMeasure(lines, 42);
    expect(measure).toBeGreaterThan(0);
    // Too few full lines to know the measure.
    expect(fullLineMeasure(pageLines(BEFORE.join('\n')), 42)).toBe(0);
  });

  it('takes out a run of lines wider than the column between two paragraphs, whatever its words say', () => {
    const lines = pageLines([...BEFORE, ...CAPTION, ...AFTER].join('\n'));
    const found = findCaptions(lines, 42);
    expect(found.captions).toEqual([expect.objectContaining({ start: 5, end: 7, reason: 'wider-measure' })]);
    expect(found.warnings.map((warning) => warning.rule)).toEqual(['layout/caption-guess']);
  });

  it('leaves a box’s key figures, each opening on a short label, set wider than the column, in the body', () => {
    const figures = ['Longueur : 195 mètres entre les deux piles du pont.', 'Trafic : 9 400 véhicules par jour en moyenne.'];
    expect(findCaptions(pageLines([...BEFORE, ...figures, ...AFTER].join('\n')), 42).captions).toEqual([]);
    // A caption opening on where and when, or on its own label, before a colon stays a caption.
    const placed = ['Sur le quai nord, le 4 mars : un portique décharge', 'les premiers conteneurs.'];
    expect(findCaptions(pageLines([...BEFORE, ...placed, ...AFTER].join('\n')), 42).captions).toEqual([expect.objectContaining({ start: 5, end: 7, reason: 'wider-measure' })]);
  });

  it('takes out such a caption where it cuts a sentence of the body, which goes on after it in small letters', () => {
    const cut = [...BEFORE.slice(0, 3), ...CAPTION, ...BEFORE.slice(3), ...AFTER];
    const lines = pageLines(cut.join('\n'));
    const measure = fullLineMeasure(lines, 42);
    expect(widerMeasureRun(lines, 3, { measure, glued: false, boundaryBefore: false })).toBe(5);
  });

  it('leaves the body alone: lines of the column’s width, a one-line paragraph, a quotation or two sentences set wider', () => {
    const measure = fullLineMeasure(pageLines([...BEFORE, ...AFTER].join('\n')), 42);
    const body = pageLines([...BEFORE, 'La saison reste bonne.', ...AFTER].join('\n'));
    expect(widerMeasureRun(body, 5, { measure, glued: false, boundaryBefore: true })).toBeUndefined();
    expect(findCaptions(body, 42).captions).toEqual([]);
    const quotation = pageLines([...BEFORE, '« Un portique déchargeant les premiers conteneurs,', 'mercredi matin. »', ...AFTER].join('\n'));
    expect(widerMeasureRun(quotation, 5, { measure, glued: false, boundaryBefore: true })).toBeUndefined();
    const twoSentences = pageLines([...BEFORE, 'Un portique décharge les conteneurs. Les grues', 'tournent déjà.', ...AFTER].join('\n'));
    expect(widerMeasureRun(twoSentences, 5, { measure, glued: false, boundaryBefore: true })).toBeUndefined();
  });

  it('takes two sentences set wider for a caption when the first names what the picture shows with no narrating verb', () => {
    const described = ['Le quai nord transformé en parking. Une centaine de', 'camions y attendent leur tour.'];
    expect(findCaptions(pageLines([...BEFORE, ...described, ...AFTER].join('\n')), 42).captions).toEqual([expect.objectContaining({ start: 5, end: 7, reason: 'wider-measure' })]);
    // A first sentence that narrates (a past tense, an auxiliary) is a box's or a standfirst's.
    const narrated = ['Le quai nord a été changé en parking. Une centaine de', 'camions y attendent leur tour.'];
    expect(findCaptions(pageLines([...BEFORE, ...narrated, ...AFTER].join('\n')), 42).captions).toEqual([]);
  });

  it('takes one wide line alone between two paragraphs of the body even where the text glues hyphenated lines, under two glued lines’ width', () => {
    const measure = fullLineMeasure(pageLines([...BEFORE, ...AFTER].join('\n')), 42);
    const one = 'Un portique décharge les conteneurs à quai.';
    const options = { measure, glued: true, gluedLinesShown: true, boundaryBefore: true };
    expect(widerMeasureRun(pageLines([...BEFORE, one, ...AFTER].join('\n')), 5, options)).toBe(6);
    // Under a one-line paragraph (a caption's, or the head's furniture), the line may be a pair glued: doubted.
    const underOneLine = pageLines([...BEFORE, 'La saison reste bonne.', one, ...AFTER].join('\n'));
    expect(widerMeasureRun(underOneLine, 6, options)).toBeUndefined();
    // About a line and a half: a paragraph's last two lines glued, not a caption's face.
    const longer = 'Un portique décharge les conteneurs sur le quai nord.';
    expect(widerMeasureRun(pageLines([...BEFORE, longer, ...AFTER].join('\n')), 5, options)).toBeUndefined();
  });

  it('wants every full line of a caption wide, and a caption of one line wider still', () => {
    const measure = fullLineMeasure(pageLines([...BEFORE, ...AFTER].join('\n')), 42);
    // The first line wide, the second of the column's width and running on: no caption's.
    const mixed = pageLines([...BEFORE, 'Un portique déchargeant les premiers conteneurs,', 'le long du quai de la Douane et', 'mercredi.', ...AFTER].join('\n'));
    expect(widerMeasureRun(mixed, 5, { measure, glued: false, boundaryBefore: true })).toBeUndefined();
    // One line a few percent over the measure: a full line of the body that ends a sentence.
    const alone = pageLines([...BEFORE, 'Les grues du terminal tournent déjà fort.', ...AFTER].join('\n'));
    expect(widerMeasureRun(alone, 5, { measure, glued: false, boundaryBefore: true })).toBeUndefined();
  });

  it('asks for two wide lines where pdftotext glued the halves of hyphenated words (a wide line may be two printed lines)', () => {
    const oneLine = [...BEFORE, 'Un portique déchargeant les conteneurs, mercredi.', ...AFTER];
    const lines = pageLines(oneLine.join('\n'));
    const measure = fullLineMeasure(lines, 42);
    expect(widerMeasureRun(lines, 5, { measure, glued: false, boundaryBefore: true })).toBe(6);
    expect(widerMeasureRun(lines, 5, { measure, glued: true, boundaryBefore: true })).toBeUndefined();
  });

  it('reads a narrow justified column’s lines against its widest, where they spread past the wider face on their own', () => {
    // Seven words a line (groff -ms, 5.3 cm at 9 points, pdftotext's default text): the words set
    // how wide each line prints, up to a ninth over the median, and glued lines show elsewhere.
    const column = [
      'montés, les balances vérifiées et les',
      'ardoises écrites à la craie. Samedi, à 7 h',
      '30, la halle Georges-Brassens rouvrira',
      'ses portes après dix-huit mois de',
      'chantier. « On a cru que ce jour',
      'n’arriverait jamais », sourit Mme Josiane',
      'Brunet, fromagère depuis trente et un ans',
      'dans l’allée centrale.',
      'Le chantier, lancé en mai 2025,',
      'devait durer un an. La découverte d’une',
      'charpente métallique plus abîmée que',
      'prévu a retardé la livraison de six mois et',
      'alourdi la facture de 12,5 %. La',
      'communauté de communes a pris en',
      'charge le surcoût, soit 270 000 €, sans',
      'toucher aux loyers des commerçants.',
      'Pendant les travaux, le marché',
      's’est tenu sous des barnums installés',
      'place du Drapeau. « L’hiver a été rude,',
      'les clients venaient moins », reconnaît M.',
      'Côté clients, l’attente est forte. Le',
      'samedi matin, avant la fermeture, le',
      'marché attirait jusqu’à 2 500 personnes',
      'selon les comptages de l’office de',
      'tourisme. « Ici, on vient autant pour',
      'discuter que pour acheter », résume',
      'Lucienne, 78 ans, qui n’a manqué «',
      'presque aucun samedi depuis 1969 ».',
      'La halle ouvrira désormais le mercredi et',
      'le samedi de 7 h 30 à 13 h, et un marché',
      'de producteurs se tiendra le vendredi soir,',
      'de 16 h à 20 h, d’avril à octobre. Huit',
      'emplacements restent libres ; les',
      'candidatures sont à déposer en mairie',
      'avant le 31 décembre.',
      'Pour accompagner la réouverture,',
      'le stationnement sera gratuit sur le',
      'parking du Drapeau jusqu’au 4 janvier.',
      'La ville a aussi prévu une navette depuis',
      'la gare routière, toutes les vingt minutes,',
      'le samedi matin.',
      'Reste une inquiétude, partagée par',
      'plusieurs commerçants : la concurrence',
      'du supermarché qui doit ouvrir au',
      'printemps route de Niort. « On ne se bat',
      'pas sur les prix, on se bat sur la qualité et',
      'le conseil », répond M. Texier. Le maire',
      'promet une « grande campagne de',
      'communication » au premier trimestre',
      '2027.',
    ];
    const lines = pageLines(column.join('\n'));
    const measure = fullLineMeasure(lines, 44);
    expect(fullLineReach(lines, 44)).toBeGreaterThan(measure * 1.07);
    // Two sentences of the body whose lines print past the median but within the body's own widest.
    expect(widerMeasureRun(lines, 38, { measure, glued: true, boundaryBefore: true })).toBe(41);
    expect(widerMeasureRun(lines, 38, { measure, glued: true, fullWidths: fullLineWidths(lines, 44), boundaryBefore: true })).toBeUndefined();
    expect(findCaptions(lines, 44).captions).toEqual([]);
    // A caption in a smaller face still prints past them.
    const caption = ['Les commerçants découvrent la halle rénovée, avec', 'ses nouveaux étals, lors d’une visite, jeudi.'];
    const withCaption = pageLines([...column.slice(0, 38), ...caption, ...column.slice(38)].join('\n'));
    expect(widerMeasureRun(withCaption, 38, { measure: fullLineMeasure(withCaption, 44), glued: true, fullWidths: fullLineWidths(withCaption, 44), boundaryBefore: true })).toBe(40);
    expect(findCaptions(withCaption, 44).captions).toEqual([expect.objectContaining({ start: 38, end: 40 })]);
  });
});
