import { describe, expect, it } from 'vitest';
import { linesWithSpacingToDo, normalizeSpacing, restoreFrenchSpacing } from '../../src/layout/normalize-spacing.ts';
import { structureText } from '../../src/structure.ts';

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const PIECES = ['a', 'M', 'É', ' ', ' ', '\u00A0', '\t', '\u202F', '.', '?', '…', '«', '“', '\n', '\n', 'le', 'Il', '’', '-', '2'];

describe('linesWithSpacingToDo', () => {
  it('lists every line that normalizeSpacing would change or repair', () => {
    const next = random(7);
    for (let round = 0; round < 2000; round += 1) {
      let text = '';
      const length = Math.floor(next() * 40);
      for (let index = 0; index < length; index += 1) text += PIECES[Math.floor(next() * PIECES.length)] ?? '';
      const listed = linesWithSpacingToDo(text);
      text.split('\n').forEach((raw, index) => {
        const trimmed = raw.trim();
        if (trimmed.length === 0) return;
        const normalized = normalizeSpacing(trimmed, index + 1);
        if (normalized.content !== trimmed || normalized.repairs.length > 0) {
          expect({ text, line: index, listed: listed.has(index) }).toEqual({ text, line: index, listed: true });
        }
      });
    }
  });

  it('finds the lines of a print article that need spacing repairs', () => {
    const text = 'Une ligne propre \nPeskov.«La suite»\n\nDeux  espaces\nfin.';
    expect([...linesWithSpacingToDo(text)].sort()).toEqual([1, 3]);
  });
});

describe('normalizeSpacing and dotted abbreviations in capitals', () => {
  it('inserts no space inside LL.AA.II.RR. (pySBD French golden rule)', () => {
    const result = normalizeSpacing('le texte « LL.AA.II.RR. » pour', 3);
    expect(result.content).toBe('le texte « LL.AA.II.RR. » pour');
    expect(result.repairs).toEqual([]);
  });

  it('still repairs a missing space before a capitalised word', () => {
    expect(normalizeSpacing('a dit le CNRS.Les chercheurs', 1).content).toBe('a dit le CNRS. Les chercheurs');
  });

  it('keeps « LL.AA.II.RR. » one sentence through the whole structure stage', () => {
    const paragraph =
      'Ce modèle permet d’afficher le texte « LL.AA.II.RR. » pour l’abréviation de « Leurs Altesses impériales et royales » avec son infobulle.';
    const article = structureText(`Un titre\n\n${paragraph}\n\nUn second paragraphe suit ici.\n`, {
      fileName: 'abbreviation.txt',
      checkLanguage: false,
    });
    const block = article.blocks.find((candidate) => candidate.role === 'paragraph');
    expect(block?.sentences.map((sentence) => sentence.text)).toEqual([paragraph]);
  });

  it('restores the space before ? ! ; that an extraction dropped, where the article spaces its colons and guillemets', () => {
    const lines = ['Il a dit : « oui ».', '— Ça vous fait quelque chose? Moi! Eux; nous.', 'Voir http://exemple.fr/page?id=3 ici.'].map((content, index) => ({ content, number: index + 1 }));
    const restored = restoreFrenchSpacing(lines);
    expect(restored.lines.map((line) => line.content)).toEqual(['Il a dit : « oui ».', '— Ça vous fait quelque chose ? Moi ! Eux ; nous.', 'Voir http://exemple.fr/page?id=3 ici.']);
    expect(restored.repairs.map((repair) => `${repair.kind} ${repair.reason} ${repair.line}`)).toEqual(Array(3).fill('space-inserted french-spacing 2'));
    // The article's own no-break spaces: the restored one is no-break too.
    const noBreak = ['Il a dit\u00A0: «\u00A0oui\u00A0».', 'Quoi? Rien.'].map((content, index) => ({ content, number: index + 1 }));
    expect(restoreFrenchSpacing(noBreak).lines[1]?.content).toBe('Quoi\u00A0? Rien.');
    // No evidence of French spacing: nothing changes.
    const english = ['He said: "yes".', 'Really? Yes!'].map((content, index) => ({ content, number: index + 1 }));
    expect(restoreFrenchSpacing(english).lines.map((line) => line.content)).toEqual(['He said: "yes".', 'Really? Yes!']);
  });

  it('restores the space OCR dropped inside guillemets where the article spaces them, and only there', () => {
    const lines = (texts: string[]) => texts.map((content, index) => ({ content, number: index + 1 }));
    // Four spaced, two attached: the habit is French spacing; the attached ones are misreads.
    const ocr = lines(['Il a dit : « oui » puis « non ».', '«Les devoirs avant tout », dit-elle, «un moindre mal».']);
    const restored = restoreFrenchSpacing(ocr);
    expect(restored.lines.map((line) => line.content)).toEqual(['Il a dit : « oui » puis « non ».', '« Les devoirs avant tout », dit-elle, « un moindre mal ».']);
    expect(restored.repairs).toEqual([
      expect.objectContaining({ kind: 'space-inserted', reason: 'french-spacing', line: 2, before: '«Les devo' }),
      expect.objectContaining({ line: 2, before: 't-elle, «un moind' }),
      expect.objectContaining({ line: 2, before: 'ndre mal».' }),
    ]);
    // An article that attaches its guillemets keeps them attached.
    const attached = lines(['«Les agents ont eu le bon réflexe», a-t-il dit : « rien » de plus.', '«On a entendu des explosions», raconte-t-elle.']);
    expect(restoreFrenchSpacing(attached).lines.map((line) => line.content)).toEqual(attached.map((line) => line.content));
  });

  it('restores the space OCR dropped before a colon, and inside guillemets, where as many of them are spaced as attached', () => {
    const lines = (texts: string[]) => texts.map((content, index) => ({ content, number: index + 1 }));
    // Three spaced (`Perche :`, `« Les`, `vive »`), three attached (`18 h:`, `Saisons»`, `«Le`):
    // OCR drops a narrow space and never adds one, so the page spaced them all.
    const ocr = lines(['Le week-end dans le Perche : nos idées.', 'Bellême, 9 h - 18 h: marché, « Les Quatre Saisons» ce soir.', '«Le percheron a failli disparaître, il faut qu’il vive », dit-elle.', 'Voir http://exemple.fr à 14:30 ce jour.']);
    const restored = restoreFrenchSpacing(ocr);
    expect(restored.lines.map((line) => line.content)).toEqual([
      'Le week-end dans le Perche : nos idées.',
      'Bellême, 9 h - 18 h : marché, « Les Quatre Saisons » ce soir.',
      '« Le percheron a failli disparaître, il faut qu’il vive », dit-elle.',
      'Voir http://exemple.fr à 14:30 ce jour.',
    ]);
    expect(restored.repairs.map((repair) => `${repair.line} ${repair.before}`)).toEqual(['2 h - 18 h: marché,', '2 Saisons» ce soir', '3 «Le perch']);
    // More attached than spaced: the page's own habit, left as it is.
    const english = lines(['Note: the «Quatre Saisons» tonight.', 'Bellême, 18 h : marché.']);
    expect(restoreFrenchSpacing(english).lines.map((line) => line.content)).toEqual(english.map((line) => line.content));
  });

  it('groups again by three the figures of a number OCR ran together, where the article groups its numbers', () => {
    const lines = (texts: string[]) => texts.map((content, index) => ({ content, number: index + 1 }));
    const restored = restoreFrenchSpacing(lines(['La filière a vendu 71200 tonnes, soit 1 046 de plus.', 'En 1980, 4200 fermes et 350000 vaches ; en 2024, 1300 fermes.', 'Le prix : 1,04 milliard, soit 12345,5 euros par ferme (A3200).']));
    expect(restored.lines.map((line) => line.content)).toEqual([
      'La filière a vendu 71 200 tonnes, soit 1 046 de plus.',
      // Four figures that may be a year stay as printed (`1980`, `2024`), but `1300` counts the
      // `fermes` that `4200`, which no year can be, counts too.
      'En 1980, 4 200 fermes et 350 000 vaches ; en 2024, 1 300 fermes.',
      'Le prix : 1,04 milliard, soit 12 345,5 euros par ferme (A3200).',
    ]);
    expect(restored.repairs.filter((repair) => repair.reason === 'french-digit-grouping')).toHaveLength(5);
    // An article that never groups its figures keeps them as they are.
    const ungrouped = lines(['La filière a vendu 71200 tonnes en 2025.']);
    expect(restoreFrenchSpacing(ungrouped).lines[0]?.content).toBe('La filière a vendu 71200 tonnes en 2025.');
  });

  it('groups four figures below 2100 before the plural noun they count (`1412 passagers`, a compound\'s first part, a word cut at the line\'s end), not a year before grammar, a pronoun or a determiner', () => {
    const lines = (texts: string[]) => texts.map((content, index) => ({ content, number: index + 1 }));
    const known = new Set(['passagers', 'passager', 'litres', 'litre', 'dans', 'dan', 'certaines', 'certaine', 'tôt', 'ils', 'il', 'ans', 'an', 'euros', 'euro', 'sapeurs', 'sapeur']);
    const lexicon = { source: 'test', size: known.size, loadMilliseconds: 0, has: (word: string) => known.has(word.toLowerCase()) };
    const text = [
      'Le ferry a pris 31 000 billets, 1412 passagers et 1000 litres.',
      'En 1998 dans la rade, en 2025 certaines lignes, en 2020 ils ont, 1805. Plus tôt, 1412 passagers',
      'tous les 500 à 1000 ans, 1046 sapeurs-pompiers, proposé à 1100 eu-',
      'ros par mois.',
    ];
    const restored = restoreFrenchSpacing(lines(text), lexicon);
    expect(restored.lines.map((line) => line.content)).toEqual([
      'Le ferry a pris 31 000 billets, 1 412 passagers et 1 000 litres.',
      'En 1998 dans la rade, en 2025 certaines lignes, en 2020 ils ont, 1805. Plus tôt, 1 412 passagers',
      'tous les 500 à 1 000 ans, 1 046 sapeurs-pompiers, proposé à 1 100 eu-',
      'ros par mois.',
    ]);
    expect(restored.repairs.filter((repair) => repair.reason === 'french-digit-grouping').map((repair) => repair.evidence)).toEqual([
      expect.stringContaining('"1412" counts the "passagers" after it'),
      expect.stringContaining('"1000" counts the "litres" after it'),
      expect.stringContaining('"1412" counts the "passagers" after it'),
      expect.stringContaining('"1000" counts the "ans" after it'),
      expect.stringContaining('"1046" counts the "sapeurs" after it'),
      expect.stringContaining('"1100" counts the "euros" after it'),
    ]);
    // Without a lexicon, four figures below 2100 stay as a year would.
    expect(restoreFrenchSpacing(lines(text)).lines[0]?.content).toBe('Le ferry a pris 31 000 billets, 1412 passagers et 1000 litres.');
  });

  it('groups four figures below 2100 before a noun the article counts with a number no year can be (`7601 voix`, `1 842 voix`), also across a line end; never a year, a number opening with 0, nor before a word of grammar', () => {
    const lines = (texts: string[]) => texts.map((content, index) => ({ content, number: index + 1 }));
    const text = [
      'Inscrits : 84312. Le premier obtient 7601 voix (29,6 %),',
      'le dernier 1617 voix (6,3 %). En 1998, les voix ne',
      'comptaient pas ; le club de 1300',
      'voix réunit entre 2500 et 3000 membres depuis 1995 et 2003.',
      'Renseignements au 0561234567 ou au 01000 voix.',
    ];
    const restored = restoreFrenchSpacing(lines(text));
    expect(restored.lines.map((line) => line.content)).toEqual([
      'Inscrits : 84 312. Le premier obtient 7 601 voix (29,6 %),',
      'le dernier 1 617 voix (6,3 %). En 1998, les voix ne',
      'comptaient pas ; le club de 1 300',
      // `et` after `2500` is no noun: `1995 et 2003` stay years.
      'voix réunit entre 2 500 et 3 000 membres depuis 1995 et 2003.',
      // A count never opens with 0: a phone number, a postcode.
      'Renseignements au 0561234567 ou au 01000 voix.',
    ]);
    expect(restored.repairs.find((repair) => repair.after === '1 617')?.evidence).toContain('"1617" counts the "voix" after it, as the article\'s 7601 does');
    // An article that counts no `voix` with a number no year can be leaves `1617` as printed.
    expect(restoreFrenchSpacing(lines(['En 1617 voix et vote (6,3 %) ne comptaient pas.'])).lines[0]?.content).toBe('En 1617 voix et vote (6,3 %) ne comptaient pas.');
  });

  it('leaves a postcode in an address as printed (five figures after a comma or opening a line, a capitalised place after them), in an article that groups its counts', () => {
    const lines = (texts: string[]) => texts.map((content, index) => ({ content, number: index + 1 }));
    const restored = restoreFrenchSpacing(lines([
      'La commune compte 41 200 habitants, contre 38500 habitants en 1998.',
      'Écrire au service des eaux, 12 rue des Lilas, 31000 Toulouse, ou à la mairie,',
      '75008 Paris Cedex. Les 12380 Bretons inscrits ont voté ; inscrits : 84312.',
    ]));
    expect(restored.lines.map((line) => line.content)).toEqual([
      'La commune compte 41 200 habitants, contre 38 500 habitants en 1998.',
      'Écrire au service des eaux, 12 rue des Lilas, 31000 Toulouse, ou à la mairie,',
      // After a word, a count of five figures is grouped whatever follows it.
      '75008 Paris Cedex. Les 12 380 Bretons inscrits ont voté ; inscrits : 84 312.',
    ]);
  });

  it('groups the figures where no number is grouped but the article spaces its percentages (pdftotext -raw drops every narrow space)', () => {
    const lines = (texts: string[]) => texts.map((content, index) => ({ content, number: index + 1 }));
    const restored = restoreFrenchSpacing(lines(['Le tonneau se vend 9800 euros, soit 6 % de plus qu’en 2025.']));
    expect(restored.lines[0]?.content).toBe('Le tonneau se vend 9 800 euros, soit 6 % de plus qu’en 2025.');
    expect(restored.repairs).toEqual([expect.objectContaining({ reason: 'french-digit-grouping', after: '9 800', evidence: expect.stringContaining('percentages') })]);
  });

  it('spaces an hour OCR ran together (`23h`, `6h40`), where the article spaces one itself', () => {
    const lines = (texts: string[]) => texts.map((content, index) => ({ content, number: index + 1 }));
    const restored = restoreFrenchSpacing(lines(['Ouvert de 8 h à 20h, le train de 6h40 part.', 'Le modèle A4h ou la 30h reste tel quel.']));
    expect(restored.lines.map((line) => line.content)).toEqual(['Ouvert de 8 h à 20 h, le train de 6 h 40 part.', 'Le modèle A4h ou la 30h reste tel quel.']);
    // Nothing shows the habit: an hour stays as printed.
    expect(restoreFrenchSpacing(lines(['Open from 8h to 20h.'])).lines[0]?.content).toBe('Open from 8h to 20h.');
  });

  it('restores the space OCR dropped between a figure and %, where the article spaces one itself or spaces as French typography does', () => {
    const lines = (texts: string[]) => texts.map((content, index) => ({ content, number: index + 1 }));
    // The article spaces one figure from % itself: the attached ones are misreads.
    const spaced = restoreFrenchSpacing(lines(['Le oui est à 51 %, le non à 47%.', 'Une hausse de 1,9%, puis de 12%.']));
    expect(spaced.lines.map((line) => line.content)).toEqual(['Le oui est à 51 %, le non à 47 %.', 'Une hausse de 1,9 %, puis de 12 %.']);
    expect(spaced.repairs).toHaveLength(3);
    expect(spaced.repairs[0]).toMatchObject({ kind: 'space-inserted', reason: 'french-spacing', line: 1 });
    // No spaced figure but French spacing of colons and guillemets: the same habit.
    const french = restoreFrenchSpacing(lines(['Il a dit : « oui » puis « non ».', 'Une hausse de 12%.']));
    expect(french.lines[1]?.content).toBe('Une hausse de 12 %.');
    // Nothing shows the habit: an attached % stays.
    const english = lines(['He said: "yes".', 'A rise of 12%.']);
    expect(restoreFrenchSpacing(english).lines.map((line) => line.content)).toEqual(english.map((line) => line.content));
  });
});
