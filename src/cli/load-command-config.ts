/**
 * The configuration a command runs with: config/default.yaml, then `--config`, then the
 * command line's flags. Loaded only by the commands that need it (the schema and the YAML
 * reader are most of what a bare `bilingual --help` would otherwise load).
 */
import type { Command } from 'commander';
import { commandLineValue, loadConfig, parseSetOption, type ConfigOverride } from '../config/load.ts';
import type { Config } from '../config/types.ts';
import { redactSecrets } from '../errors.ts';
import type { CommandContext, ConfigFlags, GlobalOptions } from './command-context.ts';
import { CONFIG_FLAGS } from './config-flags.ts';

export function configOverrides(command: Command, options: ConfigFlags): ConfigOverride[] {
  const overrides: ConfigOverride[] = [];
  for (const { flag, option, path } of CONFIG_FLAGS) {
    const value = options[option];
    if (typeof value === 'string') overrides.push({ path, value: commandLineValue(path, value), source: flag.split(' ')[0]! });
  }
  if (command.getOptionValueSource('cache') === 'cli' && options.cache === false) {
    overrides.push({ path: ['cache', 'enabled'], value: false, source: '--no-cache' });
  }
  if (options.strict) overrides.push({ path: ['qa', 'strict'], value: true, source: '--strict' });
  for (const assignment of options.set ?? []) overrides.push(parseSetOption(assignment));
  return overrides;
}

export async function loadCommandConfig(context: CommandContext, command: Command, options: ConfigFlags & GlobalOptions): Promise<Config> {
  return loadConfig({
    configFile: options.config,
    overrides: configOverrides(command, options),
    env: context.env,
    onWarning: (message) => {
      if (!options.quiet) context.stderr.write(`bilingual: warning: ${redactSecrets(message)}\n`);
    },
  });
}
