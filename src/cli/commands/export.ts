/**
 * `bilingual export <article | output folder> --format xliff`: the built article as XLIFF 1.2
 * (`<slug>.xlf` in its output folder, or `--to`), for a CAT tool or a translator.
 */
import { join } from 'node:path';
import { BilingualError } from '../../errors.ts';
import { renderXliff, type XliffPrefill } from '../../exchange/render-xliff.ts';
import { findBuiltArticle } from '../../exchange/find-built-article.ts';
import { openTranslationMemory, type MemoryState } from '../../memory/translation-memory.ts';
import { writeOutputsAtomically } from '../../output/write-outputs.ts';
import type { CommandIo } from './command-io.ts';

export interface ExportFlags {
  /** @default "xliff" */
  format?: string;
  /** @default "english" */
  prefill?: string;
  /** A file to write instead of `<slug>.xlf` in the article's output folder. */
  to?: string;
}

export async function exportAction(target: string, flags: ExportFlags, io: CommandIo): Promise<void> {
  const format = flags.format ?? 'xliff';
  if (format !== 'xliff') throw new BilingualError('USAGE', `--format ${format} cannot be exported; the export format is xliff.`);
  const prefill = flags.prefill ?? 'english';
  if (prefill !== 'english' && prefill !== 'french') throw new BilingualError('USAGE', `--prefill ${prefill}: expected english or french.`);
  const built = await findBuiltArticle(target, io.config.output.dir);
  // A person's state (translated, final) is in the memory; the document knows only the origin.
  const memory = openTranslationMemory(io.config.memory.path, { readOnly: true });
  const humanStates = new Map<string, MemoryState>();
  try {
    const human = built.article.blocks.flatMap((block) => block.sentences.filter((sentence) => sentence.origin === 'human'));
    const found = memory.lookup(human.map((sentence) => sentence.text));
    for (const sentence of human) {
      const entry = found.get(sentence.text);
      if (entry) humanStates.set(sentence.id, entry.state);
    }
  } finally {
    memory.close();
  }
  const content = renderXliff(built.article, { humanStates, prefill: prefill as XliffPrefill });
  const path = flags.to ?? join(built.folder, `${built.slug}.xlf`);
  const folder = flags.to === undefined ? built.folder : join(path, '..');
  const [written] = await writeOutputsAtomically(folder, [{ name: path.replace(/^.*[\\/]/, ''), content }]);
  const units = built.article.blocks.reduce((sum, block) => sum + block.sentences.length, 0);
  if (io.json) io.stdout.write(`${JSON.stringify({ ok: true, file: io.displayPath(written!), units }, null, 2)}\n`);
  else {
    if (!io.quiet) io.stderr.write(`Exported ${units} units of ${built.slug} as XLIFF 1.2\n`);
    io.stdout.write(`${io.displayPath(written!)}\n`);
  }
}
