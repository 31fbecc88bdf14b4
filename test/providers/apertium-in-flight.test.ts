/**
 * Several requests in one engine chain at once, against the real Apertium programs: each
 * request's chunks are written behind those still in the chain, and the answers, each ended by
 * its null flush, come back in the order written. These tests check that order holds with many
 * requests inside the chain together, that one failing request leaves the others theirs, and
 * that a chain that dies with requests inside is replaced and the requests queued behind the
 * failed one are sent again to the new chain. Skipped where the pairs are not installed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BilingualError } from '../../src/errors.ts';
import { EnginePipeline } from '../../src/providers/apertium/engine-pipeline.ts';
import { createApertium } from '../../src/providers/apertium/index.ts';
import { parseModeFile } from '../../src/providers/apertium/parse-mode-file.ts';
import { deformat } from '../../src/providers/apertium/stream-format.ts';
import { commandName, descendantProcessIds } from '../support/process-tree.ts';

const MODES = ['fr-es', 'spa-eng'];
const installed = MODES.every((mode) => existsSync(`/usr/share/apertium/modes/${mode}.mode`));

function commands() {
  return MODES.flatMap((mode) =>
    parseModeFile(readFileSync(`/usr/share/apertium/modes/${mode}.mode`, 'utf8'), { name: `${mode}.mode`, generationFlag: '-n' }),
  );
}

/** Request `request`'s segments: each names its request and its place in it, so a misplaced answer shows. */
function numbered(request: number, size: number): string[] {
  return Array.from({ length: size }, (_, index) => `La réunion ${request * 100 + index} a commencé.`);
}

async function failureOf(promise: Promise<unknown>): Promise<BilingualError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(BilingualError);
  return error as BilingualError;
}

describe.skipIf(!installed)('requests in flight together in one engine chain', () => {
  it('answers twelve requests written at once, of 1 to 40 chunks each, every answer in its own place', async () => {
    const engine = new EnginePipeline({ commands: commands() });
    try {
      const sizes = [1, 40, 3, 17, 1, 8, 25, 2, 1, 12, 30, 5];
      const requests = sizes.map((size, request) => numbered(request, size));
      const answers = requests.map((texts) => engine.translate(texts.map((text) => deformat(text, 'text'))));
      // All twelve are inside the chain (or its pipes) before the first answer is read.
      expect(engine.load).toBe(sizes.length);
      const settled = await Promise.all(answers);
      settled.forEach((texts, request) => {
        expect(texts).toHaveLength(sizes[request]!);
        texts.forEach((answer, index) => expect(answer).toContain(String(request * 100 + index)));
      });
      expect(engine.load).toBe(0);
    } finally {
      engine.close();
    }
  });

  it('gives every request the answers it gets alone, whatever is in the chain with it', async () => {
    const engine = new EnginePipeline({ commands: commands() });
    try {
      const texts = ['Le chat dort.', 'La maison est grande.', 'Il pleut sur Paris depuis hier soir.', 'Les élèves sont partis.'];
      const alone: string[] = [];
      for (const text of texts) alone.push((await engine.translate([deformat(text, 'text')]))[0]!);
      const together = await Promise.all(texts.map((text) => engine.translate([deformat(text, 'text')])));
      expect(together.map(([answer]) => answer)).toEqual(alone);
    } finally {
      engine.close();
    }
  });

  it('rejects only the request given up while others are ahead of it; those around it keep their answers', async () => {
    const engine = new EnginePipeline({ commands: commands() });
    try {
      const controller = new AbortController();
      const first = engine.translate(numbered(1, 30).map((text) => deformat(text, 'text')));
      const givenUp = failureOf(engine.translate(numbered(2, 10).map((text) => deformat(text, 'text')), controller.signal));
      const third = engine.translate(numbered(3, 10).map((text) => deformat(text, 'text')));
      controller.abort(Object.assign(new Error('too long'), { name: 'TimeoutError' }));
      expect((await givenUp).code).toBe('PROVIDER_TIMEOUT');
      (await first).forEach((answer, index) => expect(answer).toContain(String(100 + index)));
      (await third).forEach((answer, index) => expect(answer).toContain(String(300 + index)));
      expect(engine.usable).toBe(true);
    } finally {
      engine.close();
    }
  });

  it('when a program dies with requests inside, fails the one it was on and sends those behind it to a fresh chain, in order', async () => {
    const earlier = new Set(descendantProcessIds({ programsOnly: true })); // the chains of the tests above, closed but perhaps not yet reaped
    const provider = createApertium({ processes: 1 });
    const translate = (texts: string[]) =>
      provider
        .doTranslate({ segments: texts.map((text, index) => ({ id: `s${index}`, text })), sourceLanguage: 'fr', targetLanguage: 'en', format: 'text' })
        .then((result) => result.translations.map((translation) => translation.text));
    try {
      await translate(['Bonjour.']);
      const long = 'Les ministres des Affaires étrangères des pays du groupe se sont réunis hier soir pour discuter de la crise. ';
      const doomed = translate(Array.from({ length: 64 }, () => long.repeat(3)));
      const behind = [4, 9, 2].map((size, request) => translate(numbered(request + 1, size)));
      // All four are written at once (no timer runs before that); the kill comes while the chain works on the first.
      const victim = descendantProcessIds({ programsOnly: true }).find((pid) => !earlier.has(pid) && commandName(pid).startsWith('apertium-trans'));
      expect(victim).toBeDefined();
      setTimeout(() => process.kill(victim!, 'SIGKILL'), 20);
      const error = await failureOf(doomed);
      expect(error.code).toBe('ENGINE_FAILED');
      expect(error.retryable).toBe(true); // the translator sends it again
      const answers = await Promise.all(behind);
      answers.forEach((texts, request) => texts.forEach((answer, index) => expect(answer).toContain(String((request + 1) * 100 + index))));
      expect(await translate(['Le chat dort.'])).toEqual(['The cat sleeps.']);
    } finally {
      await provider.close?.();
    }
  });
});
