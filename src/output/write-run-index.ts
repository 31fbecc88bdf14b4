import type { ArticleOutcome, BuildOptions } from '../build/build-types.ts';
import { failedRunIndexEntry, renderRunIndex } from '../render/index.ts';
import { writeOutputsAtomically } from './write-outputs.ts';

/**
 * The run's `index.html` in the output folder, written with the reader (`html` among
 * `output.formats`): every article of the run, built or failed. Nothing in a dry run.
 * @returns the path written, if any
 */
export async function writeRunIndex(outcomes: readonly ArticleOutcome[], options: BuildOptions, date: string): Promise<string | undefined> {
  if (options.dryRun || !options.config.output.formats.includes('html') || outcomes.length === 0) return undefined;
  const entries = outcomes.map((outcome) => outcome.index ?? failedRunIndexEntry(outcome.file, outcome.slug, outcome.error));
  const [written] = await writeOutputsAtomically(options.outDir, [{ name: 'index.html', content: renderRunIndex(entries, { date }) }]);
  return written;
}
