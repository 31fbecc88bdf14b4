/**
 * `bilingual import <file.xlf | name.fr-en.md | name.en.md>`: a person's English taken back
 * into the translation memory and every edition of the article.
 */
import { importCorrections } from '../../exchange/import-corrections.ts';
import type { CommandIo } from './command-io.ts';

export async function importAction(file: string, io: CommandIo): Promise<void> {
  const report = await importCorrections(file, { config: io.config });
  if (io.json) {
    io.stdout.write(`${JSON.stringify({ ok: true, ...report, folder: io.displayPath(report.folder), outputs: report.outputs.map(io.displayPath) }, null, 2)}\n`);
    return;
  }
  if (!io.quiet) {
    for (const note of report.notes) io.stderr.write(`bilingual: note: ${note}\n`);
    io.stderr.write(
      report.sentences.length === 0
        ? `Nothing to import from ${file}: no English differs from the article's.\n`
        : `Imported ${report.sentences.length} human sentence translation(s) into ${report.slug}${report.wholeBlocks.length > 0 ? ` (${report.wholeBlocks.length} paragraph(s) whole: ${report.wholeBlocks.join(', ')})` : ''}; ${report.memoryEntries} entr${report.memoryEntries === 1 ? 'y' : 'ies'} in the translation memory; editions written again\n`,
    );
  }
  for (const output of report.outputs) io.stdout.write(`${io.displayPath(output)}\n`);
}
