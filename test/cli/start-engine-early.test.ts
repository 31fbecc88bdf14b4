/**
 * `build --no-cache` starts the offline engine as soon as it knows its configuration, before the
 * pipeline's modules load (`src/cli/start-engine-early.ts`): only where the pipeline would start
 * it at once anyway, and the provider it hands the pipeline is the one the pipeline would make.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.ts';
import { startEngineEarly } from '../../src/cli/start-engine-early.ts';

const installed = ['fr-es', 'spa-eng'].every((mode) => existsSync(`/usr/share/apertium/modes/${mode}.mode`));

/**
 * Ids of the processes under this test process that are still running, at any depth (Linux /proc):
 * the engine's chain runs under a shell, which forks its programs itself.
 */
function childProcessIds(): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] === 'Z') continue;
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const ids: number[] = [];
  const queue = [process.pid];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      ids.push(child);
      queue.push(child);
    }
  }
  return ids;
}

function configWith(overrides: { path: string[]; value: unknown }[]) {
  return loadConfig({ env: {}, overrides: overrides.map((override) => ({ ...override, source: 'test' })) });
}

const noCache = { path: ['cache', 'enabled'], value: false };

describe('starting the offline engine early', () => {
  it('starts nothing for a dry run, a run with a cache to look in, or another provider', async () => {
    const before = new Set(childProcessIds());
    expect(await startEngineEarly(await configWith([noCache]), { dryRun: true })).toBeUndefined();
    expect(await startEngineEarly(await configWith([]), { dryRun: false })).toBeUndefined();
    expect(
      await startEngineEarly(await configWith([noCache, { path: ['provider'], value: 'libretranslate' }]), { dryRun: false }),
    ).toBeUndefined();
    expect(childProcessIds().filter((pid) => !before.has(pid))).toEqual([]);
  });

  it('returns no provider, and leaves the error to the pipeline, when the engine is not installed', async () => {
    const config = await configWith([noCache, { path: ['providers', 'apertium', 'modesDir'], value: '/nonexistent/modes' }]);
    const provider = await startEngineEarly(config, { dryRun: false });
    // Made (creating the provider checks nothing on disk); its description fails, as the pipeline reports it.
    await expect(provider?.doDescribe()).rejects.toMatchObject({ code: 'ENGINE_NOT_INSTALLED' });
    await provider?.close?.();
  });

  it.skipIf(!installed)('has the engine\'s programs running when it returns, a provider that answers with them, and ends them on close', async () => {
    const before = new Set(childProcessIds());
    const provider = await startEngineEarly(await configWith([noCache, { path: ['providers', 'apertium', 'processes'], value: 1 }]), { dryRun: false });
    expect(provider?.id).toBe('apertium');
    // One chain of at least ten programs and the names' dictionaries, started before it returned
    // (before the pipeline, loaded next, holds the thread): their shells are spawned by then, and
    // fork the programs themselves on the other core.
    expect(childProcessIds().filter((pid) => !before.has(pid)).length).toBeGreaterThanOrEqual(2);
    await expect.poll(() => childProcessIds().filter((pid) => !before.has(pid)).length, { timeout: 5000 }).toBeGreaterThanOrEqual(12);
    const started = childProcessIds().filter((pid) => !before.has(pid));
    try {
      const result = await provider!.doTranslate({ segments: [{ id: 'a', text: 'Le chat dort.' }], sourceLanguage: 'fr', targetLanguage: 'en', format: 'html' });
      expect(result.translations[0]!.text).toBe('The cat sleeps.');
      expect(childProcessIds().filter((pid) => !before.has(pid)).sort()).toEqual(started.sort()); // the same programs answered
    } finally {
      await provider!.close?.();
    }
    await expect.poll(() => childProcessIds().filter((pid) => started.includes(pid)), { timeout: 5000 }).toEqual([]);
  });
});
