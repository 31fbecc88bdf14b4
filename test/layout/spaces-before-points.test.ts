import { describe, expect, it } from 'vitest';
import { closeSpacesBeforePoints } from '../../src/layout/spaces-before-points.ts';
import { structureText } from '../../src/structure.ts';

describe('a space an extraction set before a comma or a full stop', () => {
  it('takes it out after a word, a figure or a closing mark, one repair per line', () => {
    const result = closeSpacesBeforePoints('Le maire , élu en 2020 , a parlé .\nIl a dit « non » , puis (deux fois) .\nRien ici.');
    expect(result.text).toBe('Le maire, élu en 2020, a parlé.\nIl a dit « non », puis (deux fois).\nRien ici.');
    expect(result.repairs.map((repair) => `${repair.line} ${repair.kind} ${repair.reason}`)).toEqual([
      '1 space-collapsed space-before-point',
      '2 space-collapsed space-before-point',
    ]);
  });

  it('leaves a point opening a number, an ellipsis, a wider gap and a point that opens a line, in a text with the habit', () => {
    const habit = 'Le maire , élu en 2020 , a parlé .';
    for (const text of ['Une moyenne de .5 point.', 'Il hésite ... puis part.', 'col un      , col deux', '. Point en tête.', 'Rien à faire, ni ici.']) {
      expect(closeSpacesBeforePoints(`${habit}\n${text}`).text).toBe(`Le maire, élu en 2020, a parlé.\n${text}`);
    }
  });

  it('leaves a text that has it once or twice: an OCR speck or a middle dot read as a point, no habit', () => {
    for (const text of ['Basket-ball . Betclic Élite\nLe match, joué samedi, a tenu.', 'Il a fini , en 2012 , par accepter.']) {
      expect(closeSpacesBeforePoints(text)).toEqual({ text, repairs: [] });
    }
  });

  it('leaves the spaces French typography sets before the high points', () => {
    const text = 'Il a demandé : « Pourquoi ? » Puis ; enfin !';
    expect(closeSpacesBeforePoints(text)).toEqual({ text, repairs: [] });
  });

  it('gives the structure stage sentences without the spaces, and records the repair', () => {
    const article = [
      'La salle des fêtes ouvrira en mars , a annoncé le maire .',
      'Les travaux ont coûté deux millions d’euros , dont un tiers payé par la région .',
    ].join('\n');
    const structured = structureText(article, { fileName: 'salle.txt' });
    const text = structured.blocks.map((block) => block.text).join('\n');
    expect(text).toContain('ouvrira en mars, a annoncé le maire.');
    expect(text).toContain('d’euros, dont un tiers payé par la région.');
    expect(structured.repairs.filter((repair) => repair.reason === 'space-before-point')).toHaveLength(2);
  });
});
