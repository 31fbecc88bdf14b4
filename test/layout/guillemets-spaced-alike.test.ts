import { describe, expect, it } from 'vitest';
import { spaceGuillemetsAlike } from '../../src/layout/guillemets-spaced-alike.ts';
import { restoreFrenchSpacing } from '../../src/layout/normalize-spacing.ts';

function numbered(...contents: string[]): Array<{ number: number; content: string }> {
  return contents.map((content, index) => ({ number: index + 1, content }));
}

describe('spaceGuillemetsAlike', () => {
  it('puts back the space OCR dropped on one side of a quotation spaced on the other, over lines', () => {
    const read = spaceGuillemetsAlike(numbered('Le maire l’a redit. «Nous ne fermerons pas', 'la halle aux grains », a-t-il promis.'));
    expect(read.lines.map((line) => line.content)).toEqual(['Le maire l’a redit. « Nous ne fermerons pas', 'la halle aux grains », a-t-il promis.']);
    expect(read.repairs).toMatchObject([{ kind: 'space-inserted', line: 1, reason: 'guillemets-spaced-alike' }]);
    // The closing side too, with the opening side's kind of space.
    expect(spaceGuillemetsAlike(numbered('Une hausse «\u00A0sans précédent»', 'selon lui.')).lines[0]?.content).toBe('Une hausse «\u00A0sans précédent\u00A0»');
    expect(spaceGuillemetsAlike(numbered('Il a conclu : « On verra bien.»')).lines[0]?.content).toBe('Il a conclu : « On verra bien. »');
  });

  it('leaves quotations spaced alike, either way, and sides a line’s edge hides', () => {
    const alike = numbered('« Jamais », dit-elle, puis «toujours».');
    expect(spaceGuillemetsAlike(alike).lines).toEqual(alike);
    // The opening mark ends its line: its side tells nothing.
    const edge = numbered('Elle répond : «', 'Pas cette année»', 'et s’en va.');
    expect(spaceGuillemetsAlike(edge).repairs).toEqual([]);
  });

  it('pairs no marks across another opening one, nor across a long stretch of lines', () => {
    const nested = numbered('Il cite « le texte «dit» de la loi ».');
    expect(spaceGuillemetsAlike(nested).repairs).toEqual([]);
    const far = numbered('«Ouvert', ...Array.from({ length: 14 }, () => 'une ligne de texte sans guillemet,'), 'fermé »');
    expect(spaceGuillemetsAlike(far).repairs).toEqual([]);
  });

  it('runs first in restoreFrenchSpacing, which spaces an hour whose minutes OCR left apart', () => {
    const restored = restoreFrenchSpacing(numbered('La messe aura lieu à 10h 30, dit-il. «Venez', 'nombreux », a-t-il ajouté.'));
    expect(restored.lines.map((line) => line.content)).toEqual(['La messe aura lieu à 10 h 30, dit-il. « Venez', 'nombreux », a-t-il ajouté.']);
  });
});
