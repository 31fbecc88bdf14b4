/**
 * Which passes of the structure stage do nothing on most extracted pages, and what each costs:
 * the cleaning steps `layoutText` runs on the whole text, then the line steps `layoutPage` runs
 * before the furniture on top is read, each run alone in the stage's order on the structure
 * bench's corpus (`structure.bench.ts`: about 3 MB of extracted pages, or the seed's print
 * layout), its CPU time summed over the rounds, and the share of texts where its output equals
 * its input. A step that changes nothing on nine texts in ten and costs a few percent is the one
 * to guard with a cheap test that is exactly its own precondition. Run as
 *
 *   node --import tsx bench/structure-passes.ts [pages|print] [--rounds N]
 *
 * Not a bench (no baseline): `npm run bench` does not run it. The steps after the furniture on
 * top (captions, paragraph ends, joined lines, segmentation) read pieces of the page, not the
 * page, and are left to `bench/profile-structure.ts`. The chain mirrors `layoutText` and
 * `layoutPage` by hand (a pass added there is not seen here until it is added here too); a text
 * `layoutPrint` lays out as one article with its paragraph ends marked by trailing spaces, or as
 * plain text, is timed on the same steps all the same.
 */
import { structureText } from '../src/structure.ts';
import { getFrenchLexicon } from '../src/layout/french-lexicon.ts';
import { plainWordSpaces } from '../src/layout/word-spaces.ts';
import { closeSpacesBeforePoints } from '../src/layout/spaces-before-points.ts';
import { closeSpacedLineEndHyphens } from '../src/layout/spaced-line-end-hyphens.ts';
import { joinKernedWordSpaces, spacedAtSyllables } from '../src/layout/kerned-word-spaces.ts';
import { splitGluedNumberWords } from '../src/layout/glued-number-words.ts';
import { restoreTypedApostrophes } from '../src/layout/typed-apostrophes.ts';
import { joinSoftHyphenLines } from '../src/layout/soft-hyphen-lines.ts';
import { readDrawnFrames } from '../src/layout/drawn-frames.ts';
import { keepDrawnSoftHyphens } from '../src/layout/drawn-soft-hyphens.ts';
import { normalizeHyphenCharacters } from '../src/layout/hyphen-characters.ts';
import { detectLayoutKind } from '../src/layout/detect-layout.ts';
import { createDocumentEvidence } from '../src/layout/join-lines.ts';
import { readPageLines } from '../src/layout/page-layout.ts';
import { joinWordPerLineRuns } from '../src/layout/word-per-line-runs.ts';
import { normalizeOcr } from '../src/layout/ocr-normalize.ts';
import { linesWithSpacingToDo, normalizeSpacing, restoreFrenchSpacing } from '../src/layout/normalize-spacing.ts';
import { spaceGluedFigures } from '../src/layout/glued-figures.ts';
import { closeStretchedCompoundHyphens } from '../src/layout/stretched-compound-hyphens.ts';
import { joinSplitWords } from '../src/layout/split-words.ts';
import { removePageFurniture } from '../src/layout/page-furniture.ts';
import { estimateColumnWidth } from '../src/layout/paragraph-ends.ts';
import { restoreRemovedHyphens } from '../src/layout/restore-removed-hyphens.ts';
import type { HyphenContext } from '../src/layout/decide-line-end-hyphen.ts';
import type { PageLine } from '../src/layout/page-line.ts';
import { buildCorpus, buildFrom, readPages, option } from './structure.bench.ts';

const corpusName = process.argv.includes('print') ? 'print' : 'pages';
const rounds = option('--rounds', 3);
const corpus = corpusName === 'print' ? buildCorpus() : buildFrom(readPages());
const lexicon = getFrenchLexicon();

interface Tally {
  cpu: number;
  unchanged: number;
  texts: number;
}
const tallies = new Map<string, Tally>();

/** Runs one step, charges its CPU time to `name`, and counts whether it changed its input. */
function step<T>(name: string, run: () => T, same: (output: T) => boolean): T {
  const started = process.cpuUsage();
  const output = run();
  const used = process.cpuUsage(started);
  const tally = tallies.get(name) ?? { cpu: 0, unchanged: 0, texts: 0 };
  tally.cpu += (used.user + used.system) / 1000;
  tally.texts += 1;
  if (same(output)) tally.unchanged += 1;
  tallies.set(name, tally);
  return output;
}

const sameLines = (before: readonly PageLine[]) => (after: { lines: readonly PageLine[] }): boolean =>
  after.lines.length === before.length && after.lines.every((line, index) => line.content === before[index]?.content);

function chain(text: string): void {
  const wordSpaces = step('plainWordSpaces', () => plainWordSpaces(text), (out) => out.text === text);
  const points = step('closeSpacesBeforePoints', () => closeSpacesBeforePoints(wordSpaces.text), (out) => out.text === wordSpaces.text);
  const endHyphens = step('closeSpacedLineEndHyphens', () => closeSpacedLineEndHyphens(points.text, (spaced) => spacedAtSyllables(spaced, lexicon)), (out) => out.text === points.text);
  const softLines = step('joinSoftHyphenLines', () => joinSoftHyphenLines(endHyphens.text), (out) => out.text === endHyphens.text);
  const frames = step('readDrawnFrames', () => readDrawnFrames(softLines.text), (out) => out.text === softLines.text);
  const drawn = step('keepDrawnSoftHyphens', () => keepDrawnSoftHyphens(frames.text, lexicon), (out) => out.text === frames.text);
  const hyphens = step('normalizeHyphenCharacters', () => normalizeHyphenCharacters(drawn.text), (out) => out.text === drawn.text);
  const apostrophes = step('restoreTypedApostrophes', () => restoreTypedApostrophes(hyphens.text), (out) => out.text === hyphens.text);
  const kerned = step('joinKernedWordSpaces', () => joinKernedWordSpaces(apostrophes.text, lexicon), (out) => out.text === apostrophes.text);
  const numbers = step('splitGluedNumberWords', () => splitGluedNumberWords(kerned.text, lexicon), (out) => out.text === kerned.text);
  const clean = numbers.text;
  step('detectLayoutKind', () => detectLayoutKind(clean), () => true);
  const context: HyphenContext = {
    lexicon,
    document: step('createDocumentEvidence', () => createDocumentEvidence(clean), () => true),
    typesetHyphenLines: hyphens.typesetHyphenLines,
    underPictures: frames.underPictures,
  };
  const read = step('readPageLines', () => readPageLines(clean), () => false);
  const runs = step('joinWordPerLineRuns', () => joinWordPerLineRuns(read.lines), sameLines(read.lines));
  const ocr = step('normalizeOcr', () => normalizeOcr(runs.lines, lexicon), sameLines(runs.lines));
  const spaced = step(
    'linesWithSpacingToDo + normalizeSpacing',
    () => {
      const toDo = linesWithSpacingToDo(clean);
      return { lines: ocr.lines.map((line) => (toDo.has(line.number - 1) ? { ...line, content: normalizeSpacing(line.content, line.number).content } : line)) };
    },
    sameLines(ocr.lines),
  );
  const french = step('restoreFrenchSpacing', () => restoreFrenchSpacing(spaced.lines, lexicon), sameLines(spaced.lines));
  const figures = step('spaceGluedFigures', () => spaceGluedFigures(french.lines, lexicon), sameLines(french.lines));
  const compounds = step('closeStretchedCompoundHyphens', () => closeStretchedCompoundHyphens(figures.lines, context), sameLines(figures.lines));
  const words = step('joinSplitWords', () => joinSplitWords(compounds.lines, context), sameLines(compounds.lines));
  const furniture = step('removePageFurniture', () => removePageFurniture(words.lines, context.underPictures), sameLines(words.lines));
  if (furniture.lines.length === 0) return;
  const width = step('estimateColumnWidth', () => estimateColumnWidth(furniture.lines), () => true);
  step('restoreRemovedHyphens', () => restoreRemovedHyphens(furniture.lines, width, context), sameLines(furniture.lines));
}

// Warm up, then the whole stage's CPU for scale, then the steps.
for (const text of corpus) chain(text);
tallies.clear();
const started = process.cpuUsage();
for (let round = 0; round < rounds; round += 1) for (const text of corpus) structureText(text, { fileName: 'bench.txt', checkLanguage: false });
const used = process.cpuUsage(started);
const stage = (used.user + used.system) / 1000 / rounds;
for (let round = 0; round < rounds; round += 1) for (const text of corpus) chain(text);

console.log(`## structure steps alone: ${corpusName === 'print' ? 'seed print layout' : 'extracted pages'}, ${corpus.length} texts, ${rounds} rounds`);
console.log(`\nthe whole stage (structureText): ${stage.toFixed(0)} ms of CPU a round\n`);
console.log('| step | ms of CPU a round | of the stage | texts it left unchanged |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, tally] of tallies) {
  const cpu = tally.cpu / rounds;
  const unchanged = name === 'readPageLines' || name === 'detectLayoutKind' || name === 'createDocumentEvidence' || name === 'estimateColumnWidth' ? '(reads)' : `${((100 * tally.unchanged) / tally.texts).toFixed(0)}%`;
  console.log(`| ${name} | ${cpu.toFixed(1)} | ${((100 * cpu) / stage).toFixed(1)}% | ${unchanged} |`);
}
