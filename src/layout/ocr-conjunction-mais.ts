/**
 * The conjunction `mais` that OCR read `maïs` (the corn): Tesseract takes a speck or the
 * i's dot for a diaeresis (`, maïs les voitures`, `. Maïs la part`, `« Maïs pour`). The
 * sentence tells them apart: the noun takes a determiner or stands in an enumeration or a
 * complement (`le maïs`, `champs de maïs`, `blé, maïs et orge`, `maïs doux`), while the
 * conjunction opens a clause, after a punctuation mark or at a sentence's start, before a word
 * that opens a clause: a determiner or a number, a pronoun, a negation, a preposition or an adverb
 * (`CLAUSE_OPENERS`, a closed class of French grammar; `de`, `du` and `des` are left out, which
 * the noun's complement takes: `maïs de plein champ`). Only there is `maïs` read `mais`, each
 * change a recorded repair.
 */
import type { Repair } from '../types.ts';
import type { PageLine } from './page-line.ts';

/** Words that open a clause and never follow the noun `maïs` directly (see the module's comment). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'le', 'la', 'les', 'l’', 'un', 'une', 'ce', 'cet', 'cette', 'ces', 'c’', 'ça', 'cela', 'ceux', 'celle', 'celui',
  'son', 'sa', 'ses', 'leur', 'leurs', 'mon', 'ma', 'mes', 'notre', 'nos', 'votre', 'vos',
  'il', 'ils', 'elle', 'elles', 'on', 'je', 'j’', 'tu', 'nous', 'vous', 'lui', 'y', 'en',
  'ne', 'n’', 'pas', 'plus', 'rien', 'personne', 'jamais', 'non', 'aussi', 'encore', 'surtout', 'plutôt', 'déjà',
  'si', 'quand', 'qui', 'que', 'qu’', 'pour', 'sans', 'avec', 'dans', 'sur', 'sous', 'à', 'au', 'aux', 'après', 'avant',
  'depuis', 'pendant', 'selon', 'tout', 'tous', 'toute', 'toutes', 'là', 'ici', 'bien', 'peu', 'trop', 'très',
  // Numbers, which open a noun phrase as a determiner does (`Mais onze voyageurs par trajet`).
  'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze',
  'quinze', 'seize', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'cent', 'mille',
]);
/** `maïs` after a punctuation mark or at the line's start: group 1 what stands before, group 2 the word. */
const CANDIDATE = /(^|[,;:.!?«»—–]\s+|^\s*[«—–]\s*)(maïs|Maïs)(?=\s|$)/gu;

export function correctConjunctionReadAsNoun(lines: readonly PageLine[]): { lines: PageLine[]; repairs: Repair[] } {
  const repairs: Repair[] = [];
  const result = lines.map((line, index) => {
    if (!line.content.includes('aïs')) return line;
    const content = line.content.replace(CANDIDATE, (whole: string, before: string, word: string, offset: number) => {
      // At the line's start, the line before must end a clause, or the word be capitalised.
      const previous = lines[index - 1]?.content.trimEnd() ?? '';
      if (before.trim() === '' && offset === 0 && word === 'maïs' && !/[,;:.!?«»—–]$/u.test(previous)) return whole;
      const next = nextWord(line.content, offset + whole.length, lines[index + 1]?.content);
      if (next === undefined || !CLAUSE_OPENERS.has(openingOf(next))) return whole;
      const corrected = word === 'Maïs' ? 'Mais' : 'mais';
      repairs.push({
        kind: 'ocr-misread-corrected',
        line: line.number,
        before: `${word} ${next}`,
        after: `${corrected} ${next}`,
        reason: 'conjunction-read-as-noun',
        evidence: `"${word}" after a punctuation mark or a sentence's start, before "${next}", which opens a clause, is the conjunction "mais": the noun would take a determiner or a complement`,
      });
      return `${before}${corrected}`;
    });
    return content === line.content ? line : { ...line, content };
  });
  return { lines: result, repairs };
}

/** The word after `from` on the line, or the next line's first word. */
function nextWord(content: string, from: number, nextLine: string | undefined): string | undefined {
  const rest = content.slice(from).trim();
  const source = rest !== '' ? rest : (nextLine ?? '').trim();
  return source === '' ? undefined : source.split(/\s+/u, 1)[0];
}

/** The word in lower case, cut after an elision's apostrophe (`n’a` → `n’`, `l'eau` → `l’`). */
function openingOf(word: string): string {
  const lower = word.toLowerCase().replace(/'/gu, '’');
  const apostrophe = lower.indexOf('’');
  return apostrophe === -1 ? lower.replace(/[.,;:!?»)]+$/u, '') : lower.slice(0, apostrophe + 1);
}
