/**
 * `build --no-cache` starts the offline engine as soon as it knows its configuration, before the
 * pipeline's modules load (`src/cli/start-engine-early.ts`): only where the pipeline would start
 * it at once anyway, and the provider it hands the pipeline is the one the pipeline would make.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.ts';
import { startEngineEarly } from '../../src/cli/start-engine-early.ts';
import { parseModeFile } from '../../src/providers/apertium/parse-mode-file.ts';
import { descendantProcessIds } from '../support/process-tree.ts';

const installed = ['fr-es', 'spa-eng'].every((mode) => existsSync(`/usr/share/apertium/modes/${mode}.mode`));

function configWith(overrides: { path: string[]; value: unknown }[]) {
  return loadConfig({ env: {}, overrides: overrides.map((override) => ({ ...override, source: 'test' })) });
}

const noCache = { path: ['cache', 'enabled'], value: false };

describe('starting the offline engine early', () => {
  it('starts nothing for a dry run, a run with a cache to look in, or another provider', async () => {
    const before = new Set(descendantProcessIds());
    expect(await startEngineEarly(await configWith([noCache]), { dryRun: true })).toBeUndefined();
    expect(await startEngineEarly(await configWith([]), { dryRun: false })).toBeUndefined();
    expect(
      await startEngineEarly(await configWith([noCache, { path: ['provider'], value: 'libretranslate' }]), { dryRun: false }),
    ).toBeUndefined();
    expect(descendantProcessIds().filter((pid) => !before.has(pid))).toEqual([]);
  });

  it('returns no provider, and leaves the error to the pipeline, when the engine is not installed', async () => {
    const config = await configWith([noCache, { path: ['providers', 'apertium', 'modesDir'], value: '/nonexistent/modes' }]);
    const provider = await startEngineEarly(config, { dryRun: false });
    // Made (creating the provider checks nothing on disk); its description fails, as the pipeline reports it.
    await expect(provider?.doDescribe()).rejects.toMatchObject({ code: 'ENGINE_NOT_INSTALLED' });
    await provider?.close?.();
  });

  it.skipIf(!installed)('has the engine\'s programs running when it returns, a provider that answers with them, and ends them on close', async () => {
    const before = new Set(descendantProcessIds());
    const provider = await startEngineEarly(await configWith([noCache, { path: ['providers', 'apertium', 'processes'], value: 1 }]), { dryRun: false });
    expect(provider?.id).toBe('apertium');
    // One chain of every program of both modes and the names' four programs, started before it
    // returned (before the pipeline, loaded next, holds the thread): their two shells are spawned
    // by then, and fork the programs themselves on the other core.
    expect(descendantProcessIds().filter((pid) => !before.has(pid)).length).toBeGreaterThanOrEqual(2);
    const chain = ['fr-es', 'spa-eng'].flatMap((mode) => parseModeFile(readFileSync(`/usr/share/apertium/modes/${mode}.mode`, 'utf8'), { name: mode, generationFlag: '-n' })).length;
    const programs = () => descendantProcessIds({ programsOnly: true }).filter((pid) => !before.has(pid));
    // The programs counted once, when there are as many as the chains hold (not read again after).
    let started: number[] = [];
    await expect.poll(() => (started = programs()).length, { timeout: 5000 }).toBe(chain + 4);
    try {
      const result = await provider!.doTranslate({ segments: [{ id: 'a', text: 'Le chat dort.' }], sourceLanguage: 'fr', targetLanguage: 'en', format: 'html' });
      expect(result.translations[0]!.text).toBe('The cat sleeps.');
      expect(programs()).toEqual(started); // the same programs answered
    } finally {
      await provider!.close?.();
    }
    await expect.poll(() => descendantProcessIds().filter((pid) => !before.has(pid)), { timeout: 5000 }).toEqual([]); // programs and shells
  });
});
