/**
 * The structure stage on text extractions the corpus does not commit: every PDF of the print-page
 * corpus (test/fixtures/pages/<split>/<name>/<name>.<typesetting>.pdf) is extracted afresh by
 * other tools people use to get text out of a PDF, and the text structured and scored as
 * `score-structure.ts` scores the committed paths (paragraphs and sentences exact, roles right,
 * words lost and invented, test/support/structure-score.ts). A new user's check: the committed
 * paths are the ones the stage was built on; these are not.
 *
 * Tools, each run only if installed (Debian packages in brackets; neither setup nor CI needs them):
 * - `pdftotext`: poppler's default mode, the committed path, for comparison [poppler-utils];
 * - `mutool`: MuPDF's `mutool draw -F txt` [mupdf-tools];
 * - `pdfminer`: pdfminer.six's `pdf2txt` (its layout analysis' text boxes, a blank line after
 *   each) [python3-pdfminer];
 * - `pymupdf`: PyMuPDF's `page.get_text()`, MuPDF's text again as Python pipelines read it
 *   [python3-fitz; `PYTHON` names the interpreter that has it].
 *
 * Since session 29 the three other tools' texts are committed as extraction paths
 * (test/fixtures/pages/other-extractions.ts, which runs them the same way) and scored by
 * score-structure.ts; this script stays to score a tool's text made afresh (a newer tool).
 *
 * The scorer counts a no-break space (U+00A0, the narrow U+202F, the figure space U+2007) and a
 * space alike by default: the expected texts keep the source's spaces, where a typesetter may have
 * set no-break ones (before `!`, inside `4 500`) that an extraction keeping U+00A0 shows.
 * `--strict-spaces` tells them apart; the difference is how many misses are that alone
 * (`--loose-spaces`, the default now, is still accepted).
 *
 * Usage: node --import tsx scripts/score-extractors.ts [--split <split>[,<split>…]|all]
 *          [--tools pdftotext,mutool,pdfminer,pymupdf] [--strict-spaces] [--verbose]
 * `all` leaves out the session's blind split.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { structureFileBytes } from '../src/structure.ts';
import type { StructuredArticle } from '../src/types.ts';
import { scoreStructure, structureMisses, type ExpectedArticle, type ScoreOptions } from '../test/support/structure-score.ts';
import { OTHER_EXTRACTORS } from '../test/fixtures/pages/other-extractions.ts';

/** Never scored by `all`: the session's blind split (the same as structure-fingerprints.ts's). */
const BLIND = new Set(['held-out-38']);

const TOOLS: Record<string, { command: string; args: (pdf: string) => string[]; probe?: string[] }> = {
  pdftotext: { command: 'pdftotext', args: (pdf) => ['-enc', 'UTF-8', pdf, '-'] },
  ...OTHER_EXTRACTORS,
};

interface Row {
  files: number;
  failed: number;
  paragraphs: [number, number];
  sentences: [number, number];
  roles: [number, number];
  lost: number;
  invented: number;
}

function installed(command: string, probe?: string[]): boolean {
  try {
    if (probe !== undefined) execFileSync(probe[0]!, probe.slice(1), { stdio: 'ignore' });
    else execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const at = argv.indexOf(name);
    return at === -1 ? undefined : argv[at + 1];
  };
  const root = fileURLToPath(new URL('../test/fixtures/pages/', import.meta.url));
  const splitOption = option('--split') ?? 'dev';
  const splits = splitOption === 'all' ? readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory() && !BLIND.has(entry.name)).map((entry) => entry.name).sort() : splitOption.split(',');
  const tools = (option('--tools') ?? 'pdftotext,mutool,pdfminer,pymupdf').split(',');
  const scoring: ScoreOptions = { strictSpaces: argv.includes('--strict-spaces') };
  const verbose = argv.includes('--verbose');
  for (const tool of tools) {
    const spec = TOOLS[tool];
    if (spec === undefined) {
      process.stderr.write(`score-extractors: --tools takes ${Object.keys(TOOLS).join(', ')}, not "${tool}"\n`);
      process.exit(2);
    }
    if (!installed(spec.command, spec.probe)) {
      process.stdout.write(`${tool}: skipped, ${(spec.probe ?? [spec.command]).join(' ')} does not run here\n`);
      continue;
    }
    const row: Row = { files: 0, failed: 0, paragraphs: [0, 0], sentences: [0, 0], roles: [0, 0], lost: 0, invented: 0 };
    for (const split of splits) {
      const splitDirectory = join(root, split);
      if (!existsSync(splitDirectory)) continue;
      for (const article of readdirSync(splitDirectory).sort()) {
        const expectedFile = join(splitDirectory, article, `${article}.expected.json`);
        if (!existsSync(expectedFile)) continue;
        const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as ExpectedArticle;
        for (const pdf of readdirSync(join(splitDirectory, article)).filter((name) => name.endsWith('.pdf')).sort()) {
          const fileName = pdf.replace(/\.pdf$/, `.${tool}.txt`);
          let actual: StructuredArticle;
          try {
            const text = execFileSync(spec.command, spec.args(join(splitDirectory, article, pdf)), { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 });
            actual = await structureFileBytes(new Uint8Array(text), { fileName });
          } catch (error) {
            row.failed += 1;
            if (verbose) process.stdout.write(`\n=== ${split}/${article}/${fileName}: ${String(error).split('\n')[0]}\n`);
            continue;
          }
          const score = scoreStructure(actual, expected, scoring);
          row.files += 1;
          row.paragraphs[0] += score.paragraphs.exact;
          row.paragraphs[1] += score.paragraphs.total;
          row.sentences[0] += score.sentences.exact;
          row.sentences[1] += score.sentences.total;
          row.roles[0] += score.roles.right;
          row.roles[1] += score.roles.total;
          row.lost += score.wordsLost.length;
          row.invented += score.wordsInvented.length;
          if (verbose && score.paragraphs.exact < score.paragraphs.total) {
            const misses = structureMisses(actual, expected, scoring);
            const out = [`\n=== ${split}/${article}/${fileName}: paragraphs ${score.paragraphs.exact}/${score.paragraphs.total}, roles ${score.roles.right}/${score.roles.total}`];
            for (const miss of misses.paragraphs) out.push(`  paragraph\n    expected: ${miss.expected}\n    closest:  ${miss.closest ?? '(none)'}`);
            for (const miss of misses.roles) out.push(`  role ${miss.expected} → ${miss.actual ?? '(no block)'}: ${miss.text.slice(0, 100)}`);
            process.stdout.write(out.join('\n') + '\n');
          }
        }
      }
    }
    const percent = ([part, whole]: [number, number]): string => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`);
    process.stdout.write(
      `${tool.padEnd(10)} files ${row.files} (failed ${row.failed})  paragraphs ${percent(row.paragraphs)}  sentences ${percent(row.sentences)}  roles ${percent(row.roles)}  lost ${row.lost}  invented ${row.invented}\n`,
    );
  }
}

await main();
