import { describe, expect, it } from 'vitest';
import { creditAtEnd } from '../../src/layout/credit-forms.ts';

const credit = (text: string): string | undefined => {
  const at = creditAtEnd(text);
  return at < 0 ? undefined : text.slice(at);
};

describe('the forms of a picture’s credit at a caption’s end', () => {
  it('reads each form after a stop and with none, in capitals or not', () => {
    const forms = [
      '(Photo AFP)',
      '(PHOTO MAXPPP)',
      '/ Photo DR',
      'PHOTO LA DÉPÊCHE/J. MARTY',
      'Photo Le Courrier/A. Brunet',
      'Ph. Sophie Leclerc',
      'PH. THOMAS GIRAUD',
      'Crédit photo : Office de tourisme',
      'Crédit photo : Service des archives',
      'CRÉDIT PHOTO : MAIRIE DE VIENNE',
      'Photo d’archives',
      'PHOTO D’ARCHIVES',
      'PHOTO D’ILLUSTRATION',
      '© La Voix du Nord',
      'Luc Perrin / Maxppp',
    ];
    for (const form of forms) {
      expect(credit(`Les bénévoles devant la salle des fêtes, samedi. ${form}`), form).toBe(form);
      expect(credit(`Les bénévoles devant la salle des fêtes ${form}`), form).toBe(form);
      expect(credit(form), form).toBe(form);
    }
  });

  it('reads a source a desk names by a common noun, in small letters, after `Photo`', () => {
    for (const form of ['Photo mairie de Saint-Malo', 'Photo archives famille Perrot', 'Photo offerte par le club de voile', 'Photo d’archives Le Petit Matin', 'PHOTO service communication']) {
      expect(credit(`Le quai des pêcheurs, à la marée basse. ${form}`), form).toBe(form);
    }
    // A sentence opening on `Photo` before a particle or a preposition, or going on past a comma, is no credit.
    for (const text of ['les élèves ont posé. Photo de groupe devant la', 'Il tend le cliché. Photo à la main, il', 'Le jury a tranché. Photo avec le maire', 'au port. Photo prise au matin, elle']) {
      expect(credit(text), text).toBeUndefined();
    }
    // Not where a caption is still to be found in a text's lines: there only the first forms are read.
    expect(creditAtEnd('Le quai des pêcheurs. Photo mairie de Saint-Malo', 'text')).toBe(-1);
  });

  it('reads, where a caption is still to be found in a text, only the forms that never end a body line', () => {
    expect(creditAtEnd('Le port au petit matin. Photo : Le Télégramme', 'text')).toBeGreaterThan(0);
    expect(creditAtEnd('Le port au petit matin. (Photo AFP)', 'text')).toBe(-1);
    expect(creditAtEnd('Le port au petit matin. (Photo AFP)')).toBeGreaterThan(0);
  });

  it('reads no credit in a sentence of the body, nor in a party’s initials in parentheses', () => {
    for (const text of [
      'Le conseiller régional Paul Marchal (LR)',
      // An agency alone in parentheses closes a wire story's paragraph as well as a caption.
      'a indiqué le porte-parole de la compagnie (Belga)',
      'selon l’Organisation mondiale de la santé (OMS)',
      'comme il l’a expliqué (en souriant)',
      'La photo : une idée de sa fille',
      'la ligne Rennes / Brest',
      'Ph. de la mairie',
    ]) {
      expect(credit(text), text).toBeUndefined();
    }
  });
  it('starts a credit after a slash or in parentheses where one opens it, and only after a space or a stop', () => {
    expect(creditAtEnd('Le port au petit matin / Photo DR')).toBe('Le port au petit matin '.length);
    expect(creditAtEnd('Le port au petit matin /Photo DR')).toBe('Le port au petit matin '.length);
    expect(creditAtEnd('Le port au petit matin (Photo : Le Télégramme)')).toBe('Le port au petit matin '.length);
    expect(creditAtEnd('Le port au petit matin.(Photo AFP)')).toBe('Le port au petit matin.'.length);
    // A parenthesis not closed at the end, or closed without being opened, holds no credit in parentheses.
    expect(creditAtEnd('Le port au petit matin (Photo AFP')).toBe(-1);
    expect(creditAtEnd('Le port au petit matin Photo AFP)')).toBe(-1);
    // After a letter, no credit starts: `xPhoto DR` is no credit, `x Photo DR` is.
    expect(creditAtEnd('Le port au petit matinPhoto DR')).toBe(-1);
  });
});

describe('a source after the copyright sign', () => {
  it('reads its words after a capitalised first one, as after a label’s colon, for the text paths too', () => {
    // held-out-34's vide-greniers-guide-pratique: `© Comité des fêtes d’Espalion` (a common noun in the source).
    expect(credit('Vaisselle, jouets et outils : les stands les plus fréquentés. © Comité des fêtes d’Espalion')).toBe('© Comité des fêtes d’Espalion');
    expect(creditAtEnd('Les stands les plus fréquentés. © Comité des fêtes d’Espalion', 'text')).toBeGreaterThan(0);
    expect(credit('Sous la charpente de bois © Service communication')).toBe('© Service communication');
    // No more than the colon's five words, the first capitalised.
    expect(credit('Le lac. © comité des fêtes')).toBeUndefined();
    expect(credit('Le lac. © Comité des fêtes et des foires de la vallée d’Olt')).toBeUndefined();
  });
});

describe('where a credit may open (creditAtEnd turns other positions away before its expression)', () => {
  it('finds a credit opening on a capital outside ASCII, an astral capital or ©, and none opening on a small letter', () => {
    expect(credit('Le lac au matin. Élodie Martin / AFP')).toBe('Élodie Martin / AFP');
    expect(credit('Le lac au matin. Œuvre Durand / AFP')).toBe('Œuvre Durand / AFP');
    expect(credit('Le lac au matin. ©Ouest-France')).toBe('©Ouest-France');
    expect(credit('Le lac au matin. 𝐌arc Dupuis / AFP')).toBe('𝐌arc Dupuis / AFP');
    expect(credit('Le lac au matin. (©Ouest-France)')).toBe('(©Ouest-France)');
    expect(credit('Le lac au matin / Émile Roux / AFP')).toBe('/ Émile Roux / AFP');
    expect(credit('Le lac au matin. photo Jean Dupont')).toBeUndefined();
    expect(credit('Le lac au matin. élodie martin / afp')).toBeUndefined();
    expect(credit('Le lac au matin. 12 / AFP')).toBeUndefined();
    expect(credit('Le lac au matin /')).toBeUndefined();
    expect(credit('Le lac au matin (')).toBeUndefined();
  });
});
