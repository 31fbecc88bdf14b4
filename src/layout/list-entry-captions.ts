/**
 * A list of short entries, one sentence each, is no row of pictures' captions.
 *
 * Body-captions.ts reads a sentence alone between two sentence boundaries as a picture's
 * description when it names what it shows and where (`Rue des Barthes, en aval du pont.`), and
 * right under such a caption it asks for less. A list set in the body (the streets a plan
 * classes, the places a storm hit, the shops that open on Sunday) is just that: line after line,
 * a noun phrase and its complement, each closed by its full stop. Read one by one, its entries
 * pass; read together, they are more than a page has pictures. The evidence is the run: entries
 * of one sentence over one or two lines, one right after the other (each opening where the one
 * before ended a sentence), at least `LIST_ENTRIES` of them, among which at least
 * `LIST_DESCRIPTIONS` were read as pictures' descriptions. A page sets one to three pictures,
 * and their captions side by side are two or three; a longer row of descriptions with no line of
 * prose between them is a list. The descriptions in it are given back to the body, each with a
 * warning; captions read on other evidence (a credit, a wider measure, blank lines) stay.
 */
import type { Warning } from '../types.ts';
import type { CaptionRun } from './body-captions.ts';
import { endsSentence, startsLikeSentence } from './layout-block.ts';
import type { PageLine } from './page-line.ts';

/** Fewest entries in a row for a list. @default 5 */
const LIST_ENTRIES = 5;
/** Fewest of them read as pictures' descriptions for the run to be questioned. @default 4 */
const LIST_DESCRIPTIONS = 4;
/** Most lines of one entry (a street and its stretch may wrap in a narrow column). @default 2 */
const ENTRY_LINES = 2;
/** Most characters of one entry: a list's entry is short, a paragraph's sentence may not be. @default 140 */
const ENTRY_LENGTH = 140;

/** A sentence end followed by another sentence, titles and initials aside (as body-captions.ts reads two sentences). */
const TWO_SENTENCES = /(?<!\b(?:M|MM|Mme|Mmes|Dr|Pr|Me|\p{Lu}))[.!?…] +\p{Lu}/u;

/** The end (exclusive) of the one-sentence entry opening at `start`, or undefined when none opens there. */
function entryEnd(lines: readonly PageLine[], start: number): number | undefined {
  const first = lines[start] as PageLine;
  if (first.pageBreakBefore || !startsLikeSentence(first.content)) return undefined;
  let text = '';
  for (let end = start + 1; end <= Math.min(lines.length, start + ENTRY_LINES); end += 1) {
    const line = lines[end - 1] as PageLine;
    text = text === '' ? line.content : `${text} ${line.content}`;
    if (text.length > ENTRY_LENGTH || (end > start + 1 && line.pageBreakBefore)) return undefined;
    if (!endsSentence(line.content)) continue;
    if (TWO_SENTENCES.test(text)) return undefined;
    const after = lines[end];
    return after === undefined || startsLikeSentence(after.content) ? end : undefined;
  }
  return undefined;
}

/**
 * The runs of entries in a row (`[start, end)` of lines), `LIST_ENTRIES` or more each. An entry
 * opens only right after a line ending a sentence (or at the body's start), so a walk from each
 * such line reads every line once or twice.
 */
export function listEntryRuns(lines: readonly PageLine[]): Array<{ start: number; end: number; entries: number }> {
  const runs: Array<{ start: number; end: number; entries: number }> = [];
  let index = 0;
  while (index < lines.length) {
    const before = lines[index - 1];
    if (before !== undefined && !endsSentence(before.content)) {
      index += 1;
      continue;
    }
    let end = index;
    let entries = 0;
    for (;;) {
      const next = end < lines.length ? entryEnd(lines, end) : undefined;
      if (next === undefined) break;
      end = next;
      entries += 1;
    }
    if (entries >= LIST_ENTRIES) runs.push({ start: index, end, entries });
    index = Math.max(end, index + 1);
  }
  return runs;
}

/**
 * Gives back to the body the captions read as pictures' descriptions (`picture-description`) that
 * stand in a list's run of entries, when the run holds `LIST_DESCRIPTIONS` of them or more; each
 * caption's warning becomes one saying why it was kept in the body.
 */
export function dropListedDescriptions(captions: CaptionRun[], warnings: Warning[], lines: readonly PageLine[]): void {
  // Cheap precondition: most pages have fewer descriptions than a list needs.
  let descriptions = 0;
  for (const caption of captions) if (caption.reason === 'picture-description') descriptions += 1;
  if (descriptions < LIST_DESCRIPTIONS) return;
  const dropped = new Set<CaptionRun>();
  for (const run of listEntryRuns(lines)) {
    const inside = captions.filter((caption) => caption.reason === 'picture-description' && caption.start >= run.start && caption.end <= run.end);
    if (inside.length < LIST_DESCRIPTIONS) continue;
    for (const caption of inside) {
      dropped.add(caption);
      const first = lines[caption.start] as PageLine;
      const at = warnings.findIndex((warning) => warning.rule === 'layout/caption-guess' && warning.line === first.number);
      if (at !== -1) warnings.splice(at, 1);
      warnings.push({
        rule: 'layout/list-entry',
        message: `Kept "${first.content.slice(0, 80)}" in the body, not as a caption: it is one of ${run.entries} one-sentence entries in a row (lines ${(lines[run.start] as PageLine).number}–${(lines[run.end - 1] as PageLine).number}), ${inside.length} of them read as pictures' descriptions, more than a page has pictures.`,
        line: first.number,
      });
    }
  }
  if (dropped.size > 0) captions.splice(0, captions.length, ...captions.filter((caption) => !dropped.has(caption)));
}
