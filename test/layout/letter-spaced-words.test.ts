import { describe, expect, it } from 'vitest';
import { closeLetterSpacedWords } from '../../src/layout/letter-spaced-words.ts';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { plainWordSpaces } from '../../src/layout/word-spaces.ts';

describe('closeLetterSpacedWords', () => {
  it('closes the letters of a line written letter by letter, its wider gaps staying word spaces', () => {
    // pdfminer's gaps: one space between letters, three between words.
    const text = 'Le conseil a voté la fermeture de la ligne\nl e s   h a b i t a n t s   d u   p l a t e a u ,   à   1 2 , 5   k m\ndepuis deux ans.';
    const closed = closeLetterSpacedWords(text);
    expect(closed.text.split('\n')[1]).toBe('les   habitants   du   plateau,   à   12,5   km');
    expect(closed.repairs).toEqual([expect.objectContaining({ kind: 'space-collapsed', reason: 'letter-spaced-line', line: 2 })]);
  });

  it('reads MuPDF\'s two spaces and a no-break space as word gaps too', () => {
    expect(closeLetterSpacedWords('A u  t o t a l ,  1 1 , 2\u00a0 k i l o m è t r e s  d e').text).toBe('Au  total,  11,2\u00a0 kilomètres  de');
  });

  it('closes the run of a column beside an ordinary column on the same line', () => {
    const line = 'la route du col était fermée        l e s   n e i g e s   —   t a r d i v e s';
    expect(closeLetterSpacedWords(line).text).toBe('la route du col était fermée        les   neiges   —   tardives');
  });

  it('leaves ordinary text, scores, initials and a lone spread word as they are', () => {
    for (const text of [
      'de 9 h à 19 h, au 0 800 06 66 66, y a-t-il un A ou un B ?',
      'Tours   2 - 1   Blois   3 - 0   Vierzon   1 - 1',
      'J. R. R.   Tolkien a écrit',
      'le mot   u r g e n t   était écrit en grand',
      'd e s t i n é e s à l a 4 G e t à l a 5 G',
    ]) {
      expect(closeLetterSpacedWords(text)).toEqual({ text, repairs: [], warnings: [] });
    }
  });
});

describe('plainWordSpaces on a letter-spaced line', () => {
  it('closes the tracking first, then reads the stretched word gaps as single spaces', () => {
    const result = plainWordSpaces('Il prévoit trois antennes\nd e s t i n é e s   à   l a   4 G   e t   à   l a   5 G ,   u n e   a r m o i r e\ntechnique au pied du mât.');
    expect(result.text).toBe('Il prévoit trois antennes\ndestinées à la 4G et à la 5G, une armoire\ntechnique au pied du mât.');
  });
});

describe('closeLetterSpacedWords with the word list: pdf.js\'s single spaces', () => {
  const lexicon = getFrenchLexicon();

  it('cuts a long run of single characters into the words the word list and the article know', () => {
    const text = 'La commune a voté le projet.\nl e s v a c c i n s , l a s t é r i l i s a t i o n e t u n\npremier traitement.';
    const closed = closeLetterSpacedWords(text, lexicon);
    expect(closed.text.split('\n')[1]).toBe('les vaccins, la stérilisation et un');
    expect(closed.repairs).toEqual([expect.objectContaining({ kind: 'space-collapsed', reason: 'letter-spaced-line', line: 2 })]);
  });

  it('keeps an elision, a figure with its capitals and a dash as French sets them', () => {
    const text = 'Il prévoit trois antennes\nd e s t i n é e s à l a 4 G e t à l a 5 G , u n e a r m o i r e\n— L e j o u r o ù l ’ o r a g e';
    expect(closeLetterSpacedWords(text, lexicon).text.split('\n').slice(1)).toEqual(['destinées à la 4G et à la 5G, une armoire', '— Le jour où l’orage']);
  });

  it('leaves a run it cannot cut into known words, or short runs, as read', () => {
    for (const text of ['x q z w k p f g h j v b', 'le code est A B C D E F G H', 'de 9 h à 19 h, au 0 800 06 66 66']) {
      expect(closeLetterSpacedWords(text, lexicon)).toEqual({ text, repairs: [], warnings: [] });
    }
  });

  it('cuts a name inside a run only where the article writes it whole elsewhere', () => {
    const line = 'r e g r e t t e N a d i a F e r r a n d , l a r e s p o n s a b l e';
    expect(closeLetterSpacedWords(line, lexicon).repairs).toEqual([]);
    const named = closeLetterSpacedWords(`Nadia Ferrand dirige le refuge.\n${line}`, lexicon);
    expect(named.text.split('\n')[1]).toBe('regrette Nadia Ferrand, la responsable');
  });

  it('prefers French\'s short words to a rarer word of the list (`ils ont`, not `il sont`)', () => {
    expect(closeLetterSpacedWords('i l s o n t s u r t o u t p a r l é', lexicon).text).toBe('ils ont surtout parlé');
  });
});

describe('closeLetterSpacedWords: pdftotext’s letter-spaced lines (CSS `letter-spacing`)', () => {
  const lexicon = getFrenchLexicon();

  it('reads a comma set against its letter inside a long run as the run’s', () => {
    const text = 'Le marché couvert de Guéret ferme.\nl e m a r c h é d e G u é r e t, f e r m é';
    expect(closeLetterSpacedWords(text, lexicon).text.split('\n')[1]).toBe('le marché de Guéret, fermé');
  });

  it('closes a line of capitals set letter-spaced, a kerned pair left together, cut only between its pieces', () => {
    for (const [line, closed] of [
      ['PAT R I M O I N E', 'PATRIMOINE'],
      ['F A I T S D I V E R S', 'FAITS DIVERS'],
      ['  C U LT U R E', '  CULTURE'],
    ] as const) {
      const result = closeLetterSpacedWords(line, lexicon);
      expect(result.text).toBe(closed);
      expect(result.repairs).toEqual([expect.objectContaining({ kind: 'space-collapsed', reason: 'letter-spaced-line' })]);
    }
  });

  it('leaves capitals that are no words, or set mostly in pairs, as read', () => {
    for (const line of ['X Q Z W K P', 'le code est A B C D E F G H', 'PA RI SF C']) {
      expect(closeLetterSpacedWords(line, lexicon)).toEqual({ text: line, repairs: [], warnings: [] });
    }
  });
});

describe('closeLetterSpacedWords: French grammar’s evidence and doubts', () => {
  const lexicon = getFrenchLexicon();

  it('prefers the cut where a plural determiner comes before a word marked plural, and says the other reading', () => {
    const result = closeLetterSpacedWords('l a v i l l e a r e f a i t s e s c o m p t e s', lexicon);
    expect(result.text).toBe('la ville a refait ses comptes');
    expect(result.warnings).toEqual([expect.objectContaining({ rule: 'layout/letter-spaced-cut', line: 1 })]);
    expect(result.warnings[0]?.message).toContain('refaits escomptes');
  });

  it('reads a determiner’s agreement with its noun where both cuts are as long', () => {
    expect(closeLetterSpacedWords('s e l o n s e s c o m p t e s , l e b u d g e t', lexicon).text).toBe('selon ses comptes, le budget');
  });

  it('raises no doubt where the other cuts cost a word more and are no shorter', () => {
    expect(closeLetterSpacedWords('l e s v a c c i n s , l a s t é r i l i s a t i o n e t u n', lexicon).warnings).toEqual([]);
  });
});
