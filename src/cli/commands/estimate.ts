/** `bilingual estimate <inputs...>`: `build --dry-run` under its own name. */
import type { Command } from 'commander';
import type { CommandContext, ConfigFlags, GlobalOptions } from '../command-context.ts';
import { runBuild } from './build.ts';

export async function runEstimate(context: CommandContext, command: Command, inputs: string[], options: GlobalOptions & ConfigFlags): Promise<void> {
  await runBuild(context, command, inputs, options, { dryRun: true, failFast: false });
}
