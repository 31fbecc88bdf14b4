import { describe, expect, it } from 'vitest';
import type { FrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { correctLetterMisreads } from '../../src/layout/ocr-letter-misreads.ts';
import { contents, pageLines } from '../support/page-lines.ts';

describe('OCR letter misreads', () => {
  it('reads `ler` as `1er`, and as the Roman `Ier` before a century, even on the next line', () => {
    const result = correctLetterMisreads(pageLines('Depuis le ler mars, et du ler\njuillet au ler septembre.\nVers le ler siècle av. J.-C., ou le ler\nsiècle.'));
    expect(contents(result.lines)).toEqual(['Depuis le 1er mars, et du 1er', 'juillet au 1er septembre.', 'Vers le Ier siècle av. J.-C., ou le Ier', 'siècle.']);
    expect(result.repairs).toHaveLength(5);
    expect(result.repairs[0]).toMatchObject({ kind: 'ocr-misread-corrected', line: 1, before: 'ler', after: '1er' });
  });

  it('reads `Ile` before `siècle` as `IIe`, and `I]` before a small letter as `Il`', () => {
    const result = correctLetterMisreads(pageLines('À la fin du Ile siècle, sur l’Ile Verte.\nNÎMES — I] aura fallu trois ans. « I] avait raison. »'));
    expect(contents(result.lines)).toEqual(['À la fin du IIe siècle, sur l’Ile Verte.', 'NÎMES — Il aura fallu trois ans. « Il avait raison. »']);
  });

  it('leaves the end of a word hyphenated on the line before, and words holding the letters, as they are', () => {
    const lines = pageLines('Il faut rappe-\nler l’équipement, parler, ne pas hurler.\nLe lycée Jules-Ferry I] A (bâtiment).');
    expect(contents(correctLetterMisreads(lines).lines)).toEqual(contents(lines));
  });

  it('reads `m?` after a figure and before a small letter as `m²`, and leaves a question after a measure', () => {
    const result = correctLetterMisreads(pageLines('Un studio de 14 m? à 590 euros, 3 800 m2? d’exposition, 20 m°? de jardin.\nIl court le 100 m? Oui.'));
    expect(contents(result.lines)).toEqual(['Un studio de 14 m² à 590 euros, 3 800 m² d’exposition, 20 m² de jardin.', 'Il court le 100 m? Oui.']);
    expect(result.repairs.map((repair) => repair.reason)).toEqual(['square-read-as-question-mark', 'square-read-as-question-mark', 'square-read-as-question-mark']);
  });

  it('reads `m?` as `m²` before a comma, read as `m?2`, and at a line\'s end when the next line goes on in small letters', () => {
    const result = correctLetterMisreads(pageLines('De 640 à 910 m?, contre 310 m?2 avant, puis 6 400 m?\nd’exposition. Combien de m?\nPersonne ne sait, 100 m?'));
    expect(contents(result.lines)).toEqual(['De 640 à 910 m², contre 310 m² avant, puis 6 400 m²', 'd’exposition. Combien de m?', 'Personne ne sait, 100 m?']);
    expect(result.repairs).toHaveLength(3);
  });

  it('reads `I!` and `11` opening a sentence before a word no count of eleven counts as the pronoun `Il`', () => {
    const result = correctLetterMisreads(pageLines('ÉPINAL — I! a fallu attendre. 11 y a trente ans.\n11 avait refusé. 11 millimètres de pluie, 11 h du matin.\n11 mai, 11 et 12 juin.'));
    expect(contents(result.lines)).toEqual(['ÉPINAL — Il a fallu attendre. Il y a trente ans.', 'Il avait refusé. 11 millimètres de pluie, 11 h du matin.', '11 mai, 11 et 12 juin.']);
    expect(result.repairs.map((repair) => repair.before)).toEqual(['I!', '11', '11']);
  });

  it('reads off a diaeresis OCR put on an i where the word is none and the word without it is one', () => {
    const lexicon: FrenchLexicon = { source: 'test', size: 5, loadMilliseconds: 0, has: (word) => ['nuit', 'jamais', 'souhait', 'maïs', 'mais', 'naïf'].includes(word) };
    const result = correctLetterMisreads(pageLines('Une nuït de garde, jamaïs un souhaiït.\nLe maïs de Loïc est naïf.'), lexicon);
    expect(contents(result.lines)).toEqual(['Une nuit de garde, jamais un souhait.', 'Le maïs de Loïc est naïf.']);
    expect(result.repairs.map((repair) => `${repair.before} -> ${repair.after}`)).toEqual(['souhaiït -> souhait', 'nuït -> nuit', 'jamaïs -> jamais']);
    // Without a lexicon nothing says which word was meant.
    expect(contents(correctLetterMisreads(pageLines('Une nuït.')).lines)).toEqual(['Une nuït.']);
  });

  it('reads an i read twice, once with a diaeresis, as one i in any word the lexicon does not know, names too', () => {
    const lexicon: FrenchLexicon = { source: 'test', size: 2, loadMilliseconds: 0, has: (word) => ['chiïte', 'rail'].includes(word) };
    const result = correctLetterMisreads(pageLines('Le syndicat Sud-Raïil et M. Gïilbert, du Lauragaïis.\nUn chiïte et Loïc, de Planoïse.'), lexicon);
    expect(contents(result.lines)).toEqual(['Le syndicat Sud-Rail et M. Gilbert, du Lauragais.', 'Un chiïte et Loïc, de Planoïse.']);
    expect(result.repairs.map((repair) => `${repair.before} -> ${repair.after} (${repair.reason})`)).toEqual([
      'Sud-Raïil -> Sud-Rail (i-read-twice)',
      'Gïilbert -> Gilbert (i-read-twice)',
      'Lauragaïis -> Lauragais (i-read-twice)',
    ]);
  });

  it('reads `IL` opening a sentence before a small letter as `Il`, and leaves capitals elsewhere', () => {
    const lines = pageLines('"Mon neveu est parti. IL était pêcheur, comme moi."\nIL faut partir.\nLA SOCIÉTÉ IL Y A DIX ANS, et le sigle IL des élus.');
    expect(contents(correctLetterMisreads(lines).lines)).toEqual(['"Mon neveu est parti. Il était pêcheur, comme moi."', 'Il faut partir.', 'LA SOCIÉTÉ IL Y A DIX ANS, et le sigle IL des élus.']);
  });

  it('reads `II` or `||` opening a sentence before a small letter as `Il`, and leaves a Roman numeral after a name', () => {
    const lines = pageLines('II respirait encore.\n— Bien sûr. || était tard.\nÉlisabeth II a régné, puis Jean-Paul II est venu.');
    expect(contents(correctLetterMisreads(lines).lines)).toEqual(['Il respirait encore.', '— Bien sûr. Il était tard.', 'Élisabeth II a régné, puis Jean-Paul II est venu.']);
  });

  describe('an elided article whose apostrophe OCR lost', () => {
    const words = ['eau', 'idée', 'avocate', 'un', 'une', 'lune', 'orient', 'lorient', 'évêque', 'lent', 'les', 'la', 'le', 'saison', 'on', 'ballon', 'age', 'village'];
    const lexicon: FrenchLexicon = { source: 'test', size: words.length, loadMilliseconds: 0, has: (word) => words.includes(word.toLowerCase()) };

    it('puts `l’` back where the word is none and the word without its l is one, in the form the text writes most', () => {
      const result = correctLetterMisreads(pageLines("Leau monte. « Lidée est bonne », dit l'élu.\nIl a vu l'un des gardes. Lun d'eux rit."), lexicon);
      expect(contents(result.lines)).toEqual(["L'eau monte. « L'idée est bonne », dit l'élu.", "Il a vu l'un des gardes. L'un d'eux rit."]);
      expect(result.repairs.map((repair) => `${repair.line} ${repair.before} ${repair.after} ${repair.reason}`)).toEqual([
        "1 Leau L'eau elision-apostrophe-lost",
        "1 Lidée L'idée elision-apostrophe-lost",
        "2 Lun L'un elision-apostrophe-lost",
      ]);
    });

    it('makes the small l a capital where a sentence opens after a stop, and writes `’` where the text writes it', () => {
      const result = correctLetterMisreads(pageLines('Il n’a rien dit depuis 2021.\nlavocate de la famille a parlé. lavocate aussi.'), lexicon);
      expect(contents(result.lines)).toEqual(['Il n’a rien dit depuis 2021.', 'L’avocate de la famille a parlé. L’avocate aussi.']);
    });

    it('leaves words of their own, a capital inside a sentence (a name), a small l inside one, the end of a hyphenated word, a word before a hyphen and pieces of a word', () => {
      const lines = pageLines('La lune et Lorient, M. Lévêque et Leau sont là.\nIl est vio-\nlent, dit le lun-\ndi de la saison, lun des gardes.\nLe bal lon est un vil-\n\nLe Journal\n\nlage.');
      // `ler` is the ordinal read so, no elided word.
      expect(contents(correctLetterMisreads(pageLines('Le ler mars.'), { ...lexicon, has: (word) => word === 'er' || lexicon.has(word) }).lines)).toEqual(['Le 1er mars.']);
      expect(contents(correctLetterMisreads(lines, lexicon).lines)).toEqual(contents(lines));
      // Without a lexicon nothing says which word was meant.
      expect(contents(correctLetterMisreads(pageLines('Leau monte.')).lines)).toEqual(['Leau monte.']);
    });
  });

  describe('an accented capital OCR read as a plain E', () => {
    const words = ['état', 'école', 'élise', 'êtes', 'entre', 'elle', 'est', 'étage'];
    const lexicon: FrenchLexicon = { source: 'test', size: words.length, loadMilliseconds: 0, has: (word) => words.includes(word.toLowerCase()) };

    it('puts the accent back where the text writes the same word with it, and the word as read is none', () => {
      const result = correctLetterMisreads(pageLines('Élise ouvre l’École. Entre le maire.\nEcole et Etat, dit Elise, à l’Ecole.'), lexicon);
      expect(contents(result.lines)).toEqual(['Élise ouvre l’École. Entre le maire.', 'École et Etat, dit Élise, à l’École.']);
      expect(result.repairs.map((repair) => `${repair.line} ${repair.before} ${repair.after} ${repair.reason}`)).toEqual([
        '2 Ecole École accent-of-capital-lost',
        '2 Elise Élise accent-of-capital-lost',
        '2 Ecole École accent-of-capital-lost',
      ]);
    });

    it('leaves a word the text never writes accented (a writer may type `l’Etat` beside `Élodie`), words of their own and capitals', () => {
      const lines = pageLines('Élodie et l’Etat, Etxeberria, Entre, Elle, ETAT.\nGENÈVE — Les Etats et l’Ecole.');
      expect(contents(correctLetterMisreads(lines, lexicon).lines)).toEqual(contents(lines));
    });
  });

  describe('a grave or circumflex accent OCR read for another on an e', () => {
    const words = ['mètre', 'mètres', 'inquiètent', 'pêche', 'près', 'pèle', 'mêle', 'enquêteurs', 'thés'];
    const lexicon: FrenchLexicon = { source: 'test', size: words.length, loadMilliseconds: 0, has: (word) => words.includes(word) };

    it('reads the word the lexicon knows with the other accent, where the word as read is none', () => {
      const result = correctLetterMisreads(pageLines('Trois mêtres de plus, ils inquiêtent.'), lexicon);
      expect(contents(result.lines)).toEqual(['Trois mètres de plus, ils inquiètent.']);
      expect(result.repairs.map((repair) => `${repair.before} ${repair.after} ${repair.reason}`)).toEqual(['mêtres mètres e-accent-misread', 'inquiêtent inquiètent e-accent-misread']);
    });

    it('leaves words of their own, pieces of a compound or of a cut or spaced word, and names', () => {
      const lines = pageLines('La pêche près du port, pêle-mêle, les en quê teurs, Bar-\nthès. M. Mêtrer.');
      expect(contents(correctLetterMisreads(lines, lexicon).lines)).toEqual(contents(lines));
    });
  });
});
