/**
 * This checkout's structure stage against another checkout's, in one process: the structure
 * bench's corpus (`structure.bench.ts`: about 3 MB of extracted pages, or of the seed's print
 * layout) structured by each in turn, `Intl.Segmenter` in the same rounds, the order of the three
 * rotated every round so that the machine's load and the collector hit each alike. The CPU time
 * of each round is this process's (`process.cpuUsage`), the steadier measure on a loaded machine.
 * Prints the medians, the median of the per-round ratios (this checkout / the other) and each
 * one's ratio to `Intl.Segmenter`. Run as
 *
 *   node --import tsx bench/compare-structure.ts <other checkout's root> [pages|print] [--rounds N]
 *
 * where the other checkout is, say, `git archive main | tar -x -C <folder>` with `node_modules`
 * linked in (its `src/structure.ts` is imported, under tsx like this one's). Before the rounds
 * the two are checked to give the same sentences on the corpus, since a speed change must not
 * change the output (the fingerprints, `scripts/structure-fingerprints.ts`, check every fixture).
 * Not a bench (`npm run bench` does not run it): a tool to tell a change of a few percent from
 * the noise, which one bench run per checkout cannot on this machine.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { structureText } from '../src/structure.ts';
import { buildCorpus, buildFrom, readPages, option } from './structure.bench.ts';

type Structure = typeof structureText;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const other = process.argv[2];
if (other === undefined || other.startsWith('-')) {
  console.error('usage: node --import tsx bench/compare-structure.ts <other checkout root> [pages|print] [--rounds N]');
  process.exit(2);
}
const corpusName = process.argv.includes('print') ? 'print' : 'pages';
const rounds = option('--rounds', 9);
const { structureText: otherStructure } = (await import(pathToFileURL(resolve(other, 'src/structure.ts')).href)) as { structureText: Structure };
const corpus = corpusName === 'print' ? buildCorpus() : buildFrom(readPages());
const megabytes = corpus.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;

const sentencesBy = (structure: Structure) => (): string => {
  let all = '';
  for (const text of corpus) {
    for (const block of structure(text, { fileName: 'bench.txt', checkLanguage: false }).blocks) all += `${block.role}\u0000${block.sentences.map((sentence) => sentence.text).join('\u0001')}\n`;
  }
  return all;
};
if (sentencesBy(structureText)() !== sentencesBy(otherStructure)()) console.log('warning: the two checkouts structure the corpus differently');

const segmenter = new Intl.Segmenter('fr', { granularity: 'sentence' });
const contenders: Array<[string, () => void]> = [
  ['Intl.Segmenter', () => {
    for (const text of corpus) for (const _segment of segmenter.segment(text));
  }],
  ['this checkout', () => {
    for (const text of corpus) structureText(text, { fileName: 'bench.txt', checkLanguage: false });
  }],
  ['the other', () => {
    for (const text of corpus) otherStructure(text, { fileName: 'bench.txt', checkLanguage: false });
  }],
];
// One warm-up round each, then the rounds, the order rotated.
for (const [, run] of contenders) run();
const cpu: number[][] = contenders.map(() => []);
for (let round = 0; round < rounds; round += 1) {
  for (let turn = 0; turn < contenders.length; turn += 1) {
    const index = (round + turn) % contenders.length;
    const started = process.cpuUsage();
    (contenders[index] as [string, () => void])[1]();
    const used = process.cpuUsage(started);
    (cpu[index] as number[]).push((used.user + used.system) / 1000);
  }
}
const [segmenterCpu, thisCpu, otherCpu] = cpu as [number[], number[], number[]];
const ratios = thisCpu.map((time, round) => time / (otherCpu[round] as number));
console.log(`${corpusName === 'print' ? 'seed print layout' : 'extracted pages'}: ${corpus.length} texts, ${megabytes.toFixed(2)} MB, ${rounds} rounds, CPU ms a round (median)`);
contenders.forEach(([name], index) => console.log(`  ${name.padEnd(16)} ${median(cpu[index] as number[]).toFixed(0).padStart(6)} ms`));
console.log(`  this / the other: ${median(ratios).toFixed(3)} (per round ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`);
console.log(`  ratio to Intl.Segmenter in CPU time: this ${(median(segmenterCpu) / median(thisCpu)).toFixed(3)}, the other ${(median(segmenterCpu) / median(otherCpu)).toFixed(3)}`);
