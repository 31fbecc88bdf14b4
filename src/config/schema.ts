/**
 * The zod schema of the merged configuration. Objects are strict, so a misspelt key is an
 * error, not a setting silently ignored. Every check carries the one phrase a person reads
 * after "expected" (`a whole number ≥ 1`), so `load.ts` can write
 * `config/my.yaml:4: limits.concurrency: expected a whole number ≥ 1, got "four"`.
 *
 * Keep in step with `src/config/types.ts` (the shape) and `config/default.yaml` (the defaults
 * and their documentation): the type checks at the end of this file fail when the shape drifts.
 */
import { z } from 'zod';
import { OUTPUT_FORMATS } from '../render/output-formats.ts';
import type { Config } from './types.ts';

function wholeNumber(minimum: number) {
  const expected = `a whole number ≥ ${minimum}`;
  return z.number({ error: expected }).int({ error: expected }).min(minimum, { error: expected });
}

function positiveNumber(minimum: number) {
  const expected = `a number ≥ ${minimum}`;
  return z.number({ error: expected }).min(minimum, { error: expected });
}

function text() {
  const expected = 'a text';
  return z.string({ error: expected }).min(1, { error: 'a text that is not empty' });
}

function flag() {
  return z.boolean({ error: 'true or false' });
}

const limitsSchema = z.strictObject({
  concurrency: wholeNumber(1),
  requestsPerMinute: wholeNumber(0),
  charactersPerMinute: wholeNumber(0),
  maxSegmentsPerRequest: wholeNumber(1).optional(),
  maxCharactersPerRequest: wholeNumber(1).optional(),
  requestTimeoutMs: wholeNumber(1),
});

const retrySchema = z.strictObject({
  maxAttempts: wholeNumber(1),
  initialDelayMs: wholeNumber(0),
  maxDelayMs: wholeNumber(0),
  backoffFactor: positiveNumber(1),
});

const cacheSchema = z.strictObject({
  enabled: flag(),
  path: text(),
});

const googleSchema = z.strictObject({
  apiKey: text().optional(),
  model: z.enum(['nmt', 'base'], { error: 'nmt or base' }).optional(),
});

const googleAdvancedSchema = z.strictObject({
  projectId: text().optional(),
  location: text(),
  model: text().optional(),
  credentialsFile: text().optional(),
  glossaryId: text().optional(),
});

const formatsExpected = `a list of outputs among ${OUTPUT_FORMATS.join(', ')}`;
const formatsSchema = z
  .array(z.enum(OUTPUT_FORMATS, { error: `one of ${OUTPUT_FORMATS.join(', ')}` }), { error: formatsExpected })
  .min(1, { error: `${formatsExpected}, at least one` });

const apertiumSchema = z.strictObject({
  modesDir: text(),
  modes: z.array(text(), { error: 'a list of mode names' }).min(1, { error: 'a list of at least one mode name' }),
  processes: wholeNumber(1),
});

export const configSchema = z.strictObject({
  provider: text(),
  sourceLanguage: z.literal('fr', { error: 'fr (only French articles are supported)' }),
  targetLanguage: z.literal('en', { error: 'en (only English translations are supported)' }),
  limits: limitsSchema,
  retry: retrySchema,
  cache: cacheSchema,
  providers: z.strictObject({
    google: googleSchema,
    'google-advanced': googleAdvancedSchema,
    apertium: apertiumSchema,
  }),
  output: z.strictObject({ dir: text(), formats: formatsSchema }),
  glossary: z.strictObject({ path: text().optional() }),
  qa: z.strictObject({ strict: flag() }),
});

/** Paths whose values are secrets: never shown, warned about when written in a file. */
export const SECRET_PATHS: readonly (readonly string[])[] = [['providers', 'google', 'apiKey']];

export function isSecretPath(path: readonly PropertyKey[]): boolean {
  return SECRET_PATHS.some(
    (secret) => secret.length <= path.length && secret.every((segment, index) => path[index] === segment),
  );
}

/** The schema found at `path`, optional wrappers removed; undefined when the path is unknown. */
export function schemaAt(path: readonly string[]): z.ZodType | undefined {
  let current: z.ZodType = configSchema;
  for (const segment of path) {
    current = unwrapOptional(current);
    if (!(current instanceof z.ZodObject)) return undefined;
    const shape = current.shape as Record<string, z.ZodType>;
    if (!Object.hasOwn(shape, segment)) return undefined;
    current = shape[segment]!;
  }
  return unwrapOptional(current);
}

/** True when the setting at `path` holds a list, so a command-line value may name its items separated by commas. */
export function expectsList(path: readonly string[]): boolean {
  return schemaAt(path) instanceof z.ZodArray;
}

/** True when the setting at `path` holds text, so a command-line value is kept as written. */
export function expectsText(path: readonly string[]): boolean {
  const schema = schemaAt(path);
  return schema instanceof z.ZodString || schema instanceof z.ZodEnum || schema instanceof z.ZodLiteral;
}

/** The keys an object setting accepts (for "did you mean" hints); empty for leaves. */
export function keysAt(path: readonly PropertyKey[]): string[] {
  if (path.some((segment) => typeof segment !== 'string')) return [];
  const schema = schemaAt(path as string[]);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape as object) : [];
}

function unwrapOptional(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
  return current;
}

// The schema's output must be a `Config`, and name no key `Config` lacks (it may be narrower,
// for example `model: 'nmt' | 'base'` where the type says `string`).
type SchemaOutput = z.output<typeof configSchema>;
type DeepKeys<T> = T extends readonly unknown[]
  ? never
  : T extends object
    ? { [K in keyof T & string]-?: K | `${K}.${DeepKeys<NonNullable<T[K]>>}` }[keyof T & string]
    : never;
const schemaIsConfig: Config = {} as SchemaOutput;
const sameKeys: [DeepKeys<SchemaOutput>] extends [DeepKeys<Config>]
  ? [DeepKeys<Config>] extends [DeepKeys<SchemaOutput>]
    ? true
    : false
  : false = true;
void schemaIsConfig;
void sameKeys;
