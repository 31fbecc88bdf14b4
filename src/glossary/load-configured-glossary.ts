import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { BilingualError } from '../errors.ts';
import { loadGlossary } from './load-glossary.ts';
import type { Glossary } from './types.ts';

/** The glossary path `config/default.yaml` names. */
export const DEFAULT_GLOSSARY_PATH = 'config/glossary.yaml';
/** The project's own glossary, wherever the command runs from. */
const PACKAGE_GLOSSARY = fileURLToPath(new URL('../../config/glossary.yaml', import.meta.url));

/**
 * The glossary `glossary.path` names, or none when it is unset. The default path falls back
 * to the project's glossary when the folder the command runs in has none; a path the user
 * gave must exist (a mistyped `--glossary` is an error, not a silent run without glossary).
 */
export async function loadConfiguredGlossary(path: string | undefined): Promise<Glossary | undefined> {
  if (!path) return undefined;
  if (await isFile(path)) return loadGlossary(path);
  if (path === DEFAULT_GLOSSARY_PATH) return (await isFile(PACKAGE_GLOSSARY)) ? loadGlossary(PACKAGE_GLOSSARY) : undefined;
  throw new BilingualError(
    'CONFIG_INVALID',
    `glossary.path: the glossary file ${path} does not exist; fix the path, or set glossary.path to null for no glossary.`,
  );
}

function isFile(candidate: string): Promise<boolean> {
  return stat(candidate).then(
    (info) => info.isFile(),
    () => false,
  );
}
