/**
 * Loads the configuration in layers, each merged over the one before:
 *
 *   config/default.yaml  <  the user's file (--config)  <  secrets from the environment  <  flags
 *
 * Objects merge key by key, lists and values replace, `null` unsets. The result is validated
 * once, and every problem is reported with the place it came from: a YAML file and line, an
 * environment variable, or the flag that set it.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { isMap, isSeq, LineCounter, parseDocument, parse as parseYaml, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { editDistance } from '../text/edit-distance.ts';
import { BilingualError } from '../errors.ts';
import { PROVIDER_IDS } from '../providers/registry.ts';
import { configSchema, expectsList, expectsText, isSecretPath, keysAt } from './schema.ts';
import type { Config } from './types.ts';

/** The defaults, documented key by key. */
export const DEFAULT_CONFIG_FILE = fileURLToPath(new URL('../../config/default.yaml', import.meta.url));

/** Environment variables read for secrets, and the setting each fills. */
export const SECRET_VARIABLES: Readonly<Record<string, readonly string[]>> = {
  GOOGLE_API_KEY: ['providers', 'google', 'apiKey'],
  GOOGLE_APPLICATION_CREDENTIALS: ['providers', 'google-advanced', 'credentialsFile'],
  GOOGLE_CLOUD_PROJECT: ['providers', 'google-advanced', 'projectId'],
  OPENAI_API_KEY: ['providers', 'openai', 'apiKey'],
  DEEPL_API_KEY: ['providers', 'deepl', 'apiKey'],
  LIBRETRANSLATE_URL: ['providers', 'libretranslate', 'url'],
  LIBRETRANSLATE_API_KEY: ['providers', 'libretranslate', 'apiKey'],
  REDIS_URL: ['queue', 'redisUrl'],
};

/** One setting given on the command line. */
export interface ConfigOverride {
  /** Where the value goes, for example `['limits', 'concurrency']`. */
  path: string[];
  value: unknown;
  /** The flag as the user wrote it, for messages: `--concurrency` or `--set`. */
  source: string;
}

export interface LoadConfigOptions {
  /** A YAML file merged over the defaults. @default none */
  configFile?: string;
  /** Command-line settings, merged last, in order. @default [] */
  overrides?: ConfigOverride[];
  /** Where secrets are read from. @default process.env */
  env?: NodeJS.ProcessEnv;
  /** Receives one line per warning (for example a secret written in a file). @default ignored */
  onWarning?: (message: string) => void;
  /** The defaults file. @default DEFAULT_CONFIG_FILE */
  defaultsFile?: string;
  /** How `defaultsFile` is named in messages. @default "config/default.yaml" */
  defaultsName?: string;
}

interface YamlLayer {
  kind: 'file';
  name: string;
  document: Document;
  lines: LineCounter;
}
interface PathLayer {
  kind: 'paths';
  entries: { path: readonly string[]; source: string }[];
}
type Layer = YamlLayer | PathLayer;

type Settings = Record<string, unknown>;

export async function loadConfig(options: LoadConfigOptions = {}): Promise<Config> {
  const env = options.env ?? process.env;
  const layers: Layer[] = [];

  const defaults = await readYamlLayer(options.defaultsFile ?? DEFAULT_CONFIG_FILE, options.defaultsName ?? 'config/default.yaml');
  layers.push(defaults.layer);
  let merged = defaults.values;

  if (options.configFile !== undefined) {
    const user = await readYamlLayer(options.configFile, options.configFile);
    layers.push(user.layer);
    warnAboutSecrets(user.values, user.layer, options.onWarning);
    merged = deepMerge(merged, user.values);
  }

  const fromEnv: PathLayer = { kind: 'paths', entries: [] };
  for (const [variable, path] of Object.entries(SECRET_VARIABLES)) {
    const value = env[variable];
    if (value === undefined || value === '') continue;
    merged = setPath(merged, path, value);
    fromEnv.entries.push({ path, source: `environment variable ${variable}` });
  }
  layers.push(fromEnv);

  const fromFlags: PathLayer = { kind: 'paths', entries: [] };
  for (const override of options.overrides ?? []) {
    merged = setPath(merged, override.path, override.value);
    fromFlags.entries.push({ path: override.path, source: override.source });
  }
  layers.push(fromFlags);

  return validate(merged, layers);
}

/**
 * `--set limits.concurrency=8`: the value is read as YAML (`8` a number, `true` a flag,
 * `[fr-es, spa-eng]` a list), except where the setting holds text, which is kept as written.
 */
export function parseSetOption(assignment: string): ConfigOverride {
  const equals = assignment.indexOf('=');
  const key = equals === -1 ? '' : assignment.slice(0, equals).trim();
  if (key === '' || key.split('.').some((segment) => segment === '')) {
    throw new BilingualError('USAGE', `--set expects key.path=value, for example --set limits.concurrency=8; got "${assignment}".`);
  }
  const path = key.split('.');
  const raw = assignment.slice(equals + 1);
  return { path, value: commandLineValue(path, raw), source: '--set' };
}

/** A flag's text as a setting's value: YAML for numbers, flags and lists; text kept as written. */
export function commandLineValue(path: readonly string[], raw: string): unknown {
  if (expectsText(path)) return raw;
  // A list takes its items separated by commas (`--format html,json`), or a YAML list.
  if (expectsList(path) && !raw.trim().startsWith('[')) {
    return raw.split(',').map((item) => item.trim()).filter((item) => item !== '');
  }
  try {
    return parseYaml(raw) ?? null;
  } catch {
    return raw;
  }
}

async function readYamlLayer(file: string, name: string): Promise<{ layer: YamlLayer; values: Settings }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : 'it cannot be read';
    throw new BilingualError('CONFIG_INVALID', `Cannot read the configuration file ${name}: ${why}.`, { cause: error });
  }
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    const messages = document.errors.map((error) => {
      const position = error.linePos?.[0];
      const where = position ? `${name}:${position.line}:${position.col}` : name;
      const what = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      return `${where}: YAML syntax error: ${what}`;
    });
    throw new BilingualError('CONFIG_SYNTAX', messages.join('\n'), { details: { file: name, issues: messages } });
  }
  const values: unknown = document.toJS();
  const layer: YamlLayer = { kind: 'file', name, document, lines };
  if (values === null || values === undefined) return { layer, values: {} };
  if (!isPlainObject(values)) {
    throw new BilingualError(
      'CONFIG_INVALID',
      `${name}:1: expected a mapping of settings (key: value lines), got ${describeValue(values, [])}.`,
      { details: { file: name } },
    );
  }
  return { layer, values };
}

function validate(merged: Settings, layers: Layer[]): Config {
  const result = configSchema.safeParse(merged);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => describeIssue(issue, merged, layers));
    throw new BilingualError('CONFIG_INVALID', issues.join('\n'), { details: { issues } });
  }
  const config = result.data as Config;
  if (!(PROVIDER_IDS as readonly string[]).includes(config.provider)) {
    const where = locate(['provider'], layers, 'value');
    throw new BilingualError(
      'UNKNOWN_PROVIDER',
      `${where}provider: unknown provider "${config.provider}"; expected one of ${PROVIDER_IDS.join(', ')}.`,
      { details: { provider: config.provider, known: [...PROVIDER_IDS] } },
    );
  }
  return config;
}

function describeIssue(issue: z.core.$ZodIssue, merged: Settings, layers: Layer[]): string {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys
      .map((key) => {
        const path = [...issue.path.map(String), key];
        const known = keysAt(issue.path);
        const guess = closest(key, known);
        const expected = guess ? `did you mean ${guess}?` : `expected one of ${known.join(', ')}`;
        return `${locate(path, layers, 'key')}${path.join('.')}: unknown setting; ${expected}`;
      })
      .join('\n');
  }
  const path = issue.path.map(String);
  const value = getPath(merged, path);
  return `${locate(path, layers, 'value')}${path.join('.')}: expected ${issue.message}, got ${describeValue(value, path)}`;
}

/** `config/my.yaml:4: `, `--concurrency: `, `environment variable X: ` or nothing. */
function locate(path: readonly string[], layers: Layer[], part: 'key' | 'value'): string {
  for (const layer of [...layers].reverse()) {
    if (layer.kind === 'paths') {
      const entry = [...layer.entries].reverse().find((candidate) => isPrefix(candidate.path, path));
      if (entry) return `${entry.source}: `;
      continue;
    }
    const node = findNode(layer.document, path, part);
    if (node?.range) return `${layer.name}:${layer.lines.linePos(node.range[0]).line}: `;
  }
  return '';
}

function findNode(document: Document, path: readonly string[], part: 'key' | 'value'): Node | undefined {
  let current: unknown = document.contents;
  let keyNode: unknown;
  for (const segment of path) {
    if (isMap(current)) {
      const pair = current.items.find((item) => String((item.key as { value?: unknown })?.value ?? item.key) === segment);
      if (!pair) return undefined;
      keyNode = pair.key;
      current = pair.value;
    } else if (isSeq(current)) {
      keyNode = undefined;
      current = current.items[Number(segment)];
    } else {
      return undefined;
    }
  }
  const chosen = part === 'key' && keyNode ? keyNode : (current ?? keyNode);
  return chosen as Node | undefined;
}

function warnAboutSecrets(values: Settings, layer: YamlLayer, onWarning: LoadConfigOptions['onWarning']): void {
  if (!onWarning) return;
  for (const [variable, path] of Object.entries(SECRET_VARIABLES)) {
    if (!isSecretPath(path) || getPath(values, path) === undefined) continue;
    onWarning(
      `${locate(path, [layer], 'key')}${path.join('.')}: a secret in a config file is easily shared by mistake; ` +
        `prefer the ${variable} environment variable.`,
    );
  }
}

/** The value as a person reads it; secrets are never shown. */
function describeValue(value: unknown, path: readonly string[]): string {
  if (isSecretPath(path) && value !== undefined && value !== null) return 'a hidden value';
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return String(value);
}

function deepMerge(base: Settings, over: Settings): Settings {
  const result: Settings = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === null) delete result[key];
    else if (isPlainObject(value) && isPlainObject(result[key])) result[key] = deepMerge(result[key] as Settings, value);
    else result[key] = value;
  }
  return result;
}

function setPath(base: Settings, path: readonly string[], value: unknown): Settings {
  const [head, ...rest] = path;
  if (head === undefined) return base;
  const result: Settings = { ...base };
  if (rest.length === 0) {
    if (value === null) delete result[head];
    else result[head] = value;
    return result;
  }
  const child = isPlainObject(result[head]) ? (result[head] as Settings) : {};
  result[head] = setPath(child, rest, value);
  return result;
}

function getPath(values: unknown, path: readonly string[]): unknown {
  let current = values;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Settings)[segment];
  }
  return current;
}

function isPrefix(prefix: readonly string[], path: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((segment, index) => path[index] === segment);
}

function isPlainObject(value: unknown): value is Settings {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The known key nearest to a misspelt one, when it is near enough to be a likely typo. */
function closest(word: string, candidates: string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(word.length / 4)) ? best.candidate : undefined;
}

