import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_FILE } from '../../src/config/load.ts';
import { renderDefaultConfig } from '../../src/config/render-default-config.ts';
import { configSchema } from '../../src/config/schema.ts';

describe('config/default.yaml', () => {
  it('is what the schema generates (run `npm run config:defaults` after changing the schema)', async () => {
    expect(await readFile(DEFAULT_CONFIG_FILE, 'utf8')).toBe(renderDefaultConfig());
  });

  it('sets values the schema accepts, and names every key the schema has, commented out when optional', async () => {
    const text = await readFile(DEFAULT_CONFIG_FILE, 'utf8');
    expect(configSchema.safeParse(parse(text)).success).toBe(true);
    const keys = (schema: unknown, path: string[]): string[] =>
      schema instanceof Object && 'shape' in schema
        ? Object.entries(schema.shape as Record<string, unknown>).flatMap(([key, child]) => keys(child, [...path, key]))
        : [path.at(-1)!];
    for (const key of keys(configSchema, [])) expect(text).toMatch(new RegExp(`^\\s*(?:# )?${key}:`, 'm'));
  });
});
