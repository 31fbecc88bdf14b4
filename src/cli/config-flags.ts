/**
 * The flags that set one configuration key each, in the order they are applied: declared on
 * the commands by `main.ts`, turned into overrides by `load-command-config.ts`. Plain data, so
 * that declaring them loads neither the configuration schema nor its YAML reader.
 */
import type { ConfigFlags } from './command-context.ts';

export interface ConfigFlag {
  flag: string;
  option: keyof ConfigFlags;
  path: string[];
  description: string;
}

export const CONFIG_FLAGS: readonly ConfigFlag[] = [
  { flag: '--provider <id>', option: 'provider', path: ['provider'], description: 'translation provider: apertium, google, google-advanced, openai, deepl or libretranslate' },
  { flag: '--concurrency <n>', option: 'concurrency', path: ['limits', 'concurrency'], description: 'requests in flight at once' },
  { flag: '--requests-per-minute <n>', option: 'requestsPerMinute', path: ['limits', 'requestsPerMinute'], description: 'requests per rolling minute (0: no limit)' },
  { flag: '--characters-per-minute <n>', option: 'charactersPerMinute', path: ['limits', 'charactersPerMinute'], description: 'characters sent per rolling minute (0: no limit)' },
  { flag: '--max-cost <amount>', option: 'maxCost', path: ['limits', 'maxCost'], description: "most the run may bill, in the provider's currency (USD; DeepL: its configured price's)" },
  { flag: '--max-attempts <n>', option: 'maxAttempts', path: ['retry', 'maxAttempts'], description: 'attempts per request, the first included' },
  { flag: '--cache-path <file>', option: 'cachePath', path: ['cache', 'path'], description: 'SQLite file of the translation cache' },
  { flag: '--out <folder>', option: 'out', path: ['output', 'dir'], description: 'output folder, one sub-folder per article' },
  { flag: '--format <outputs>', option: 'format', path: ['output', 'formats'], description: 'outputs to write, separated by commas: side-by-side, interleaved, english, french, json, tmx, qa, html' },
  { flag: '--glossary <file>', option: 'glossary', path: ['glossary', 'path'], description: 'YAML glossary file' },
];
