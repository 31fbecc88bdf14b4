import type { CommandContext, PipelineApi } from './command-context.ts';

/** The pipeline a test injected, or the real one, loaded only when a command runs it. */
export async function loadPipeline(context: CommandContext): Promise<PipelineApi> {
  return context.dependencies.pipeline ?? (await import('../pipeline.ts'));
}
