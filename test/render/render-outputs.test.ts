import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { commandLineValue, loadConfig } from '../../src/config/load.ts';
import type { Config } from '../../src/config/types.ts';
import { build, type BuildOptions, type BuildSummary } from '../../src/pipeline.ts';
import { OUTPUT_FORMATS, outputLabel, renderEditions, renderOutputs, renderReaderPage } from '../../src/render/index.ts';
import { summitArticle } from '../fixtures/aligned/summit-article.ts';
import { createRecordingProvider } from '../support/fake-provider.ts';

describe('renderOutputs', () => {
  it('writes every output by default: the editions, then the QA report, then the reader', () => {
    const files = renderOutputs(summitArticle, 'sommet');
    expect(files.map((file) => file.name)).toEqual([
      ...renderEditions(summitArticle, 'sommet').map((file) => file.name),
      'sommet.qa.md',
      'sommet.html',
    ]);
    expect(files.at(-1)!.content).toBe(renderReaderPage(summitArticle));
  });

  it('writes only the chosen outputs, in the fixed order whatever order they are listed in', () => {
    expect(renderOutputs(summitArticle, 'sommet', ['html', 'json', 'side-by-side']).map((file) => file.name)).toEqual([
      'sommet.fr-en.md',
      'sommet.json',
      'sommet.html',
    ]);
  });
});

describe('outputLabel', () => {
  it('names each output by its file, the longest suffix first', () => {
    expect(renderOutputs(summitArticle, 'a.fr').map((file) => outputLabel(file.name))).toEqual([
      'Side by side (Markdown)', 'Interleaved (Markdown)', 'English (Markdown)', 'French (Markdown)',
      'Aligned document (JSON)', 'Translation memory (TMX)', 'QA report', 'Reader',
    ]);
    expect(outputLabel('notes.txt')).toBe('notes.txt');
  });
});

describe('output.formats', () => {
  const setting = (value: unknown) => loadConfig({ overrides: [{ path: ['output', 'formats'], value, source: '--format' }] });

  it('defaults to every output', async () => {
    expect((await loadConfig()).output.formats).toEqual([...OUTPUT_FORMATS]);
  });

  it('takes a list, or names separated by commas as the flag gives them', async () => {
    expect((await setting(['html', 'tmx'])).output.formats).toEqual(['html', 'tmx']);
    expect((await setting(commandLineValue(['output', 'formats'], 'html, json'))).output.formats).toEqual(['html', 'json']);
  });

  it('refuses an unknown output and an empty list, naming the flag and the outputs there are', async () => {
    await expect(setting(commandLineValue(['output', 'formats'], 'html,pdf'))).rejects.toThrow(/--format.*output\.formats.*side-by-side, interleaved, english, french, json, tmx, qa, html/s);
    await expect(setting([])).rejects.toThrow(/at least one/);
  });

  it('is set by --format on the command line', async () => {
    const calls: Config[] = [];
    const summary: BuildSummary = {
      articles: [], sentences: 0, segmentsSent: 0, cacheHits: 0, requests: 0, charactersSent: 0, charactersBilled: 0,
      estimatedCostUsd: 0, retries: 0, durationMs: 0, warnings: 0, qaFailures: 0, untranslated: 0, failures: 0, dryRun: false, provider: 'apertium',
    };
    const sink = { write: () => true, isTTY: false, on() { return this; } };
    await main(['build', 'a.txt', '--format', 'html,qa'], {
      stdout: sink,
      stderr: sink,
      env: {},
      pipeline: {
        structureFile: () => Promise.reject(new Error('not called')),
        build: async (options: BuildOptions) => {
          calls.push(options.config);
          return summary;
        },
      },
    });
    expect(calls.map((config) => config.output.formats)).toEqual([['html', 'qa']]);
  });
});

describe('a build with output.formats', () => {
  it('writes only the chosen outputs, and the run index only with the reader', async () => {
    const work = await mkdtemp(join(tmpdir(), 'bilingual-formats-'));
    try {
      for (const [formats, files, index] of [
        [['html', 'json'], ['g20-syria-talks-2016.html', 'g20-syria-talks-2016.json'], true],
        [['tmx'], ['g20-syria-talks-2016.tmx'], false],
      ] as const) {
        const outDir = join(work, formats.join('-'));
        const config = await loadConfig({
          overrides: [
            { path: ['output', 'formats'], value: [...formats], source: 'test' },
            { path: ['cache', 'enabled'], value: false, source: 'test' },
          ],
        });
        const summary = await build({ inputs: ['seeds/g20-syria-talks-2016.txt'], config, outDir, dryRun: false, failFast: true, provider: createRecordingProvider() });
        expect((await readdir(join(outDir, 'g20-syria-talks-2016'))).sort()).toEqual([...files]);
        expect((await readdir(outDir)).includes('index.html')).toBe(index);
        expect(summary.runIndex !== undefined).toBe(index);
      }
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
