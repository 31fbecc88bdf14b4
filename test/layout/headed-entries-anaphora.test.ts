import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/layout/paragraph-ends.ts';
import { pageLines } from '../support/page-lines.ts';

/**
 * Under a heading, sentences that each happen to end their line read as a list's entries; one
 * opening on a pronoun or a possessive goes on about what the sentence before named, as running
 * text does, and no entry of a list opens so.
 */
describe('entries under a heading, and sentences going on about the one before', () => {
  const RUNNING = [
    'la salle a voté la résolution.',
    'Un bureau renouvelé',
    'Deux membres sortants ont été réélus, et une',
    'nouvelle venue entre au bureau cette année.',
    'Elle devient la plus jeune administratrice du',
    'club.',
    'La soirée s’est achevée autour d’un buffet',
    'offert par la mairie et les commerçants.',
  ];

  it('keeps a sentence opening on a pronoun in the paragraph of the sentence before', () => {
    const split = splitParagraphs(pageLines(RUNNING.join('\n')), 46, new Set([1, 2]));
    expect(split.paragraphs.map((paragraph) => paragraph[0]?.content)).toEqual([RUNNING[0], RUNNING[1], RUNNING[2], RUNNING[6]]);
    expect(split.repairs.some((repair) => repair.reason === 'headed-entries')).toBe(false);
  });

  it('keeps one opening on a possessive there too, and still reads a list whose entries open otherwise', () => {
    const possessive = [...RUNNING.slice(0, 4), 'Son président, Paul Martin, entame ainsi un', 'troisième mandat.', ...RUNNING.slice(6)];
    const split = splitParagraphs(pageLines(possessive.join('\n')), 46, new Set([1, 2]));
    expect(split.paragraphs.map((paragraph) => paragraph[0]?.content)).toEqual([possessive[0], possessive[1], possessive[2], possessive[6]]);
    const list = ['la préfecture.', 'Les consignes', 'Ne pas s’engager à pied ou en voiture', 'sur une route inondée.', 'Ne pas descendre dans les sous-sols.', 'Se tenir informé par la radio locale.'];
    expect(splitParagraphs(pageLines(list.join('\n')), 38, new Set([1, 2])).repairs.filter((repair) => repair.reason === 'headed-entries')).toHaveLength(1);
  });
});
