/** `bilingual segment <file>`: the structured article as JSON on stdout, its warnings on stderr. */
import type { CommandContext, GlobalOptions } from '../command-context.ts';
import { loadStructureStage } from '../structure-stage.ts';

export async function runSegment(context: CommandContext, file: string, options: GlobalOptions): Promise<void> {
  const pdfNamed = context.dependencies.pipeline?.structureFile === undefined && /\.pdf$/i.test(file);
  // A PDF's reader (pdf.js, in a worker thread) loads while this thread loads the stage.
  if (pdfNamed) (await import('../../ingest/read-pdf.ts')).startPdfReader();
  // Stages 1 to 3 only: neither the configuration nor the translation half of the pipeline, and
  // for a PDF not the text layouts either.
  const stage = context.dependencies.pipeline?.structureFile === undefined && !pdfNamed ? await loadStructureStage(context.env) : undefined;
  const structureFile =
    context.dependencies.pipeline?.structureFile ??
    stage?.structureFile ??
    (await import('../../structure-pdf.ts')).structurePdfFile;
  const article = await structureFile(file);
  context.stdout.write(`${JSON.stringify(article, null, 2)}\n`);
  stage?.saveCodeCache();
  if (!options.quiet) {
    for (const warning of article.warnings) {
      context.stderr.write(`bilingual: warning: ${article.source.file}${warning.line ? `:${warning.line}` : ''}: ${warning.message} (${warning.rule})\n`);
    }
  }
}
