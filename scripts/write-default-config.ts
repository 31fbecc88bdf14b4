/** Writes config/default.yaml from the schema (`npm run config:defaults`). */
import { writeFile } from 'node:fs/promises';
import { DEFAULT_CONFIG_FILE } from '../src/config/load.ts';
import { renderDefaultConfig } from '../src/config/render-default-config.ts';

await writeFile(DEFAULT_CONFIG_FILE, renderDefaultConfig());
