/**
 * Integration tests against the real Apertium programs (no mocks). Skipped, with the reason,
 * where the Debian packages are not installed.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BilingualError } from '../../src/errors.ts';
import { createApertium, ENGINE_NICENESS, NOT_INSTALLED_MESSAGE } from '../../src/providers/apertium/index.ts';
import { parseModeFile } from '../../src/providers/apertium/parse-mode-file.ts';
import type { TextFormat, TranslationProvider } from '../../src/providers/types.ts';
import { providerContractSuite } from './contract-suite.ts';
import { commandName, descendantProcessIds, shellChildren } from '../support/process-tree.ts';

const installed = ['fr-es', 'spa-eng'].every((mode) => existsSync(`/usr/share/apertium/modes/${mode}.mode`));
const skip = installed ? false : 'Apertium with the fr-es and eng-spa pairs is not installed (npm run setup)';

providerContractSuite('apertium', { create: () => createApertium(), skip });

async function failureOf(promise: Promise<unknown>): Promise<BilingualError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(BilingualError);
  return error as BilingualError;
}

describe.skipIf(Boolean(skip))('apertium provider on the real engine', () => {
  let provider: TranslationProvider;
  const translate = async (texts: string[], format: TextFormat = 'text', abortSignal?: AbortSignal) => {
    const result = await provider.doTranslate({
      segments: texts.map((text, index) => ({ id: `s${index}`, text })),
      sourceLanguage: 'fr',
      targetLanguage: 'en',
      format,
      abortSignal,
    });
    expect(result.translations.map((translation) => translation.id)).toEqual(texts.map((_, index) => `s${index}`));
    return result.translations.map((translation) => translation.text);
  };

  beforeAll(() => {
    provider = createApertium();
  });
  afterAll(async () => {
    await provider.close?.();
  });

  it('describes the engine, both pairs with their package versions, the pre-edit version and the names kept', async () => {
    const description = await provider.doDescribe();
    expect(description).toMatch(/^apertium \S*\d\S* fr-es \S*\d\S* \+ eng-spa \S*\d\S* pre-edit \d+ names kept$/);
  });

  it('keeps every sentence element of a paragraph, each id once, with nothing outside them', async () => {
    const paragraph =
      '<span id="p2.s1">Le ministre des Affaires étrangères a rencontré son homologue à Genève.</span> ' +
      '<span id="p2.s2">Les deux hommes ont parlé pendant trois heures de la situation en Syrie.</span> ' +
      '<span id="p2.s3">Aucun accord n’a été annoncé à l’issue de la réunion.</span>';
    const [html] = await translate([paragraph], 'html');
    for (const id of ['p2.s1', 'p2.s2', 'p2.s3']) {
      expect(html!.split(`<span id="${id}">`)).toHaveLength(2);
    }
    expect(html!.match(/<\/span>/g)).toHaveLength(3);
    // Outside the elements only the blanks between them are left: the engine moved no word out.
    expect(html!.replace(/<span id="[^"]+">[^<]*<\/span>/g, '').trim()).toBe('');
    for (const inside of html!.match(/<span id="[^"]+">([^<]*)<\/span>/g)!) {
      expect(inside.replace(/<[^>]+>/g, '').trim().length).toBeGreaterThan(5);
    }
    expect(html!.toLowerCase()).not.toMatch(/ministre|homologue|réunion/);
  });

  it('lets the stream format characters through untouched, as text and as html', async () => {
    const characters = ['[', ']', '\\', '^', '$', '@', '/', '<', '&', '*', '#', '{', '}', '~'];
    const text = 'Le code [A] vaut 5 $ \\ 3 ^ 2 @ 10 / 4 < 9 & 7 * 8 # 1 {x} ~ fin.';
    const html = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const [fromText, fromHtml] = [(await translate([text]))[0]!, (await translate([html], 'html'))[0]!];
    const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
    for (const character of characters) {
      expect(count(fromText, character), `${character} in ${fromText}`).toBe(count(text, character));
    }
    const decoded = fromHtml.replace(/&lt;/g, '<').replace(/&amp;/g, '&');
    expect(fromHtml).not.toMatch(/<|&(?!amp;|lt;)/);
    for (const character of characters) {
      expect(count(decoded, character), `${character} in ${fromHtml}`).toBe(count(text, character));
    }
  });

  it('handles French guillemets and both apostrophes', async () => {
    const [curly, straight, quoted] = await translate([
      'Il a dit qu’il viendra aujourd’hui avec l’ambassadeur.',
      "Il a dit qu'il viendra aujourd'hui avec l'ambassadeur.",
      '« Nous sommes prêts à négocier », a déclaré le ministre.',
    ]);
    for (const sentence of [curly!, straight!]) {
      expect(sentence.toLowerCase()).toContain('today');
      expect(sentence.toLowerCase()).toContain('ambassador');
      expect(sentence).not.toMatch(/aujourd|qu[’']|l[’']/);
    }
    expect(quoted).toMatch(/^« .+ »/);
    expect(quoted!.toLowerCase()).toContain('minister');
  });

  it('marks unknown words only when asked', async () => {
    const [plain] = await translate(['Le zorglubien dort.']);
    expect(plain).toContain('zorglubien');
    expect(plain).not.toMatch(/[*#@]/);
    const marking = createApertium({ markUnknownWords: true });
    try {
      const result = await marking.doTranslate({
        segments: [{ id: 'a', text: 'Le zorglubien dort.' }],
        sourceLanguage: 'fr',
        targetLanguage: 'en',
        format: 'text',
      });
      expect(result.translations[0]!.text).toContain('*zorglubien');
      expect(await marking.doDescribe()).not.toBe(await provider.doDescribe());
    } finally {
      await marking.close?.();
    }
  });

  it('returns blank segments as they are without troubling the engine', async () => {
    expect(await translate(['', '  ', 'Le chat dort.'])).toEqual(['', '  ', expect.stringMatching(/cat/)]);
  });

  it('serves 100 segments in a row from one warm engine, without restarting it', async () => {
    await translate(['Bonjour.']);
    const before = descendantProcessIds({ programsOnly: true });
    expect(before.length).toBeGreaterThanOrEqual(10);
    const sentences = ['Le chat dort.', 'La maison est grande.', 'Nous parlons avec les ministres.', 'Il pleut à Paris.'];
    for (let index = 0; index < 100; index++) {
      const [answer] = await translate([`${sentences[index % sentences.length]} (${index})`]);
      expect(answer).toContain(`(${index})`);
      expect(answer!.toLowerCase()).not.toMatch(/maison|ministres|pleut|dort/);
    }
    // No program was started again (processes of engines closed earlier may still be ending).
    const after = descendantProcessIds({ programsOnly: true });
    expect(after.filter((pid) => !before.includes(pid))).toEqual([]);
    expect(after.length).toBeGreaterThanOrEqual(10);
  });

  it('keeps answers with their segments when a request carries many', async () => {
    const texts = Array.from({ length: 64 }, (_, index) => `La réunion numéro ${index} a commencé.`);
    const answers = await translate(texts);
    answers.forEach((answer, index) => expect(answer).toMatch(new RegExp(`\\b${index}\\b`)));
  });

  it('takes requests behind each other; one given up while waiting leaves the others their own answers', async () => {
    const texts = Array.from({ length: 32 }, (_, index) => `La réunion numéro ${index} a commencé.`);
    const controller = new AbortController();
    const first = translate(texts);
    const givenUp = failureOf(translate(['Le chat dort.'], 'text', controller.signal));
    const third = translate(['La maison est grande.']);
    controller.abort(Object.assign(new Error('too long'), { name: 'TimeoutError' }));
    expect((await givenUp).code).toBe('PROVIDER_TIMEOUT');
    (await first).forEach((answer, index) => expect(answer).toMatch(new RegExp(`\\b${index}\\b`)));
    expect(await third).toEqual(['The house is big.']);
  });

  it('rejects the request in flight with ENGINE_FAILED when a program dies, then recovers', async () => {
    await translate(['Bonjour.']);
    const programs = descendantProcessIds({ programsOnly: true });
    const victim = programs.find((pid) => commandName(pid).startsWith('apertium-trans')) ?? programs[Math.floor(programs.length / 2)]!;
    const long = 'Les ministres des Affaires étrangères des pays du groupe se sont réunis hier soir pour discuter de la crise. ';
    const request = translate(Array.from({ length: 64 }, () => long.repeat(3)));
    // Queued behind the doomed request: sent again, once, to a fresh engine.
    const queued = translate(['Le chat dort.']);
    setTimeout(() => process.kill(victim, 'SIGKILL'), 20);
    const error = await failureOf(request);
    expect(await queued).toEqual(['The cat sleeps.']);
    expect(error.code).toBe('ENGINE_FAILED');
    expect(error.retryable).toBe(true);
    expect(error.message).toMatch(/apertium-transfer was killed by SIGKILL/);

    const [answer] = await translate(['La maison est grande.']);
    expect(answer).toBe('The house is big.');
    expect(descendantProcessIds({ programsOnly: true })).not.toContain(victim);
  });

  it('times out a hung engine from the abort signal, then recovers on the next call', async () => {
    await translate(['Bonjour.']);
    const frozen = descendantProcessIds({ programsOnly: true }).filter((pid) => commandName(pid) === 'apertium-tagger');
    expect(frozen.length).toBeGreaterThanOrEqual(1);
    for (const pid of frozen) process.kill(pid, 'SIGSTOP');
    try {
      let runningSettled = false;
      const running = failureOf(translate(['Le chat dort.'], 'text', AbortSignal.timeout(1500)));
      void running.finally(() => (runningSettled = true));
      // Queued behind the hung request, this one gives up while still waiting its turn.
      const waiting = await failureOf(translate(['La maison est grande.'], 'text', AbortSignal.timeout(100)));
      expect(runningSettled).toBe(false);
      for (const error of [waiting, await running]) {
        expect(error.code).toBe('PROVIDER_TIMEOUT');
        expect(error.retryable).toBe(true);
      }
    } finally {
      for (const pid of frozen) if (existsSync(`/proc/${pid}`)) process.kill(pid, 'SIGCONT');
    }
    expect(await translate(['Le chat dort.'])).toEqual(['The cat sleeps.']);
  });

  it('treats an abort by the user as an interruption, not worth retrying', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await failureOf(translate(['Le chat dort.'], 'text', controller.signal));
    expect(error.code).toBe('INTERRUPTED');
    expect(error.retryable).toBe(false);
  });

  it('runs several warm engines when asked and answers concurrent requests', async () => {
    const pooled = createApertium({ processes: 2 });
    try {
      expect(pooled.capabilities.concurrent).toBe(true);
      const request = (text: string) =>
        pooled.doTranslate({ segments: [{ id: 'x', text }], sourceLanguage: 'fr', targetLanguage: 'en', format: 'text' });
      const results = await Promise.all(['Le chat dort.', 'La maison est grande.', 'Le chat dort.', 'La maison est grande.'].map(request));
      expect(results.map((result) => result.translations[0]!.text)).toEqual([
        'The cat sleeps.', 'The house is big.', 'The cat sleeps.', 'The house is big.',
      ]);
    } finally {
      await pooled.close?.();
    }
  });

  it('warms up every engine of the pool and the names\' dictionaries before any request, answers as usual, and ends them all on close', async () => {
    const own = createApertium({ processes: 2 });
    const before = new Set(descendantProcessIds({ programsOnly: true }));
    own.doWarmUp?.();
    // Two chains of every program of both modes (each chain's shell starts them in turn), and
    // the names' analysers and dictionaries (two of each).
    const chain = ['fr-es', 'spa-eng'].flatMap((mode) => parseModeFile(readFileSync(`/usr/share/apertium/modes/${mode}.mode`, 'utf8'), { name: mode, generationFlag: '-n' })).length;
    await expect.poll(() => descendantProcessIds({ programsOnly: true }).filter((pid) => !before.has(pid)).length, { timeout: 10_000 }).toBe(2 * chain + 4);
    const started = descendantProcessIds({ programsOnly: true }).filter((pid) => !before.has(pid));
    own.doWarmUp?.(); // twice starts nothing more
    const result = await own.doTranslate({ segments: [{ id: 'a', text: 'Le chat dort.' }], sourceLanguage: 'fr', targetLanguage: 'en', format: 'html' });
    expect(result.translations[0]!.text).toBe('The cat sleeps.');
    expect(descendantProcessIds({ programsOnly: true }).filter((pid) => !before.has(pid))).toEqual(started); // the request used the warm engines
    await own.close?.();
    await expect.poll(() => descendantProcessIds({ programsOnly: true }).filter((pid) => started.includes(pid)), { timeout: 5000 }).toEqual([]);
  });

  it('starts its programs on warm-up within the same turn of the event loop: finding them waits for no file-system call', async () => {
    const own = createApertium();
    const before = new Set(descendantProcessIds({ programsOnly: true }));
    const shellsBefore = new Set(shellChildren());
    try {
      own.doWarmUp?.();
      // Promise reactions only: a check made through the thread pool would not have answered yet.
      for (let turn = 0; turn < 10; turn++) await Promise.resolve();
      // What this process spawns: the chain's shell and the dictionaries' shell; they start the programs.
      expect(shellChildren().filter((pid) => !shellsBefore.has(pid)).length).toBe(2);
      await expect.poll(() => descendantProcessIds({ programsOnly: true }).filter((pid) => !before.has(pid)).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(22);
    } finally {
      await own.close?.();
    }
  });

  it("runs its chain's programs ENGINE_NICENESS nicer than this process, the names' dictionaries as it", async () => {
    const own = createApertium();
    const before = new Set(descendantProcessIds({ programsOnly: true }));
    try {
      await own.doTranslate({ segments: [{ id: 'a', text: 'Le chat dort.' }], sourceLanguage: 'fr', targetLanguage: 'en', format: 'html' });
      const started = descendantProcessIds({ programsOnly: true }).filter((pid) => !before.has(pid));
      const niceness = (pid: number) => Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]);
      const base = niceness(process.pid);
      const chained = started.filter((pid) => niceness(pid) === Math.min(19, base + ENGINE_NICENESS));
      // The chain's twenty programs niced (at most 19); the four dictionaries of the names as this process.
      expect(chained.length).toBeGreaterThanOrEqual(10);
      if (base < 19) expect(started.filter((pid) => niceness(pid) === base)).toHaveLength(4);
    } finally {
      await own.close?.();
    }
  });

  it('runs them as this process with niceness 0 (providers.apertium.niceness)', async () => {
    const own = createApertium({ niceness: 0 });
    const before = new Set(descendantProcessIds({ programsOnly: true }));
    try {
      await own.doTranslate({ segments: [{ id: 'a', text: 'Le chat dort.' }], sourceLanguage: 'fr', targetLanguage: 'en', format: 'html' });
      const started = descendantProcessIds({ programsOnly: true }).filter((pid) => !before.has(pid));
      const niceness = (pid: number) => Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]);
      expect(started.length).toBeGreaterThanOrEqual(10);
      expect(started.filter((pid) => niceness(pid) !== niceness(process.pid))).toEqual([]);
    } finally {
      await own.close?.();
    }
  });

  it('ends all its programs on close, twice without complaint, and refuses work afterwards', async () => {
    const own = createApertium();
    const before = new Set(descendantProcessIds({ programsOnly: true }));
    await own.doTranslate({ segments: [{ id: 'a', text: 'Bonjour.' }], sourceLanguage: 'fr', targetLanguage: 'en', format: 'text' });
    const started = descendantProcessIds({ programsOnly: true }).filter((pid) => !before.has(pid));
    expect(started.length).toBeGreaterThanOrEqual(10);
    await own.close?.();
    await own.close?.();
    await expect.poll(() => descendantProcessIds({ programsOnly: true }).filter((pid) => started.includes(pid)), { timeout: 5000 }).toEqual([]);
    const error = await failureOf(
      own.doTranslate({ segments: [{ id: 'a', text: 'Bonjour.' }], sourceLanguage: 'fr', targetLanguage: 'en', format: 'text' }),
    );
    expect(error.code).toBe('ENGINE_FAILED');
  });
});

describe('apertium provider when the engine is missing', () => {
  const folders: string[] = [];
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });
  const request = { segments: [{ id: 'a', text: 'Bonjour.' }], sourceLanguage: 'fr', targetLanguage: 'en', format: 'text' as const };

  it('warms up without a word when the engine is missing; the first request says how to install it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'bilingual-apertium-'));
    folders.push(folder);
    const provider = createApertium({ modesDir: join(folder, 'modes') });
    provider.doWarmUp?.();
    const error = await failureOf(provider.doTranslate(request));
    expect(error.code).toBe('ENGINE_NOT_INSTALLED');
    await provider.close?.();
  });

  it('says how to install it when the modes folder is missing', async () => {
    const provider = createApertium({ modesDir: join(tmpdir(), 'no-such-apertium-modes') });
    // Each call made when its failure is awaited: a rejection made earlier, while another call
    // is awaited, has no handler yet and fails the run as unhandled.
    for (const call of [() => provider.doTranslate(request), () => provider.doDescribe()]) {
      const error = await failureOf(call());
      expect(error.code).toBe('ENGINE_NOT_INSTALLED');
      expect(error.message).toBe(NOT_INSTALLED_MESSAGE);
      expect(error.retryable).toBe(false);
    }
    await provider.close?.();
  });

  it('says how to install it when a program of the mode is missing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'apertium-modes-'));
    folders.push(folder);
    writeFileSync(join(folder, 'fr-en.mode'), "no-such-apertium-program -x '/nowhere/fr-en.bin' | lt-proc $1 x.bin\n");
    const provider = createApertium({ modesDir: folder, modes: ['fr-en'] });
    const error = await failureOf(provider.doTranslate(request));
    expect(error.code).toBe('ENGINE_NOT_INSTALLED');
    expect(error.details.missing).toBe('no-such-apertium-program');
    await provider.close?.();
  });
});
