import { describe, expect, it } from 'vitest';
import { findCaptions } from '../../src/layout/body-captions.ts';
import { readsAsProse } from '../../src/layout/caption-prose.ts';
import { pageLines } from '../support/page-lines.ts';

describe('readsAsProse', () => {
  it('reads a pronoun or a conjunction opening, a stressed pronoun, a person speaking and a figure opening as prose', () => {
    expect(readsAsProse('Elle reprend la route une heure plus tard, sous la pluie.')).toBe(true);
    expect(readsAsProse('Les commerçants, eux, attendent la fin des travaux.')).toBe(true);
    expect(readsAsProse('Notre journaliste était sur place dès le début de la soirée.')).toBe(true);
    expect(readsAsProse('Vous trouverez le programme complet à l’accueil de la mairie.')).toBe(true);
    expect(readsAsProse('250 g de farine, deux œufs et une pincée de sel.')).toBe(true);
  });

  it('reads a denial and a reported word as prose (session 50)', () => {
    expect(readsAsProse('La gendarmerie, consultée en amont, n’a pas relevé d’augmentation des cambriolages.')).toBe(true);
    expect(readsAsProse('Sous la voûte, la température ne dépasse pas 11 °C.')).toBe(true);
    expect(readsAsProse('Le maire ne l’a jamais caché devant le conseil.')).toBe(true);
    expect(readsAsProse('Selon le lycée, 93 % des diplômés avaient un emploi six mois après.')).toBe(true);
    expect(readsAsProse('D’après la préfecture, la route rouvrira en fin de semaine.')).toBe(true);
  });

  it('reads no denial in a word that only holds the letters, nor in a name', () => {
    expect(readsAsProse('Le nez du voilier, plus haut que la digue, au port de Concarneau.')).toBe(false);
    expect(readsAsProse('Une bénévole du Secours populaire, plus de trente ans de service.')).toBe(false);
    expect(readsAsProse('Moussa N’Diaye plus vite que tous au départ du cross, samedi.')).toBe(false);
    // Inside a relative clause, a denial says what is around the picture.
    expect(readsAsProse('Jeanne Ferrand et ses deux chiens, dont elle ne se sépare jamais.')).toBe(false);
  });

  it('reads a picture’s description as no prose', () => {
    expect(readsAsProse('Le maire devant la nouvelle salle des fêtes, samedi matin.')).toBe(false);
    expect(readsAsProse('Les bénévoles du Secours populaire, lundi, à la halle aux grains.')).toBe(false);
    // A word holding the letters of a pronoun is none (`nousse`, `Mesnil`, `maison`).
    expect(readsAsProse('La Ferme du Mesnil et sa maison de maître, vue depuis la route.')).toBe(false);
  });
});

describe('a sentence of prose set apart by blank lines', () => {
  const before = ['La gare est restée fermée toute la matinée et les trains', 'ont été remplacés par des cars jusqu’à midi.'];
  const after = ['Le trafic a repris dans l’après-midi, avec des retards', 'qui ont duré jusqu’au soir sur toute la ligne.'];
  it('is kept in the body, where a description set apart so is a caption', () => {
    const prose = findCaptions(pageLines([...before, '', 'Les voyageurs, eux, ont pris leur mal en patience.', '', ...after].join('\n')), 60);
    expect(prose.captions).toEqual([]);
    const caption = findCaptions(pageLines([...before, '', 'Le quai de la gare de Vierzon, lundi matin, à l’arrivée des cars.', '', ...after].join('\n')), 60);
    expect(caption.captions).toEqual([expect.objectContaining({ start: 2, end: 3, reason: 'set-apart' })]);
  });
});
