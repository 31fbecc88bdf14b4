/**
 * Opening a run's translation session (src/build/open-translation-session.ts): the provider is
 * asked for its description before its engine is warmed up, so that a description that waits
 * for another program (the offline engine's `dpkg-query`) runs while the engine starts, and a
 * description that fails still fails the opening.
 */
import { describe, expect, it } from 'vitest';
import { openTranslationSession } from '../../src/build/open-translation-session.ts';
import { loadConfig } from '../../src/config/load.ts';
import { createRecordingProvider } from '../support/fake-provider.ts';

async function options(provider: ReturnType<typeof createRecordingProvider>) {
  const config = await loadConfig({ env: {}, overrides: [{ path: ['cache', 'enabled'], value: false, source: 'test' }] });
  return { inputs: [], config, outDir: 'unused', dryRun: false, failFast: false, provider };
}

describe('openTranslationSession', () => {
  it('asks for the description before warming up the engine, and waits for it', async () => {
    const calls: string[] = [];
    let answer: (text: string) => void = () => {};
    const provider = createRecordingProvider();
    provider.doDescribe = () => {
      calls.push('describe');
      return new Promise((resolve) => (answer = resolve));
    };
    provider.doWarmUp = () => void calls.push('warm up');
    const opening = openTranslationSession(await options(provider), undefined, () => {});
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toEqual(['describe', 'warm up']);
    answer('engine 2.0');
    const session = await opening;
    expect(session.engine).toBe('engine 2.0');
    await session.close();
  });

  it('fails to open, and closes the provider, when the description fails', async () => {
    const provider = createRecordingProvider();
    let closed = false;
    provider.doDescribe = () => Promise.reject(new Error('not installed'));
    provider.close = async () => void (closed = true);
    await expect(openTranslationSession(await options(provider), undefined, () => {})).rejects.toThrow('not installed');
    expect(closed).toBe(true);
  });
});
