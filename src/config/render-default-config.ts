/**
 * Writes `config/default.yaml` from the schema: every key with its documentation and default,
 * optional keys without one commented out with an example. The file is generated
 * (`npm run config:defaults`) and a test keeps it in step, so the documentation lives once, in
 * `schema.ts`.
 */
import { stringify } from 'yaml';
import { z } from 'zod';
import { configSchema, type ConfigKeyMeta } from './schema.ts';

const HEADER = `# bilingual: default configuration.
#
# Generated from src/config/schema.ts by \`npm run config:defaults\`: edit the schema, not this file.
#
# Every setting the program reads is listed here with its default. A file given with
# \`--config my.yaml\` only needs the keys it changes: it is merged over this one, then the
# command-line flags are merged over both. Secrets belong in the environment
# (GOOGLE_API_KEY, GOOGLE_APPLICATION_CREDENTIALS, GOOGLE_CLOUD_PROJECT, OPENAI_API_KEY,
# DEEPL_API_KEY, LIBRETRANSLATE_URL, LIBRETRANSLATE_API_KEY), which wins over any file; a secret
# written in a config file works but is warned about.
# Set an optional key to \`null\` in your file to unset it (for example \`glossary: {path: null}\`).
`;

const WIDTH = 98;

export function renderDefaultConfig(): string {
  const sections = Object.entries(configSchema.shape).map(([key, schema]) => renderKey(key, schema as z.ZodType, 0).join('\n'));
  return `${HEADER}\n${sections.join('\n\n')}\n`;
}

function renderKey(key: string, schema: z.ZodType, depth: number): string[] {
  const indent = '  '.repeat(depth);
  if (schema instanceof z.ZodObject) {
    return [`${indent}${key}:`, ...Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([child, value]) => renderKey(child, value, depth + 1))];
  }
  // An optional section whose keys are all optional (providers.<id>.limits): written empty,
  // `{}`, with its keys commented out below, since a key with nothing under it reads as null.
  if (schema instanceof z.ZodOptional && schema.unwrap() instanceof z.ZodObject) {
    const shape = (schema.unwrap() as z.ZodObject).shape as Record<string, z.ZodType>;
    return [`${indent}${key}: {}`, ...Object.entries(shape).flatMap(([child, value]) => renderKey(child, value, depth + 1))];
  }
  const meta = schema.meta() as ConfigKeyMeta | undefined;
  if (meta === undefined) throw new Error(`config key ${key} has no documentation in schema.ts`);
  const lines = wrap(meta.description, WIDTH - indent.length - 2).map((line) => `${indent}# ${line}`);
  if ('default' in meta) return [...lines, ...renderValue(`${indent}${key}`, meta.default, indent)];
  return [...lines, ...renderValue(`${indent}${key}`, meta.example ?? null, indent).map((line) => `${indent}# ${line.slice(indent.length)}`)];
}

function renderValue(prefix: string, value: unknown, indent: string): string[] {
  if (Array.isArray(value)) return [`${prefix}:`, ...value.map((item) => `${indent}  - ${stringify(item).trimEnd()}`)];
  return [`${prefix}: ${stringify(value).trimEnd()}`];
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
