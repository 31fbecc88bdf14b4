/** `bilingual segment <file>`: the structured article as JSON on stdout, its warnings on stderr. */
import type { CommandContext, GlobalOptions } from '../command-context.ts';
import { loadPipeline } from '../load-pipeline.ts';

export async function runSegment(context: CommandContext, file: string, options: GlobalOptions): Promise<void> {
  const pipeline = await loadPipeline(context);
  const article = await pipeline.structureFile(file);
  context.stdout.write(`${JSON.stringify(article, null, 2)}\n`);
  if (!options.quiet) {
    for (const warning of article.warnings) {
      context.stderr.write(`bilingual: warning: ${article.source.file}${warning.line ? `:${warning.line}` : ''}: ${warning.message} (${warning.rule})\n`);
    }
  }
}
