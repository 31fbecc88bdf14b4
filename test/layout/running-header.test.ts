import { describe, expect, it } from 'vitest';
import { isCapitalsPaperName, isPaperName, isPaperNameLine, paperNameKey, readRunningHeader, splitSectionLabel } from '../../src/layout/running-header.ts';
import { normalizeOcr } from '../../src/layout/ocr-normalize.ts';
import { pageLines } from '../support/page-lines.ts';

describe('readRunningHeader', () => {
  it('reads the paper’s name beside a full date in either order, the date in any case, with the separators heads set', () => {
    expect(readRunningHeader('Le Courrier de la Vallée mardi 3 mars 2026')).toEqual({ kind: 'dated', name: 'Le Courrier de la Vallée' });
    // A verso page mirrors the recto's head: the date first.
    expect(readRunningHeader('mardi 3 mars 2026 Le Courrier de la Vallée')).toEqual({ kind: 'dated', name: 'Le Courrier de la Vallée' });
    expect(readRunningHeader('L’Écho du Plateau — VENDREDI 6 NOVEMBRE 2026')).toEqual({ kind: 'dated', name: 'L’Écho du Plateau' });
    expect(readRunningHeader('La Gazette des Îles · lundi 2 février 2026 · 14')).toEqual({ kind: 'dated', name: 'La Gazette des Îles' });
    // Tesseract reads the middle dot as a colon or a plus sign.
    expect(readRunningHeader('La Gazette des Îles : lundi 2 février 2026')?.name).toBe('La Gazette des Îles');
    expect(readRunningHeader('La Gazette des Îles + lundi 2 février 2026')?.name).toBe('La Gazette des Îles');
  });

  it('takes a lower-case adjective closing the name, after a capitalised word', () => {
    expect(readRunningHeader('Le Réveil savoyard jeudi 5 mars 2026')).toEqual({ kind: 'dated', name: 'Le Réveil savoyard' });
    expect(readRunningHeader('Le Progrès franc-comtois samedi 7 mars 2026')?.name).toBe('Le Progrès franc-comtois');
    expect(readRunningHeader('L’Éveil normand samedi 7 mars 2026')?.name).toBe('L’Éveil normand');
    expect(readRunningHeader('La Voix de l’Ouest lundi 2 mars 2026')?.name).toBe('La Voix de l’Ouest');
    // The adjective must follow a noun, not a particle.
    expect(isPaperName('La Voix de normand')).toBe(false);
  });

  it('reads a folio beside the name, and a label and a folio either side of a vertical bar', () => {
    expect(readRunningHeader('12— Le Courrier de la Vallée')).toEqual({ kind: 'folio-name', name: 'Le Courrier de la Vallée' });
    expect(readRunningHeader('Le Courrier de la Vallée • 13 •')).toEqual({ kind: 'folio-name', name: 'Le Courrier de la Vallée' });
    expect(readRunningHeader('Sports | 31')).toEqual({ kind: 'section-folio' });
    // A page counter whose total the template left blank, after the date.
    expect(readRunningHeader('Le Courrier de la Vallée – Sports mardi 3 mars 2026 12 /')?.kind).toBe('dated');
    expect(readRunningHeader('Le Courrier de la Vallée · Sports mardi 3 mars 2026 | 12 /')?.kind).toBe('dated');
    expect(readRunningHeader('MÉTROPOLE | 4')).toEqual({ kind: 'section-folio' });
    expect(readRunningHeader('4 | La Gazette des Îles')).toEqual({ kind: 'section-folio', name: 'La Gazette des Îles' });
    // A folio set after a dash (`- 22 -` with its closing dash lost), then the name.
    expect(readRunningHeader('- 22 Le Courrier de la Vallée')).toEqual({ kind: 'folio-name', name: 'Le Courrier de la Vallée' });
    expect(readRunningHeader('- 3 Les élus votent le budget')).toBeUndefined();
  });

  it('reads a folio closed by a slash set apart (`12 /`) after the date, as one template prints its folio', () => {
    expect(readRunningHeader('La Gazette du Causse – Sports mercredi 4 mars 2026 7 /')).toEqual({ kind: 'dated', name: 'La Gazette du Causse' });
    expect(readRunningHeader('L’Écho du Plateau · Région jeudi 5 mars 2026 | 9 /')).toEqual({ kind: 'dated', name: 'L’Écho du Plateau' });
    // A fraction in a sentence is no folio's slash.
    expect(readRunningHeader('Le Courrier du Val mercredi 4 mars 2026 3/4 des élus')).toBeUndefined();
  });

  it('reads a name set in capitals as a masthead is, beside the date, and `page` before a folio', () => {
    expect(readRunningHeader('LA GAZETTE DU VERCORS jeudi 5 mars 2026')).toEqual({ kind: 'dated', name: 'LA GAZETTE DU VERCORS' });
    expect(readRunningHeader('jeudi 5 mars 2026 L’ÉCLAIREUR DE LA BRIE')).toEqual({ kind: 'dated', name: 'L’ÉCLAIREUR DE LA BRIE' });
    expect(readRunningHeader('page 14 La Gazette du Vercors')).toEqual({ kind: 'folio-name', name: 'La Gazette du Vercors' });
    expect(readRunningHeader('La Gazette du Vercors p. 14')).toEqual({ kind: 'folio-name', name: 'La Gazette du Vercors' });
    // A kicker in capitals beside a date is no name: it names a subject.
    expect(readRunningHeader('FAITS DIVERS jeudi 5 mars 2026')).toBeUndefined();
    // Prose with `page` and a number is no header.
    expect(readRunningHeader('page 14 du rapport annuel')).toBeUndefined();
  });

  it('reads the paper’s name with the section’s label after it, a separator between them, beside the date', () => {
    expect(readRunningHeader('Le Courrier de la Vallée — Sports — mardi 3 mars 2026')).toEqual({ kind: 'dated', name: 'Le Courrier de la Vallée' });
    expect(readRunningHeader('mardi 3 mars 2026 · La Gazette des Îles · Vie locale')).toEqual({ kind: 'dated', name: 'La Gazette des Îles' });
    expect(splitSectionLabel('La Gazette des Îles | Région')).toEqual({ name: 'La Gazette des Îles', section: 'Région' });
    expect(splitSectionLabel('Le Courrier de la Vallée – Faits divers')).toEqual({ name: 'Le Courrier de la Vallée', section: 'Faits divers' });
    // A hyphen inside a name is no separator; a label with punctuation, or of four words, is no label.
    expect(splitSectionLabel('Le Journal de Saint-Lô')).toBeUndefined();
    expect(splitSectionLabel('La Gazette des Îles · Région, vie locale')).toBeUndefined();
    expect(splitSectionLabel('La Gazette des Îles · Vie de nos communes')).toBeUndefined();
    // OCR reads the middle dot as a colon or a plus sign and the dash as a hyphen, between spaces.
    expect(splitSectionLabel('L’Écho du Plateau : Région')).toEqual({ name: 'L’Écho du Plateau', section: 'Région' });
    expect(splitSectionLabel('La Gazette des Îles + Vie locale')).toEqual({ name: 'La Gazette des Îles', section: 'Vie locale' });
    expect(splitSectionLabel('Le Courrier de la Vallée - Justice')).toEqual({ name: 'Le Courrier de la Vallée', section: 'Justice' });
    expect(readRunningHeader('Le Courrier de la Vallée - Justice mardi 3 mars 2026')?.name).toBe('Le Courrier de la Vallée');
    // Those marks also join a kicker's place and subject: read so only after a paper's article.
    expect(splitSectionLabel('Côte d’Ivoire : Abidjan')).toBeUndefined();
    expect(splitSectionLabel('Grand Est - Reportage')).toBeUndefined();
    // A single word before the label names no paper; nor does a sentence's opening.
    expect(readRunningHeader('Conchyliculture — Loisirs — mardi 3 mars 2026')).toBeUndefined();
    expect(readRunningHeader('Le conseil a voté — Budget — mardi 3 mars 2026')).toBeUndefined();
  });

  it('reads a folio closing a dated head as a page counter sets it, its total there or cut away', () => {
    // A spreadsheet's or a printout's `&[PAGE]/&[PAGES]`; OCR often loses the total.
    expect(readRunningHeader('La Voix du Bocage · Sports jeudi 4 juin 2026 3/')).toEqual({ kind: 'dated', name: 'La Voix du Bocage' });
    expect(readRunningHeader('La Voix du Bocage · Sports jeudi 4 juin 2026 3 /')).toEqual({ kind: 'dated', name: 'La Voix du Bocage' });
    expect(readRunningHeader('La Voix du Bocage : Sports jeudi 4 juin 2026 3/4')).toEqual({ kind: 'dated', name: 'La Voix du Bocage' });
    expect(readRunningHeader('La Voix du Bocage jeudi 4 juin 2026 12 / 14')).toEqual({ kind: 'dated', name: 'La Voix du Bocage' });
    // A fraction in a sentence is no counter: the words around the date are prose.
    expect(readRunningHeader('Le marché a perdu jeudi 4 juin 2026 3/4')).toBeUndefined();
  });

  it('reads no header in lines of prose', () => {
    // A sentence's words on one side of the date.
    expect(readRunningHeader('le conseil se réunira mardi 3 mars 2026')).toBeUndefined();
    expect(readRunningHeader('Le conseil municipal votera mardi 3 mars 2026')).toBeUndefined();
    expect(readRunningHeader('Le Courrier publie mardi 3 mars 2026 une enquête')).toBeUndefined();
    expect(readRunningHeader('avant le mardi 3 mars 2026.')).toBeUndefined();
    // Numbers in running text.
    expect(readRunningHeader('Pour 2026, la commune prévoit')).toBeUndefined();
    expect(readRunningHeader('12 Les élus ont voté')).toBeUndefined();
    expect(readRunningHeader('Les 12')).toBeUndefined();
  });
});

describe('isPaperName', () => {
  it('is a short title-cased name, particles in lower case, one closing adjective at most', () => {
    expect(['La Voix du Nord', 'L’Union de l’Aisne', 'Le Réveil savoyard', 'La Dépêche des Causses'].every(isPaperName)).toBe(true);
    expect(isPaperName('Le maire de la ville')).toBe(false);
    expect(isPaperName('Le Conseil municipal a voté')).toBe(false);
    expect(isPaperName('FAITS DIVERS')).toBe(false);
    expect(isPaperName('Selon le préfet, rien.')).toBe(false);
  });

  it('counts a proper noun behind a lower-case elision as the name’s own word, as OCR may read a masthead', () => {
    // OCR lowered the second capital of `L’Indépendant`: `l’Auxois` still carries the name.
    expect(isPaperName('L’indépendant de l’Auxois')).toBe(true);
    expect(isPaperName('L’indépendant de la ville')).toBe(false);
  });

  it('takes a closing lower-case adjective only after the name’s article and noun, not after a lone noun', () => {
    expect(['L’Éclaireur normand', 'Le Messager comtois'].every(isPaperName)).toBe(true);
    expect(['Vos lettres', 'Notre territoire'].some(isPaperName)).toBe(false);
  });

  it('reads a name in capitals when an article opens it and two words or more follow; a kicker in capitals is none', () => {
    expect(['LA GAZETTE DU VERCORS', 'L’ÉCLAIREUR DE LA BRIE', 'LE COURRIER DES ALPES'].every(isCapitalsPaperName)).toBe(true);
    expect(['CÔTE D’IVOIRE', 'EN BREF', 'L’ÉDITORIAL', 'FAITS DIVERS', 'La Gazette du Vercors'].some(isCapitalsPaperName)).toBe(false);
  });

  it('keys a name by its letters, case, apostrophes and spacing aside', () => {
    expect(paperNameKey("L'Union  de l’Aisne")).toBe(paperNameKey('L’Union de l’Aisne'));
  });

  it('reads a page’s head line without its date: the paper’s name alone, or beside a section’s label', () => {
    expect(isPaperNameLine('L’Indépendant du Sud-Est')).toBe(true);
    expect(isPaperNameLine('L’Indépendant du Sud-Est · Pays')).toBe(true);
    expect(isPaperNameLine('La Gazette de l’Est | Sports')).toBe(true);
    // A sentence, or a kicker naming a place and a subject, is no head.
    expect(isPaperNameLine('L’usine ferme · Annecy')).toBe(false);
    expect(isPaperNameLine('Les syndicats appellent à la grève.')).toBe(false);
  });

  it('keeps the head’s apostrophe out of the count that decides the article’s, when the date went to a line of its own', () => {
    const text = "L’Indépendant du Sud-Est · Pays\nmercredi 9 décembre 2026\nÀ l'appel des syndicats, l'agence ferme.\nL'usine d'Annecy aussi.";
    const result = normalizeOcr(pageLines(text));
    expect(result.lines.map((line) => line.content).slice(2)).toEqual(["À l'appel des syndicats, l'agence ferme.", "L'usine d'Annecy aussi."]);
    expect(result.repairs.filter((repair) => repair.kind === 'apostrophe-normalized')).toEqual([]);
  });
});
