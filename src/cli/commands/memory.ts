/**
 * `bilingual memory import <file.tmx>`, `bilingual memory export`, `bilingual memory stats`:
 * the translation memory of human translations (`memory.path`).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { BilingualError } from '../../errors.ts';
import { readTmx } from '../../memory/read-tmx.ts';
import { renderMemoryTmx } from '../../memory/render-memory-tmx.ts';
import { openTranslationMemory } from '../../memory/translation-memory.ts';
import type { CommandIo } from './command-io.ts';

export async function memoryImportAction(file: string, io: CommandIo, now: () => Date = () => new Date()): Promise<void> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new BilingualError('INPUT_NOT_FOUND', `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`, { cause: error });
  }
  const document = readTmx(text, basename(file));
  const date = now().toISOString();
  const memory = openTranslationMemory(io.config.memory.path);
  try {
    memory.add(document.pairs.map((pair) => ({ source: pair.french, target: pair.english, state: 'final', origin: `tmx:${basename(file)}`, date: pair.date ?? date })));
  } finally {
    memory.close();
  }
  if (io.json) io.stdout.write(`${JSON.stringify({ ok: true, imported: document.pairs.length, skipped: document.skipped }, null, 2)}\n`);
  else if (!io.quiet) {
    io.stderr.write(`Imported ${document.pairs.length} French–English pair(s) from ${basename(file)} into the translation memory${document.skipped > 0 ? ` (${document.skipped} unit(s) without both languages skipped)` : ''}\n`);
  }
}

export async function memoryExportAction(flags: { to?: string; finalOnly?: boolean }, io: CommandIo): Promise<void> {
  const memory = openTranslationMemory(io.config.memory.path, { readOnly: true });
  let tmx: string;
  try {
    tmx = renderMemoryTmx(memory.entries({ finalOnly: flags.finalOnly ?? false }));
  } finally {
    memory.close();
  }
  if (flags.to === undefined) {
    io.stdout.write(tmx);
    return;
  }
  await writeFile(flags.to, tmx);
  io.stdout.write(`${io.displayPath(flags.to)}\n`);
}

export async function memoryStatsAction(io: CommandIo): Promise<void> {
  const memory = openTranslationMemory(io.config.memory.path, { readOnly: true });
  try {
    const stats = memory.stats();
    if (io.json) {
      io.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
      return;
    }
    const lines = [
      `translation memory: ${memory.path}`,
      `entries: ${stats.entries} (${stats.final} final, ${stats.translated} translated)`,
      ...(stats.oldest ? [`dates: ${stats.oldest} to ${stats.newest}`] : []),
      ...Object.entries(stats.byOrigin)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([origin, count]) => `  ${origin}: ${count}`),
    ];
    io.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    memory.close();
  }
}
