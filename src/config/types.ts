/**
 * The shape of the merged configuration, inferred from its schema (`src/config/schema.ts`),
 * where every key is documented with its default.
 */
import type { z } from 'zod';
import type { configSchema } from './schema.ts';

export type Config = z.output<typeof configSchema>;
export type LimitsConfig = Config['limits'];
export type RetryConfig = Config['retry'];
export type CacheConfig = Config['cache'];
export type GoogleConfig = Config['providers']['google'];
export type GoogleAdvancedConfig = Config['providers']['google-advanced'];
export type ApertiumConfig = Config['providers']['apertium'];
