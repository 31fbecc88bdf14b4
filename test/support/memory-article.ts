/**
 * A small French article and what the memory, export and import tests share: where to write
 * it, a configuration with the cache, the memory and the output in a throw-away folder, and a
 * recording provider whose English shows it went through the engine.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load.ts';
import type { Config } from '../../src/config/types.ts';
import type { TranslateRequest, TranslateResult } from '../../src/providers/types.ts';

export const MEMORY_ARTICLE = [
  'Le port de Marseille reste bloqué',
  '',
  'Les dockers ont voté la poursuite de la grève jeudi soir. Aucun navire n’a pu décharger depuis lundi.',
  '',
  'Le préfet a convoqué les syndicats pour vendredi matin. Les transporteurs réclament une indemnisation rapide. La direction du port ne s’est pas exprimée.',
  '',
  'Selon la chambre de commerce, chaque journée de blocage coûte plusieurs millions d’euros.',
  '',
].join('\n');

/** A throw-away folder holding `port-strike.txt`. */
export async function memoryWorkspace(prefix = 'bilingual-memory-'): Promise<{ folder: string; article: string }> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  const article = join(folder, 'port-strike.txt');
  await writeFile(article, MEMORY_ARTICLE);
  return { folder, article };
}

/** The configuration of a run in `folder`: cache, memory and outputs inside it. */
export function memoryConfig(folder: string): Promise<Config> {
  return loadConfig({
    overrides: [
      { path: ['cache', 'path'], value: join(folder, 'cache.sqlite'), source: 'test' },
      { path: ['memory', 'path'], value: join(folder, 'memory.sqlite'), source: 'test' },
      { path: ['output', 'dir'], value: join(folder, 'output'), source: 'test' },
      { path: ['glossary', 'path'], value: null, source: 'test' },
    ],
  });
}

/** Answers each sentence element (or the plain text) with `MT <French>`: sent by the engine. */
export function engineAnswer(request: TranslateRequest): TranslateResult {
  return {
    translations: request.segments.map((segment) => ({
      id: segment.id,
      text:
        request.format === 'html'
          ? segment.text.replace(/(<span id="[^"]+">)([^<]*)(<\/span>)/g, '$1MT $2$3')
          : `MT ${segment.text}`,
    })),
    billedCharacters: request.segments.reduce((sum, segment) => sum + [...segment.text].length, 0),
  };
}

/** Every French text a provider was sent, in order. */
export function textsSent(requests: readonly TranslateRequest[]): string[] {
  return requests.flatMap((request) => request.segments.map((segment) => segment.text));
}
