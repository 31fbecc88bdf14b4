/**
 * The `openai` provider against a local Chat Completions server (the real `openai` client over
 * HTTP, 40 ms per answer), through the scheduler: paragraph-sized units in sentence markup, as
 * the translate stage sends them. The baseline is the same run against an endpoint that always
 * answers well; each other scenario makes a seeded fraction of answers misbehave the way LLMs
 * do, and reports what repairing them costs: requests, tokens and wall time as ratios to the
 * baseline, and whether every sentence still came back (no unit failed). The tokens of a call
 * that fails travel on its error (`details.usage`), which the scheduler does not add up yet: a
 * run with failures shows fewer input tokens than it spent.
 */
import { createOpenai } from '../src/providers/openai/index.ts';
import { createTranslator, type TranslationUnit } from '../src/translate/translator.ts';
import { startFakeOpenaiServer, type Misbehaviour } from '../test/support/fake-openai-server.ts';
import { seededRandom } from '../test/support/seeded-random.ts';

const SENTENCES = [
  'Le gouvernement a annoncé que les pourparlers sur la Syrie reprendront à Genève après le sommet.',
  'Les ministres des finances se retrouveront lundi pour examiner le projet de budget.',
  'Selon le porte-parole, aucun accord ne sera signé avant la fin de la semaine prochaine.',
  'Les syndicats ont appelé à une grève générale dans les ports du pays pour le mois prochain.',
  'Le président a rappelé que la croissance restait fragile malgré la hausse des exportations.',
  'La commission a rendu son rapport après six mois d’enquête sur les marchés publics.',
];

function units(count: number): TranslationUnit[] {
  return Array.from({ length: count }, (_, index) => {
    const sentences = Array.from({ length: 1 + (index % 4) }, (_, sentence) => {
      const text = SENTENCES[(index * 3 + sentence) % SENTENCES.length]!.replace(/\.$/, ` (${index}).`);
      return `<span id="p${index}.s${sentence + 1}">${text}</span>`;
    });
    return { id: `p${index}`, text: sentences.join(' '), format: 'html' as const };
  });
}

type Fault = (translations: Map<string, string>, french: Map<string, string>) => Misbehaviour;
const json = (map: Map<string, string>) => JSON.stringify(Object.fromEntries(map));
const FAULTS: Record<string, Fault> = {
  preamble: (translations) => ({ content: `Here is the translation:\n${json(translations)}` }),
  'code fence': (translations) => ({ content: `\`\`\`json\n${json(translations)}\n\`\`\`` }),
  'dropped sentence': (translations) => ({ content: json(new Map([...translations].slice(1))) }),
  'French copy': (_translations, french) => ({ content: json(french) }),
};

async function run(name: string, fault: Fault | undefined, rate: number) {
  const random = seededRandom(7);
  const server = await startFakeOpenaiServer({
    latencyMs: 40,
    misbehave: (_index, request, translations) => (fault && random() < rate ? fault(translations, request.sentences) : undefined),
  });
  try {
    const provider = createOpenai({ model: 'bench-model', baseUrl: server.baseUrl });
    const translator = createTranslator({
      provider,
      limits: { concurrency: 4, requestsPerMinute: 0, charactersPerMinute: 0, requestTimeoutMs: 30_000 },
      retry: { maxAttempts: 3, initialDelayMs: 10, maxDelayMs: 100, backoffFactor: 2 },
      cache: null,
    });
    const input = units(120);
    const started = performance.now();
    let failed = 0;
    let stats;
    try {
      stats = (await translator.translate(input, { sourceLanguage: 'fr', targetLanguage: 'en' })).stats;
    } catch (error) {
      failed = (error as { segmentIds?: string[] }).segmentIds?.length ?? input.length;
      stats = translator.stats();
    }
    return { name, rate, wallMs: performance.now() - started, requests: server.received.length, inputTokens: stats.inputTokens, failed };
  } finally {
    await server.close();
  }
}

export default async function (): Promise<void> {
  await run('warm-up', undefined, 0); // loads the client and warms the JIT, so the baseline is not the slowest
  const baseline = await run('well-behaved (baseline)', undefined, 0);
  const rows = [baseline];
  for (const [name, fault] of Object.entries(FAULTS)) rows.push(await run(`${name}, 20% of answers`, fault, 0.2));
  rows.push(await run('French copy, every answer', FAULTS['French copy'], 1));
  console.log('120 units (1 to 4 sentences each), 40 ms per answer, 4 requests in flight; ratios to the well-behaved baseline\n');
  console.log('| endpoint | requests | requests ratio | input tokens ratio | wall ratio | units failed (reported) |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    console.log(
      `| ${row.name} | ${row.requests} | ${(row.requests / baseline.requests).toFixed(2)} | ${(row.inputTokens / baseline.inputTokens).toFixed(2)} | ${(row.wallMs / baseline.wallMs).toFixed(2)} | ${row.failed} |`,
    );
  }
}
