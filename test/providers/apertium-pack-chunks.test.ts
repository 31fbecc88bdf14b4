/**
 * Several segments per engine chunk (src/providers/apertium/pack-chunks.ts): which segments
 * may share a chunk, how an answer is split back, and, on the real engine, that every
 * segment's translation is the one it gets alone; an engine that loses a separator makes the
 * provider send the segments again one per chunk, never give one's answer to another.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApertium } from '../../src/providers/apertium/index.ts';
import { endsWithSentence, packChunks, PackedAnswerMismatch, separator, splitPackedAnswer } from '../../src/providers/apertium/pack-chunks.ts';
import { deformat } from '../../src/providers/apertium/stream-format.ts';
import type { TextFormat, TranslationProvider } from '../../src/providers/types.ts';
import { structureText } from '../../src/structure.ts';
import { wrapSentences } from '../../src/translate/block-round-trip.ts';

const installed = ['fr-es', 'spa-eng'].every((mode) => existsSync(`/usr/share/apertium/modes/${mode}.mode`));

describe('which segments may be followed by another in the same chunk', () => {
  it('takes a full stop, question or exclamation mark after a plain word, a number, a closing mark or markup', () => {
    for (const text of ['Il est parti hier.', 'Ils étaient 1 300.', 'Vraiment ?', 'Non !', 'Il a dit «non».', 'Ce fut tout (ou presque).']) {
      expect(endsWithSentence(deformat(text, 'text')), text).toBe(true);
    }
    expect(endsWithSentence(deformat('<span id="p1.s1">Il a rencontré <span class="notranslate">John Kerry</span>.</span>', 'html'))).toBe(true);
  });

  it('refuses a segment with no sentence end, or a full stop after what may be an abbreviation or inside guillemets', () => {
    for (const text of ['Conflit syrien', 'Par Jean Dupont', 'des livres, des disques, etc.', 'en un an.', 'Il a dit : «Non.»', 'Attendez...', 'selon les É.-U.']) {
      expect(endsWithSentence(deformat(text, 'text')), text).toBe(false);
    }
  });

  it('packs a run of sentence-ended segments and closes the chunk after any other, keeping the order', () => {
    const streams = ['Titre', 'Une phrase.', 'Deux phrases entières.', 'Légende', 'Trois ?', 'Fin'].map((text) => deformat(text, 'text'));
    const chunks = packChunks(streams);
    expect(chunks.map((chunk) => chunk.members)).toEqual([[0], [1, 2, 3], [4, 5]]);
    expect(chunks[0]!.text).toBe(streams[0]);
    // Separators between segments only: the last one ends the chunk as it would end alone.
    expect(chunks[1]!.text).toBe(`${streams[1]}${separator(0)}${streams[2]}${separator(1)}${streams[3]}`);
    expect(packChunks(streams, 2).map((chunk) => chunk.members)).toEqual([[0], [1, 2], [3], [4, 5]]);
  });
});

describe('splitting an answer at its separators', () => {
  it('gives each segment the text before its own separator, superblanks and escapes kept', () => {
    const answer = `He left\\.[</span>][]${separator(0)}\\[sic\\] [*]yes[]`;
    expect(splitPackedAnswer(answer, 2)).toEqual(['He left\\.[</span>][]', '\\[sic\\] [*]yes[]']);
    expect(splitPackedAnswer('alone[]', 1)).toEqual(['alone[]']);
  });

  it('throws PackedAnswerMismatch when a separator is missing, doubled, out of order or unknown', () => {
    const [zero, one, two] = [separator(0), separator(1), separator(2)];
    for (const answer of [`a${zero}b${two}c`, `a${zero}b`, `ab${one}c`, `a${one}b${zero}c`, `a${zero}${zero}b${one}c`, `a${zero}b${one}c${two}`, 'abc']) {
      expect(() => splitPackedAnswer(answer, 3), answer).toThrow(PackedAnswerMismatch);
    }
    expect(splitPackedAnswer(`a${zero}b${one}c`, 3)).toEqual(['a', 'b', 'c']);
    // An escaped bracket in the text is not a separator.
    expect(() => splitPackedAnswer(`a\\[|block 0|\\]b`, 2)).toThrow(PackedAnswerMismatch);
  });
});

describe('stand-in engines: sed in null-data mode, one answer per chunk', () => {
  const folder = mkdtempSync(join(tmpdir(), 'bilingual-pack-'));
  // Copies each chunk but deletes the separators.
  writeFileSync(join(folder, 'strip-separators.mode'), "sed -u 's/\\[|block [0-9]*|\\]//g'\n");
  // Copies each chunk and adds a mark at its end: shows how the segments were chunked.
  writeFileSync(join(folder, 'mark-chunk-ends.mode'), "sed -u 's/$/ (end)/'\n");
  const provider = createApertium({ modesDir: folder, modes: ['strip-separators'], processes: 1, preEdit: false, packSegments: true });
  const unchecked = createApertium({ modesDir: folder, modes: ['mark-chunk-ends'], processes: 1, preEdit: false });
  const packed = createApertium({ modesDir: folder, modes: ['mark-chunk-ends'], processes: 1, preEdit: false, packSegments: true });
  afterAll(async () => {
    for (const each of [provider, unchecked, packed]) await each.close?.();
    rmSync(folder, { recursive: true, force: true });
  });

  const texts = ['Premier paragraphe entier.', 'Deuxième paragraphe entier.', 'Légende sans point', 'Dernier mot ?'];
  const translate = async (engine: TranslationProvider) =>
    (
      await engine.doTranslate({ segments: texts.map((text, index) => ({ id: `b${index}`, text })), sourceLanguage: 'fr', targetLanguage: 'en', format: 'text' })
    ).translations.map((translation) => translation.text);

  it('packs only for the modes whose rules were checked, unless told to', async () => {
    expect(await translate(unchecked)).toEqual(texts.map((text) => `${text} (end)`));
    expect(await translate(packed)).toEqual([texts[0], texts[1], `${texts[2]} (end)`, `${texts[3]} (end)`]);
  });

  it('gets every segment its own answer by sending them again one per chunk when the separators are lost', async () => {
    const result = await provider.doTranslate({
      segments: texts.map((text, index) => ({ id: `b${index}`, text })),
      sourceLanguage: 'fr',
      targetLanguage: 'en',
      format: 'text',
    });
    expect(result.translations).toEqual(texts.map((text, index) => ({ id: `b${index}`, text })));
  });
});

describe.skipIf(!installed)('packed segments on the real engine', () => {
  const providers: TranslationProvider[] = [];
  afterAll(async () => {
    for (const provider of providers) await provider.close?.();
  });

  /** Every block of the print test articles, as the pipeline sends them (`wrapSentences`) and as plain text. */
  function blocks(format: TextFormat): string[] {
    const folder = new URL('../fixtures/articles/', import.meta.url);
    const found: string[] = [];
    for (const name of ['g20-syria-talks-2016', 'budget-deficit', 'climate-ratification', 'algiers-bank-trial', 'saint-etienne-derby', 'opec-output-cut']) {
      const file = name === 'g20-syria-talks-2016' ? new URL('../../seeds/g20-syria-talks-2016.txt', import.meta.url) : new URL(`${name}.print.txt`, folder);
      const article = structureText(readFileSync(file, 'utf8'), { fileName: `${name}.txt`, checkLanguage: false });
      for (const block of article.blocks) found.push(format === 'html' ? wrapSentences(block) : block.text);
    }
    return found;
  }

  async function translate(provider: TranslationProvider, texts: string[], format: TextFormat): Promise<string[]> {
    const result = await provider.doTranslate({
      segments: texts.map((text, index) => ({ id: String(index), text })),
      sourceLanguage: 'fr',
      targetLanguage: 'en',
      format,
    });
    return result.translations.map((translation) => translation.text);
  }

  for (const format of ['html', 'text'] as const) {
    it(`gives every block of six articles (${format}) the translation it gets alone`, async () => {
      const texts = blocks(format);
      const streams = texts.map((text) => deformat(text, format));
      // The articles do pack: most blocks share a chunk with the next.
      expect(packChunks(streams).length).toBeLessThan(texts.length / 2);
      const packed = createApertium({ processes: 1, reportUnknownWords: format === 'html' });
      const alone = createApertium({ processes: 1, reportUnknownWords: format === 'html', packSegments: false });
      providers.push(packed, alone);
      const together: string[] = [];
      for (let start = 0; start < texts.length; start += 64) together.push(...(await translate(packed, texts.slice(start, start + 64), format)));
      const separately = await Promise.all(texts.map(async (text) => (await translate(alone, [text], format))[0]!));
      expect(together).toEqual(separately);
    }, 120_000);
  }
});
