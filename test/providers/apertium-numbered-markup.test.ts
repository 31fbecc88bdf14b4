/**
 * Markup numbered on its way through the real engine (src/providers/apertium/stream-format.ts):
 * every block of six articles, in the pipeline's HTML (sentence spans, protected terms), comes
 * back from the chain word for word as it does with the tags themselves in the superblanks, once
 * the numbers are read back. Skipped where the pairs are not installed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EnginePipeline } from '../../src/providers/apertium/engine-pipeline.ts';
import { parseModeFile } from '../../src/providers/apertium/parse-mode-file.ts';
import { deformat, reformat } from '../../src/providers/apertium/stream-format.ts';
import { structureText } from '../../src/structure.ts';
import { wrapSentences } from '../../src/translate/block-round-trip.ts';

const MODES = ['fr-es', 'spa-eng'];
const installed = MODES.every((mode) => existsSync(`/usr/share/apertium/modes/${mode}.mode`));

/** Every block of the seed and five print test articles, as the pipeline sends them, with a protected name or two. */
function blocks(): string[] {
  const found: string[] = [];
  for (const name of ['g20-syria-talks-2016', 'budget-deficit', 'climate-ratification', 'algiers-bank-trial', 'saint-etienne-derby', 'opec-output-cut']) {
    const file = name === 'g20-syria-talks-2016' ? new URL('../../seeds/g20-syria-talks-2016.txt', import.meta.url) : new URL(`../fixtures/articles/${name}.print.txt`, import.meta.url);
    const article = structureText(readFileSync(file, 'utf8'), { fileName: `${name}.txt`, checkLanguage: false });
    for (const block of article.blocks) found.push(wrapSentences(block).replace(/\b(Kerry|Moscou|Alger|Paris)\b/g, '<span class="notranslate" data-name="0">$1</span>'));
  }
  return found;
}

describe.skipIf(!installed)('numbered markup through the real engine', () => {
  it('gives every block of six articles the answer it gets with the tags in its superblanks', async () => {
    const commands = MODES.flatMap((mode, index) =>
      parseModeFile(readFileSync(`/usr/share/apertium/modes/${mode}.mode`, 'utf8'), { name: `${mode}.mode`, generationFlag: index === MODES.length - 1 ? '-g' : '-n' }),
    );
    const engine = new EnginePipeline({ commands });
    try {
      const texts = blocks();
      const markup = texts.map((): string[] => []);
      const numbered = texts.map((text, index) => deformat(text, 'html', markup[index]));
      const tagged = texts.map((text) => deformat(text, 'html'));
      // Numbered, the stream is much shorter: that is the point.
      expect(numbered.join('').length).toBeLessThan(tagged.join('').length * 0.8);
      const [numberedAnswers, taggedAnswers] = await Promise.all([engine.translate(numbered), engine.translate(tagged)]);
      const options = { format: 'html' as const, reportUnknownWords: true };
      const fromNumbers = numberedAnswers.map((answer, index) => reformat(answer, { ...options, markup: markup[index] }));
      const fromTags = taggedAnswers.map((answer) => reformat(answer, options));
      expect(fromNumbers).toEqual(fromTags);
      // Every tag came back: as many sentence spans in the answers as were sent.
      expect(fromNumbers.join('').match(/<span id=/g)?.length).toBe(texts.join('').match(/<span id=/g)?.length);
    } finally {
      engine.close();
    }
  }, 120_000);
});
