import { describe, expect, it } from 'vitest';
import { captionSentences } from '../../src/segment/segment-blocks.ts';

describe('a caption’s sentences around its picture’s credit', () => {
  it('makes a credit after the description’s stop a sentence of its own, however it is spelt', () => {
    expect(captionSentences('Le pont neuf, vu depuis la rive gauche. © La Montagne')).toEqual(['Le pont neuf, vu depuis la rive gauche.', '© La Montagne']);
    expect(captionSentences('Les joueuses fêtent leur titre. PH. LAURE CASTEL')).toEqual(['Les joueuses fêtent leur titre.', 'PH. LAURE CASTEL']);
    expect(captionSentences('Le préfet arrive. Il salue les élus. (Photo AFP)')).toEqual(['Le préfet arrive.', 'Il salue les élus.', '(Photo AFP)']);
  });

  it('keeps a credit with no stop before it in the description’s last sentence', () => {
    expect(captionSentences('Le pont neuf, vu depuis la rive gauche © La Montagne')).toEqual(['Le pont neuf, vu depuis la rive gauche © La Montagne']);
    expect(captionSentences('Le chantier de la halle, en mars / Photo DR')).toEqual(['Le chantier de la halle, en mars / Photo DR']);
  });

  it('segments a caption with no credit as any block', () => {
    expect(captionSentences('Le pont neuf. Il a coûté deux millions.')).toEqual(['Le pont neuf.', 'Il a coûté deux millions.']);
  });
});
