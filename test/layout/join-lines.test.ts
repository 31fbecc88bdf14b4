import { describe, expect, it } from 'vitest';
import { createDocumentEvidence, joinLines, rightWordCharacter } from '../../src/layout/join-lines.ts';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';

describe('rightWordCharacter', () => {
  it('answers as the word expression does for every character it knows', () => {
    const wordCharacter = /[\p{L}\p{N}'’]/u;
    let known = 0;
    for (let code = 0; code <= 0xffff; code += 1) {
      const kind = rightWordCharacter(code);
      if (kind === -1) continue;
      known += 1;
      expect([code, kind]).toEqual([code, wordCharacter.test(String.fromCharCode(code)) ? 1 : 0]);
    }
    expect(known).toBeGreaterThanOrEqual(0x250); // all of U+0000 to U+024F at least
  });

  it('closes a word on a guillemet, a dash or an ellipsis without the expression', () => {
    for (const code of [0xbb, 0xab, 0xa0, 0x2014, 0x2013, 0x2026, 0x202f]) expect(rightWordCharacter(code)).toBe(0);
    for (const code of [0xb5, 0xbd, 0xe9, 0x153, 0x2019]) expect(rightWordCharacter(code)).toBe(1);
  });
});

describe('document evidence on a long text', () => {
  it('answers as on a short one once the text is long enough to be indexed', () => {
    const text = "L'anonymat des Etats-Unis, un porte-parole ; responsable. Aujourd'hui l’usine, en 2015.";
    const short = createDocumentEvidence(text);
    const long = createDocumentEvidence(`${text}\n${'suite '.repeat(30_000)}`);
    for (const word of ['anonymat', "l'anonymat", 'etats', 'etats-unis', 'porte', 'responsable', 'respons', "aujourd'hui", 'usine', '2015', 'absent']) {
      expect(long.has(word), word).toBe(short.has(word));
    }
    expect(long.has('Responsable')).toBe(true);
    expect(long.has('etats')).toBe(false);
  });
});

describe('joinLines at an en dash ending a line', () => {
  const join = (lines: string[]): string => {
    const text = lines.join('\n');
    const context = { lexicon: getFrenchLexicon(), document: createDocumentEvidence(text) };
    return joinLines(lines.map((content, index) => ({ number: index + 1, content })), context).text;
  };

  it('joins a dash set tight against its word to the next line with no space: a link or a range', () => {
    expect(join(['Grève sur la ligne Nantes–', 'Saint-Nazaire jusqu’à jeudi'])).toBe('Grève sur la ligne Nantes–Saint-Nazaire jusqu’à jeudi');
    expect(join(['pendant la guerre de 1914–', '1918, le village'])).toBe('pendant la guerre de 1914–1918, le village');
  });

  it('joins a slash set tight against its word to the next line with no space, and keeps a spaced one apart', () => {
    expect(join(['des rafales à 104 km/', 'h à la pointe'])).toBe('des rafales à 104 km/h à la pointe');
    expect(join(['la saison 2025/', '2026 a commencé'])).toBe('la saison 2025/2026 a commencé');
    expect(join(['Paris /', 'Lyon en deux heures'])).toBe('Paris / Lyon en deux heures');
  });

  it('joins an opening bracket left at the line end to the word after it, with no space', () => {
    expect(join(['a fini deuxième, devant Paul Martin (', 'Rennes), en 32 minutes'])).toBe('a fini deuxième, devant Paul Martin (Rennes), en 32 minutes');
    expect(join(['les mots cités [', 'sic] par le maire'])).toBe('les mots cités [sic] par le maire');
    expect(join(['(', 'Rennes) en tête'])).toBe('(Rennes) en tête');
    // A bracket glued to a word before it opens nothing there: the break stays a space.
    expect(join(['le smiley :-(', 'a fait rire) la salle'])).toBe('le smiley :-( a fait rire) la salle');
    // Nor does one the next line never closes (OCR reads a picture's edge as a bracket).
    expect(join(['[', 'Un petit rhinolophe photographié dans une grange.'])).toBe('[ Un petit rhinolophe photographié dans une grange.');
    expect(join(['par les flammes à (', 'L’incendie, parti vers 3 heures (du matin)'])).toBe('par les flammes à ( L’incendie, parti vers 3 heures (du matin)');
  });

  it('keeps the space after an incise dash, which French sets apart from its words', () => {
    expect(join(['Le maire –', 'qui n’était pas là – a répondu'])).toBe('Le maire – qui n’était pas là – a répondu');
  });

  it('joins a slash set tight against its word to the next line with no space, and keeps a spaced one apart', () => {
    expect(join(['des rafales à 104 km/', 'h à la pointe'])).toBe('des rafales à 104 km/h à la pointe');
    expect(join(['Paris /', 'Lyon, en train'])).toBe('Paris / Lyon, en train');
  });
});

describe('joinLines at a letter an apostrophe elides, set apart from its word', () => {
  const join = (lines: string[]): string => {
    const text = lines.join('\n');
    const context = { lexicon: getFrenchLexicon(), document: createDocumentEvidence(text) };
    return joinLines(lines.map((content, index) => ({ number: index + 1, content })), context).text;
  };

  it('joins a kerned capital left alone at a line end to the rest of its word on the next line', () => {
    expect(join(['La séance ouvre à 18 h. L', '’annonce a été faite lundi.'])).toBe('La séance ouvre à 18 h. L’annonce a été faite lundi.');
    expect(join(['L', '’équipe du centre a compté les passages.'])).toBe('L’équipe du centre a compté les passages.');
    expect(join(['Il a dit qu', '’il viendrait.'])).toBe('Il a dit qu’il viendrait.');
  });

  it('keeps the space where the line ends on a word, or the next line opens on a quotation', () => {
    expect(join(['Le plan B', '’ne tient plus’, écrit-il.'])).toBe('Le plan B ’ne tient plus’, écrit-il.');
    expect(join(['Il cite la lettre L', '« majuscule » du sigle.'])).toBe('Il cite la lettre L « majuscule » du sigle.');
  });
});

describe('joinLines at a full stop or a comma opening a line', () => {
  const join = (lines: string[]) => {
    const text = lines.join('\n');
    const context = { lexicon: getFrenchLexicon(), document: createDocumentEvidence(text) };
    return joinLines(lines.map((content, index) => ({ number: index + 1, content })), context);
  };

  it('puts the mark back against the word ending the line before, with no space, and records it', () => {
    const joined = join(['selon l’Union régionale des SCOP', '. Mais il reste fragile.']);
    expect(joined.text).toBe('selon l’Union régionale des SCOP. Mais il reste fragile.');
    expect(joined.repairs).toEqual([{ kind: 'space-collapsed', line: 1, before: 'SCOP|.', after: 'SCOP.', reason: 'mark-opening-line' }]);
    expect(join(['Sur le port', ', les pêcheurs suivent le chantier']).text).toBe('Sur le port, les pêcheurs suivent le chantier');
    expect(join(['« On verra »', ', dit-il.']).text).toBe('« On verra », dit-il.');
  });

  it('keeps the space before an ellipsis, which may open a quotation\'s line, and after a mark ending the line', () => {
    expect(join(['Il hésite', '... puis repart.']).text).toBe('Il hésite ... puis repart.');
    expect(join(['Il hésite :', ', puis repart.']).text).toBe('Il hésite : , puis repart.');
  });
});

describe('joinLines at an apostrophe opening a line', () => {
  const join = (lines: string[]) => {
    const text = lines.join('\n');
    const context = { lexicon: getFrenchLexicon(), document: createDocumentEvidence(text) };
    return joinLines(lines.map((content, index) => ({ number: index + 1, content })), context);
  };

  it('joins an elided letter the line before set apart to its word, with either apostrophe, and records it', () => {
    const curly = join(['selon le directeur de l', '’usine, la production reprend.']);
    expect(curly.text).toBe('selon le directeur de l’usine, la production reprend.');
    expect(curly.repairs).toEqual([{ kind: 'space-collapsed', line: 1, before: 'l|’usine,', after: 'l’usine,', reason: 'elided-letter-apart' }]);
    expect(join(['il dit qu', "'il viendra."]).text).toBe("il dit qu'il viendra.");
  });

  it('leaves a space before a quotation opening on an apostrophe after a whole word', () => {
    expect(join(['il a répondu', "'non' sans attendre."]).text).toBe("il a répondu 'non' sans attendre.");
  });
});
