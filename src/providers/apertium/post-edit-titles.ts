/**
 * English titles for the French ones before a person's name. The pivot through Spanish leaves
 * French titles as they are or half-translated: `M. Martin` stays `M. Martin`, `MM. Martin et
 * Durand` becomes `Mm. Martin and Durand`, `Mlle Durand` and `Dr Petit` come back marked as
 * unknown (`*Mlle`, `*Dr`), `Me Dupont` (a lawyer's title) becomes `M Dupont`, and `le Dr
 * Petit` `the Dr Petit`. The names themselves are protected (protect-names.ts) and come back as
 * written, so the French says which title stands before which name.
 *
 * The French source segment is the evidence: a title is rewritten only before the name it
 * stands before in the French, and only from a form the engine makes of that title. An English
 * paper's forms, without a dot: `Mr`, `Messrs`, `Mrs` (`Mme`: see `SPANISH_TITLE` in
 * pre-edit.ts), `Miss`, `Dr`, `Professor`, `Maître` (a French lawyer's title, kept as English
 * writing about French courts keeps it). An article the engine put before the title (`the Dr
 * Petit`) goes, and an unknown-word mark on the title goes with the title: it is known now.
 *
 * @example
 * rewriteTitles('According to M. Martin, the Dr Petit came.', 'Selon M. Martin, le Dr Petit est venu.')
 * // 'According to Mr Martin, Dr Petit came.'
 */
import { escapeRegExp } from '../../glossary/term-occurrences.ts';

interface Title {
  /** The French title as the source writes it (with its dot where it has one). */
  french: RegExp;
  /** What the engine makes of it in the English, before the same name. */
  engine: string;
  english: string;
}

const TITLES: readonly Title[] = [
  { french: /^M\.$/u, engine: String.raw`M\.?`, english: 'Mr' },
  { french: /^MM\.?$/u, engine: String.raw`M[Mm]\.?`, english: 'Messrs' },
  { french: /^Mme$/u, engine: String.raw`(?:Mme|Sra|Mrs)\.?`, english: 'Mrs' },
  { french: /^Mlle$/u, engine: String.raw`(?:Mlle|Miss)\.?`, english: 'Miss' },
  { french: /^Me$/u, engine: String.raw`(?:Me|M)\.?`, english: 'Maître' },
  { french: /^Dr\.?$/u, engine: String.raw`(?:Dr|Doctor)\.?`, english: 'Dr' },
  { french: /^Pr\.?$/u, engine: String.raw`(?:Pr|Professor)\.?`, english: 'Professor' },
];

/** A title before a capitalised name in the French: `M. Martin`, `Mme Leroy`, `le Dr Petit`. */
const FRENCH_TITLE = /(?<![\p{L}\p{N}.\-’'])(M\.|MM\.?|Mme|Mlle|Me|Dr\.?|Pr\.?)[ \u00a0\u202f]+(\p{Lu}[\p{L}\p{M}]*(?:-\p{Lu}[\p{L}\p{M}]*)*)/gu;

/** Quick test: a French title before a capital, anywhere in the text. */
const ANY_FRENCH_TITLE = /(?:M\.|MM|Mme|Mlle|Me|Dr|Pr)[ \u00a0\u202f.]+\p{Lu}/u;

/** The rewrites a French segment calls for: for each title and the name after it, the English pattern and its replacement. */
export interface TitleEvidence {
  rewrites: readonly { pattern: RegExp; english: string }[];
}

/** Reads the titles before names in a French segment, or `undefined` when it has none. */
export function readTitleEvidence(french: string): TitleEvidence | undefined {
  if (!ANY_FRENCH_TITLE.test(french)) return undefined;
  const rewrites: { pattern: RegExp; english: string }[] = [];
  const seen = new Set<string>();
  for (const match of french.matchAll(FRENCH_TITLE)) {
    const title = TITLES.find((candidate) => candidate.french.test(match[1]!));
    if (title === undefined) continue;
    const name = match[2]!;
    const key = `${title.english} ${name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // The engine's form of the title, an unknown-word mark on it, an article before it, then the
    // same name (itself marked, where the engine did not know it: `#Mm. *Hollande`).
    const pattern = new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:([Tt]he)[ \u00a0]+)?[*#@]*(?:${title.engine})[ \u00a0\u202f]+(?=[*#@]*${escapeRegExp(name)}(?![\p{L}\p{M}]))`,
      'gu',
    );
    rewrites.push({ pattern, english: title.english });
  }
  return rewrites.length === 0 ? undefined : { rewrites };
}

/** Writes each title of `evidence` the English way before its name in `text`. */
export function applyTitles(text: string, evidence: TitleEvidence | undefined): string {
  if (evidence === undefined) return text;
  let out = text;
  for (const { pattern, english } of evidence.rewrites) out = out.replace(pattern, `${english} `);
  return out;
}

/** `applyTitles(text, readTitleEvidence(french))`. */
export function rewriteTitles(text: string, french: string): string {
  return applyTitles(text, readTitleEvidence(french));
}
