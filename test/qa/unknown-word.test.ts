/**
 * `qa/unknown-word` (issue 12): the words a post-editor should go to first. With the offline
 * engine on the seed it lists what Apertium left untranslated (`cesación`, `circonspect`), the
 * marks gone from the English; it catches French left in any provider's English; and it finds
 * nothing in a correct English of the seed (written by hand, test/fixtures/aligned/).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.ts';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { build } from '../../src/pipeline.ts';
import { checkUnknownWords, getEnglishLexicon, runQaChecks, type WordLists } from '../../src/qa/index.ts';
import { structureArticle } from '../../src/structure.ts';
import type { AlignedArticle } from '../../src/types.ts';
import { g20SyriaTalksEnglish } from '../fixtures/aligned/g20-syria-talks-english.ts';
import { REPOSITORY_ROOT } from '../support/run-cli.ts';

const SEED = join(REPOSITORY_ROOT, 'seeds', 'g20-syria-talks-2016.txt');
const english = getEnglishLexicon();
const wordLists: WordLists | undefined = english && { french: getFrenchLexicon(), english };
const apertiumInstalled = existsSync('/usr/share/apertium/modes/fr-es.mode');

/** Word lists of a few words, for the rules alone. */
const smallLists: WordLists = {
  french: { has: (word) => ['circonspect', 'pourparlers', 'situation', 'accord', 'fermement'].includes(word.toLowerCase()) },
  english: { has: (word) => ['situation', 'the', 'talks'].includes(word.toLowerCase()) },
};

describe('checkUnknownWords', () => {
  it('passes over a letter alone the engine marked (a signature’s initials)', () => {
    expect(checkUnknownWords({ source: 'C. D.', translation: 'C. D.', unknownWords: ['d'] })).toEqual([]);
    expect(checkUnknownWords({ source: 'Il va à Paris.', translation: 'He goes à Paris.', unknownWords: ['à'] })).toHaveLength(1);
  });

  it('passes over a unit’s symbol after a number, written alike in French and English', () => {
    expect(checkUnknownWords({ source: 'L’eau est montée à 5,20 m et 12\u00a0km plus loin.', translation: 'The water rose to 5.20 m and 12 km further.', unknownWords: ['m', 'km'] })).toEqual([]);
    // A marked `m` with no number before it in the French is still listed.
    expect(checkUnknownWords({ source: 'Le m de mètre.', translation: 'The m of metre.', unknownWords: ['m'] })).toHaveLength(1);
  });

  it("lists the words the engine marked, but not a name it kept as written in the French", () => {
    const findings = checkUnknownWords({ source: 'M. Lavrov parle de la cessation.', translation: 'Mr. Lavrov speaks of the cesación.', unknownWords: ['Lavrov', 'cesación'] });
    expect(findings).toEqual([{ check: 'qa/unknown-word', severity: 'warning', message: 'Left untranslated: cesación (unknown to the engine).' }]);
  });

  it('lists French words of the source left in the English: French, not English, in lower case, each once', () => {
    const pair = { source: 'La situation reste circonspect, les pourparlers aussi (Accord).', translation: 'The situation remains circonspect, the pourparlers too, circonspect (Accord).' };
    expect(checkUnknownWords(pair, smallLists)).toEqual([{ check: 'qa/unknown-word', severity: 'warning', message: 'Left untranslated: circonspect (French), pourparlers (French).' }]);
    // A French word the English does not take from the source is the engine's word, not a leftover.
    expect(checkUnknownWords({ source: 'Il reste prudent.', translation: 'He remains fermement.' }, smallLists)).toEqual([]);
  });

  it('finds nothing in a correct translation, and runs with the other checks', () => {
    expect(runQaChecks({ source: 'La situation est difficile.', translation: 'The situation is difficult.' }, { wordLists: smallLists })).toEqual([]);
  });
});

describe.skipIf(wordLists === undefined)("qa/unknown-word with Debian's word lists (wfrench, wamerican, wbritish)", () => {
  it('finds nothing in a correct English of the seed, sentence by sentence', () => {
    const article = structureArticle(readFileSync(SEED), { fileName: 'g20-syria-talks-2016.txt' });
    const sentences = article.blocks.flatMap((block) => block.sentences);
    expect(sentences.map((sentence) => sentence.id).sort()).toEqual(Object.keys(g20SyriaTalksEnglish).sort());
    for (const sentence of sentences) {
      expect(checkUnknownWords({ source: sentence.text, translation: g20SyriaTalksEnglish[sentence.id]! }, wordLists), sentence.id).toEqual([]);
    }
  });

  it("catches the French a provider left in its English (the seed's words)", () => {
    const findings = checkUnknownWords(
      { source: 'Barack Obama s\'était montré bien plus circonspect sur les pourparlers.', translation: 'Barack Obama had been much more circonspect about the pourparlers.' },
      wordLists,
    );
    expect(findings[0]?.message).toBe('Left untranslated: circonspect (French), pourparlers (French).');
  });
});

describe.skipIf(english === undefined)('the English word list, compiled', () => {
  it('answers as the lists read line by line, from the file it writes and from the file it reads back', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'bilingual-english-lexicon-'));
    try {
      const lists = [...english!.sources];
      const file = join(folder, 'english-lexicon.bin');
      const read = getEnglishLexicon(lists, false)!;
      const written = getEnglishLexicon(lists, file)!;
      expect(existsSync(file)).toBe(true);
      const reread = getEnglishLexicon(lists, file)!;
      const lines = lists.flatMap((path) => readFileSync(path, 'utf8').split('\n')).filter((_, index) => index % 97 === 0);
      const probes = [...lines, ...lines.map((word) => word.toUpperCase()), ...lines.map((word) => `${word}’s`), ...lines.map((word) => `${word}q`), 'circonspect', 'pourparlers', 'situation', "Lavrov's"];
      expect(probes.filter((word) => read.has(word)).length).toBeGreaterThan(lines.length);
      for (const word of probes) {
        expect(written.has(word), word).toBe(read.has(word));
        expect(reread.has(word), word).toBe(read.has(word));
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!apertiumInstalled)('qa/unknown-word on the seed with the offline engine', () => {
  let work: string;
  let article: AlignedArticle;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'bilingual-unknown-word-'));
    const config = await loadConfig({ env: {}, overrides: [{ path: ['cache', 'path'], value: join(work, 'cache.sqlite'), source: 'test' }] });
    await build({ inputs: [SEED], config, outDir: work, dryRun: false, failFast: false });
    article = JSON.parse(await readFile(join(work, 'g20-syria-talks-2016', 'g20-syria-talks-2016.json'), 'utf8')) as AlignedArticle;
  }, 120_000);
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('lists the words Apertium left untranslated, per sentence, and the English holds no mark', async () => {
    const sentences = article.blocks.flatMap((block) => block.sentences);
    const listed = new Map(sentences.flatMap((sentence) => (sentence.qa ?? []).filter((finding) => finding.check === 'qa/unknown-word').map((finding) => [sentence.id, finding.message] as const)));
    expect(listed.get('p3.s2')).toMatch(/\bcirconspect\b/);
    expect(listed.get('p4.s1')).toMatch(/\bcesación\b/);
    expect(listed.get('p7.s1')).toMatch(/\bcesación\b/);
    // Names the engine kept as written (Kerry, Lavrov) and glossary terms (Aleppo, Xinhua) are not listed.
    for (const message of listed.values()) expect(message).not.toMatch(/\b(Kerry|Lavrov|G20|Aleppo|Xinhua)\b/);
    for (const sentence of sentences) expect(sentence.translation, sentence.id).not.toMatch(/(^|[\s(«"])[*#@]\p{L}/u);
    expect(sentences.find((sentence) => sentence.id === 'p4.s1')!.unknownWords).toContain('cesación');
    const report = await readFile(join(work, 'g20-syria-talks-2016', 'g20-syria-talks-2016.qa.md'), 'utf8');
    expect(report).toContain('qa/unknown-word');
    expect(report).toContain('cesación');
  });
});
