/**
 * `bilingual estimate --provider deepl|openai`, as a user runs it, against what `bilingual
 * build` then bills, each provider driving its real client against a local server that bills
 * as the service does: the estimate within 2% and sending nothing; `--max-cost` below the
 * estimate refusing the build with nothing sent (exit 4). A cap reached mid-run (the run
 * billing more than estimated, as an LLM's repairs do) is `test/providers/openai-limits.test.ts`
 * end to end and `test/translate/spending-cap.test.ts` for any provider.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { startFakeDeeplServer } from '../support/fake-deepl-server.ts';
import { startFakeOpenaiServer } from '../support/fake-openai-server.ts';

const INPUTS = ['seeds/g20-syria-talks-2016.txt', 'test/fixtures/articles/budget-deficit.print.txt', 'test/fixtures/articles/cannes-palme-d-or.plain.txt'];
const DEEPL_KEY = '5b0f3e2a-7c91-4d6b-a8e3-2f1d9c4b7e60:fx';
const OPENAI_KEY = 'sk-proj-fake0key0for0estimate0tests0123456789';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bilingual-estimate-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

interface Summary {
  charactersBilled: number;
  estimatedCostUsd: number;
  failures: number;
  articles: { ok: boolean; error?: { code: string } }[];
}

async function cli(args: string[], env: Record<string, string>): Promise<{ code: number; summary?: Summary; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (text: string) => ((stdout += text), true) },
    stderr: { write: (text: string) => ((stderr += text), true) },
    env,
    isTTY: false,
  });
  return { code, stderr, ...(stdout.trim().startsWith('{') ? { summary: JSON.parse(stdout) as Summary } : {}) };
}

const providers = [
  {
    name: 'deepl',
    start: async () => {
      const server = await startFakeDeeplServer({ apiKey: DEEPL_KEY });
      return {
        flags: ['--provider', 'deepl', '--set', `providers.deepl.serverUrl=${server.url}`],
        env: { DEEPL_API_KEY: DEEPL_KEY },
        sent: () => server.received.length,
        close: () => server.close(),
      };
    },
  },
  {
    name: 'openai',
    start: async () => {
      const server = await startFakeOpenaiServer({ billTokens: true });
      return {
        flags: [
          '--provider', 'openai', '--set', 'providers.openai.model=gpt-4o-mini', '--set', `providers.openai.baseUrl=${server.baseUrl}`,
          '--set', 'providers.openai.inputPricePerMillionTokens=0.15', '--set', 'providers.openai.outputPricePerMillionTokens=0.6',
          '--set', 'providers.openai.maxSegmentsPerRequest=4',
        ],
        env: { OPENAI_API_KEY: OPENAI_KEY },
        sent: () => server.received.length,
        close: () => server.close(),
      };
    },
  },
];

for (const provider of providers) {
  describe(`bilingual estimate --provider ${provider.name}`, () => {
    it('is within 2% of what the build then bills, and sends nothing', async () => {
      const service = await provider.start();
      try {
        const common = [...service.flags, '--cache-path', join(work, `${provider.name}-estimate.sqlite`), '--json'];
        const estimate = await cli(['estimate', ...INPUTS, ...common], service.env);
        expect(estimate.code).toBe(0);
        expect(service.sent()).toBe(0);
        const built = await cli(['build', ...INPUTS, ...common, '--out', join(work, `${provider.name}-estimate`)], service.env);
        expect(built.code).toBe(0);
        expect(service.sent()).toBeGreaterThan(0);
        const [estimated, billed] = [estimate.summary!.estimatedCostUsd, built.summary!.estimatedCostUsd];
        expect(billed).toBeGreaterThan(0);
        expect(Math.abs(estimated - billed) / billed).toBeLessThanOrEqual(0.02);
      } finally {
        await service.close();
      }
    }, 120_000);

    it('--max-cost below the estimate refuses the build with nothing sent (exit 4)', async () => {
      const service = await provider.start();
      try {
        const common = [...service.flags, '--cache-path', join(work, `${provider.name}-refused.sqlite`)];
        const estimate = await cli(['estimate', ...INPUTS, ...common, '--json'], service.env);
        const cap = estimate.summary!.estimatedCostUsd / 2;
        const refused = await cli(['build', ...INPUTS, ...common, '--max-cost', String(cap), '--out', join(work, `${provider.name}-refused`)], service.env);
        expect(refused.code).toBe(4);
        expect(refused.stderr).toMatch(/more than --max-cost .*: nothing was sent/);
        expect(service.sent()).toBe(0);
      } finally {
        await service.close();
      }
    }, 120_000);

  });
}
