/** `bilingual providers`: which providers are usable here, and why not. */
import type { Command } from 'commander';
import type { CommandContext, ConfigFlags, GlobalOptions } from '../command-context.ts';
import { loadCommandConfig } from '../load-command-config.ts';
import { formatProviderStatuses, providerStatuses } from '../provider-status.ts';

export async function runProviders(context: CommandContext, command: Command, options: GlobalOptions & ConfigFlags): Promise<void> {
  const config = await loadCommandConfig(context, command, options);
  const check = context.dependencies.providerStatuses ?? providerStatuses;
  const statuses = await check(config, context.env);
  context.stdout.write(options.json ? `${JSON.stringify(statuses, null, 2)}\n` : formatProviderStatuses(statuses));
}
