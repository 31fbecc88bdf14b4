import { describe, expect, it } from 'vitest';
import { BYLINE, bylinePattern, DATELINE, endsSentence, isSignature, opensSentenceOrTurn, startsLikeSentence } from '../../src/layout/layout-block.ts';

describe('endsSentence', () => {
  it.each([
    ['Il pleut.', true],
    ['« Sortons ! »', true],
    ['a-t-il demandé ?', true],
    ['(voir plus haut.)', true],
    ['il a dit « non »', true],
    ['et ainsi de suite…', true],
    ['selon M', false],
    ['le 12', false],
    ['en effet,', false],
    ['Il pleut. ', true],
    ['))', false],
    ['', false],
  ])('%j -> %s', (text, expected) => {
    expect(endsSentence(text)).toBe(expected);
  });

  it('agrees with /[.!?…»”][)\\]»”"\'’]*$/u after trimming, on generated line ends', () => {
    const pieces = ['a', 'Z', '1', ',', '-', ' ', '\u00a0', '\t', '.', '!', '?', '…', '»', '”', ')', ']', '"', "'", '’', '«', ':', ';', 'é'];
    let seed = 11;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 20000; round += 1) {
      let text = '';
      const length = Math.floor(random() * 6);
      for (let index = 0; index < length; index += 1) text += pieces[Math.floor(random() * pieces.length)];
      expect(endsSentence(text), JSON.stringify(text)).toBe(/[.!?…»”][)\]»”"'’]*$/u.test(text.trimEnd()));
    }
  });
});

describe('BYLINE and isSignature', () => {
  it('knows a byline that names the genre of the piece before the writer', () => {
    for (const line of ['Reportage de Jeanne Martin', 'Une enquête de Paul Henry et Léa Roux', 'Chronique de Marc Olivier', 'Par Jeanne Martin', 'Reportage de notre envoyé spécial à Kiev']) {
      expect(BYLINE.test(line), line).toBe(true);
    }
    // A sentence that starts the same way is no byline: it runs on after the name or ends on a full stop.
    expect(BYLINE.test('Reportage de Jeanne Martin sur les quais du port')).toBe(false);
    expect(BYLINE.test('Le reportage de Jeanne Martin.')).toBe(false);
  });

  it('knows the text and its pictures signed together, `Texte et photos :`, for a byline, not a picture’s credit alone', () => {
    for (const line of ['Texte et photos : Jeanne Martin', 'Textes et photo : Paul Henry et Léa Roux', 'Texte et illustrations : Marc Olivier']) {
      expect(BYLINE.test(line), line).toBe(true);
    }
    // A picture's credit names no writer of the text; a sentence after the name is no byline either.
    for (const line of ['Photo : Jeanne Martin', 'Photos : Paul Henry', 'Texte et photos : Jeanne Martin a suivi le pêcheur.']) {
      expect(BYLINE.test(line), line).toBe(false);
    }
  });

  it('knows the desk’s signature of an unsigned piece, `Par la rédaction`', () => {
    for (const line of ['Par la rédaction', 'Par la rédaction de Mortagne', 'Par notre rédaction']) expect(BYLINE.test(line), line).toBe(true);
    // `la` only before `rédaction`: a sentence opening `Par la route` names no writer.
    for (const line of ['Par la route de Mortagne', 'Par la rédaction de Mortagne. Elle a choisi.']) expect(BYLINE.test(line), line).toBe(false);
  });

  it('gives the full pattern’s answer, its cheap first test passed by every byline', () => {
    const lines = [
      'Par Jeanne Martin',
      'De notre correspondante à Lyon, Claire Petit',
      'Propos recueillis par Amina Zerrouki',
      'Entretiens réalisés par Paul Henry',
      'Une analyse de Marc Olivier',
      'Un récit de Léa Roux',
      'enquête de Jean-Pierre Dumas',
      'Textes et dessins : Anne Roux',
      'Reportage et photos : Karim B.',
      'Interview conduite par Hugo Blanc',
      'Dossier réalisé par Inès Garnier',
      'Par la rédaction',
      'Par la route de Mortagne',
      'De nombreux habitants ont quitté la ville.',
      'Le maire, Jean Dupont',
      'Pour Jean Dupont',
      ' Par Jean Dupont',
      'PAR JEAN DUPONT',
      '',
    ];
    for (const line of lines) expect(BYLINE.test(line), line).toBe(bylinePattern().test(line));
  });

  it('takes the word the local press signs an unnamed piece with for a signature', () => {
    expect(['Correspondance locale', '(Correspondance particulière)', 'Correspondance', 'Jeanne MARTIN', 'AFP'].every(isSignature)).toBe(true);
    expect(isSignature('Correspondance des trains')).toBe(false);
  });

  it('takes a wire desk’s initials, a slash before the editor’s, for a signature, not a word or a date', () => {
    expect(['abd-lc/mf', 'cdu/jvh', 'pb/ial', 'pel/rap-dh', 'ab/mpa/bow', 'fz-cdu/jvh/ial'].every(isSignature)).toBe(true);
    for (const text of ['et/ou', 'km/h', '12/03', 'abd-lc', 'Abd/Mf', 'abd-lc/mf.', 'km/h/s', 'et/ou/ni/de/la']) expect(isSignature(text), text).toBe(false);
  });
});

describe('DATELINE', () => {
  it.each([
    ['PARIS — Le conseil', 'PARIS — '],
    ['MOSCOU (AFP) – Le Kremlin', 'MOSCOU (AFP) – '],
    // A wire's own dateline: place, date, agency, and a hyphen where its Latin-1 copy has no dash.
    ['DAKAR, 12 nov 2026 (AFP) - Sur la plage', 'DAKAR, 12 nov 2026 (AFP) - '],
    ['LIEGE, 14 nov 2026 (Belga) -', 'LIEGE, 14 nov 2026 (Belga) -'],
  ])('%j opens with the dateline %j', (text, dateline) => {
    expect(DATELINE.exec(text)?.[0]).toBe(dateline);
  });

  it.each(['ONU - Le Conseil de sécurité', 'LIEGE, 14 nov 2026 - Le tram', 'Paris, 12 nov 2026 (AFP) - Le'])('%j opens with none', (text) => {
    expect(DATELINE.test(text)).toBe(false);
  });

  it.each([
    ['PARIS — Le maire a parlé.', 'PARIS —'],
    ['MOSCOU (AFP) – La Douma a voté.', 'MOSCOU (AFP) –'],
    ['DAKAR, 12 nov 2026 (AFP) - Sur la plage', 'DAKAR, 12 nov 2026 (AFP) -'],
    ['LIEGE, 1er mars 2026 (Belga) - Le tram', 'LIEGE, 1er mars 2026 (Belga) -'],
    ['BREST, 3 juin 2026 — Le port', 'BREST, 3 juin 2026 —'],
  ])('%j opens with the dateline %j', (text, dateline) => {
    expect(DATELINE.exec(text)?.[0].trim()).toBe(dateline);
  });

  it('wants the agency in brackets before a hyphen-minus: a kicker or a score has none', () => {
    for (const text of ['RUGBY - Fédérale 1', 'PSG - OM : 2-1', 'NANTES - Le maire a parlé.']) expect(DATELINE.test(text), text).toBe(false);
  });
});

describe('DATELINE', () => {
  it('reads a wire agency’s dateline, the date after the place and the ASCII hyphen after the agency', () => {
    const opening = (text: string): string | undefined => DATELINE.exec(text)?.[0].trim();
    expect(opening('DAKAR, 12 nov 2026 (AFP) - Sur la plage de Soumbédioune')).toBe('DAKAR, 12 nov 2026 (AFP) -');
    expect(opening('LIEGE, 14 nov 2026 (Belga) - Le premier tramway')).toBe('LIEGE, 14 nov 2026 (Belga) -');
    expect(opening('PARIS, 1er mars 2026 (AFP) — Le gouvernement')).toBe('PARIS, 1er mars 2026 (AFP) —');
    // The dashes as before.
    expect(opening('MOSCOU (AFP) – Les')).toBe('MOSCOU (AFP) –');
    expect(opening('SAINT-AMAND-MONTROND — Le maire')).toBe('SAINT-AMAND-MONTROND —');
    // A hyphen with no agency before it is no dateline's: capitals then a hyphen open prose too.
    expect(opening('PARIS - Le gouvernement')).toBeUndefined();
    expect(opening('CGT - FO : les syndicats signent')).toBeUndefined();
  });
});

describe('isSignature', () => {
  it('takes a wire desk’s initials closing a dispatch for a signature', () => {
    expect(['abd-lc/mf', 'cdu/jvh', 'pgf-mla/fjb'].every(isSignature)).toBe(true);
    // A unit or a ratio is no desk's initials; nor is a sentence.
    expect(isSignature('km/h')).toBe(false);
    expect(isSignature('Il roulait à 90 km/h.')).toBe(false);
  });
});

describe('startsLikeSentence and opensSentenceOrTurn', () => {
  it.each([
    ['Le maire a répondu', true],
    ['Élise Martin', true],
    ['« Nous ne pouvons plus', true],
    ['  Le texte en retrait', true],
    ['1 300 emplois', true],
    ['½ litre de lait', true],
    ['(Reuters)', true],
    ['et puis', false],
    ['à la mairie', false],
    ['ébloui par', false],
    ['ÿ', false],
    ['÷ 2', false],
    ['ß', false],
    ['— Vous voyez', false],
    ['', false],
  ])('startsLikeSentence(%j) is %s', (text, expected) => {
    expect(startsLikeSentence(text)).toBe(expected);
  });

  it.each([
    ['— Vous voyez', true],
    ['– Oui, dit-il', true],
    ['—Vous', false],
    ['- Vous', false],
    ['à la mairie', false],
    ['Le maire', true],
  ])('opensSentenceOrTurn(%j) is %s', (text, expected) => {
    expect(opensSentenceOrTurn(text)).toBe(expected);
  });
});
