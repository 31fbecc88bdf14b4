import { describe, expect, it } from 'vitest';
import { hasKickerShape } from '../../src/layout/kicker-shape.ts';

describe('hasKickerShape', () => {
  const label = { words: 5, characters: 40, opening: 'capital' } as const;

  it('reads a short label opening on a capital as a kicker', () => {
    expect(hasKickerShape('Santé', label)).toBe(true);
    expect(hasKickerShape('Faits divers', label)).toBe(true);
    expect(hasKickerShape('Cyclisme - Ronde du Vercors', label)).toBe(true);
  });

  it('refuses a line a sentence or a clause closes', () => {
    expect(hasKickerShape('Le pont est fermé.', label)).toBe(false);
    expect(hasKickerShape('Dans la vallée,', label)).toBe(false);
    expect(hasKickerShape('Pourquoi fermer ?', label)).toBe(false);
  });

  it('refuses a line over its bounds in words or characters', () => {
    expect(hasKickerShape('Un deux trois quatre cinq six', label)).toBe(false);
    expect(hasKickerShape('Intercommunalités-métropolitaines-régionales', label)).toBe(false);
  });

  it('refuses a writer’s name', () => {
    expect(hasKickerShape('Par Claire Morvan', label)).toBe(false);
  });

  it('opens on a capital, or as a sentence may when asked', () => {
    expect(hasKickerShape('« Mémoires »', label)).toBe(false);
    expect(hasKickerShape('« Mémoires »', { ...label, opening: 'sentence' })).toBe(true);
    expect(hasKickerShape('l’enquête', { ...label, opening: 'sentence' })).toBe(false);
  });

  it('refuses the marks it is told a bare label never holds', () => {
    const bare = { words: 3, opening: 'capital', marks: /[\d.,;:!?«»—–|]/u } as const;
    expect(hasKickerShape('Municipales 2026', bare)).toBe(false);
    expect(hasKickerShape('Sport — Rugby', bare)).toBe(false);
    expect(hasKickerShape('Vie locale', bare)).toBe(true);
  });
});
