/**
 * Print layout must stay linear in its input: what `bilingual segment` does (structure the
 * file's bytes, then the JSON it prints) on 1 MB and on 2 MB of text in the seed's print
 * layout (variants of the print-layout fixtures, one after another), each size in a child
 * process of its own so that its peak memory is its own. Reported as the 2 MB run's time and
 * peak resident memory over the 1 MB run's, medians of alternated rounds. Target: time ratio
 * <= 2.4 (twice the input, about twice the work), peak memory about flat. The lexicon is loaded
 * before the clock starts: its one-time cost is the same at both sizes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCES = [
  '../seeds/g20-syria-talks-2016.txt',
  '../test/fixtures/articles/budget-deficit.print.txt',
  '../test/fixtures/articles/climate-ratification.print.txt',
  '../test/fixtures/articles/paris-municipal-alliance.print.txt',
  '../test/fixtures/articles/opec-output-cut.print.txt',
  '../test/fixtures/articles/algiers-bank-trial.print.txt',
];
const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Rounds per size, alternated so that load from other processes hits both alike. @default 3 */
const ROUNDS = 3;
/** The two sizes compared, in bytes. */
const SIZES = [1_000_000, 2_000_000] as const;

/** About `bytes` of print-layout text: the sources one after another, their numbers changed in each copy. */
function printText(bytes: number): string {
  const sources = SOURCES.map((path) => readFileSync(new URL(path, import.meta.url), 'utf8'));
  const parts: string[] = [];
  let size = 0;
  for (let index = 0; size < bytes; index += 1) {
    const text = (sources[index % sources.length] ?? '').replace(/\d+/g, (digits) => String((Number(digits) + index) % 10 ** digits.length).padStart(digits.length, '1'));
    parts.push(text, '\n\n');
    size += Buffer.byteLength(text) + 2;
  }
  return parts.join('');
}

interface ChildRun {
  /** Structure and JSON, milliseconds. */
  milliseconds: number;
  /** Peak resident memory of the whole process, kilobytes. */
  peakKilobytes: number;
  /** Resident memory once modules and lexicon are loaded, before the article, kilobytes. */
  loadedKilobytes: number;
  blocks: number;
  /** Length of the JSON `segment` would print. */
  jsonBytes: number;
}

function runChild(file: string): ChildRun {
  const script = [
    `const { readFileSync } = await import('node:fs');`,
    `const { structureFileBytes } = await import('./src/structure.ts');`,
    `const { getFrenchLexicon } = await import('./src/layout/french-lexicon.ts');`,
    `getFrenchLexicon();`,
    `const bytes = readFileSync(${JSON.stringify(file)});`,
    `const loadedKilobytes = process.resourceUsage().maxRSS;`,
    `const started = performance.now();`,
    `const article = await structureFileBytes(bytes, { fileName: 'bench.txt' });`,
    `const json = JSON.stringify(article, null, 2);`,
    `const milliseconds = performance.now() - started;`,
    `process.stdout.write(JSON.stringify({ milliseconds, peakKilobytes: process.resourceUsage().maxRSS, loadedKilobytes, blocks: article.blocks.length, jsonBytes: json.length }));`,
  ].join('\n');
  const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(output) as ChildRun;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export default async function (): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'bilingual-bench-'));
  try {
    const files = SIZES.map((bytes) => {
      const file = join(folder, `print-${bytes}.txt`);
      writeFileSync(file, printText(bytes));
      return file;
    });
    const runs: ChildRun[][] = SIZES.map(() => []);
    for (let round = 0; round < ROUNDS; round += 1) files.forEach((file, index) => runs[index]?.push(runChild(file)));
    const summary = runs.map((list) => ({
      milliseconds: median(list.map((run) => run.milliseconds)),
      peak: median(list.map((run) => run.peakKilobytes)) / 1024,
      loaded: median(list.map((run) => run.loadedKilobytes)) / 1024,
      blocks: list[0]?.blocks ?? 0,
      json: (list[0]?.jsonBytes ?? 0) / 1e6,
    }));
    const [one, two] = summary as [(typeof summary)[number], (typeof summary)[number]];
    console.log(`segment (structure + JSON) on print layout, a child process per run; median of ${ROUNDS} alternated rounds`);
    for (const [index, size] of summary.entries()) {
      console.log(
        `${(SIZES[index] as number) / 1e6} MB: ${size.milliseconds.toFixed(0)} ms, ${size.blocks} blocks, ${size.json.toFixed(1)} MB of JSON; ` +
          `peak memory ${size.peak.toFixed(0)} MB (${size.loaded.toFixed(0)} MB with modules and lexicon loaded, before the article)`,
      );
    }
    console.log(`time 2 MB / 1 MB: ${(two.milliseconds / one.milliseconds).toFixed(2)} (target <= 2.4)`);
    console.log(
      `peak memory 2 MB / 1 MB: ${(two.peak / one.peak).toFixed(2)}; ` +
        `beyond what was loaded before the article: ${(two.peak - two.loaded).toFixed(0)} MB against ${(one.peak - one.loaded).toFixed(0)} MB`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
