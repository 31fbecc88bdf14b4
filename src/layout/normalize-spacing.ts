/**
 * Spacing repairs inside one printed line, never changing a word, a quote mark or an
 * apostrophe:
 * - a missing space after `.`, `!`, `?` or `…` before a capital or an opening quote
 *   (`Peskov.«La` → `Peskov. «La`), only after a word of two characters or more, or after
 *   `M.`, `MM.`, `Me`, `Dr`…, so that initials (`J.-P.`, `U.S.A.`) are left alone;
 * - runs of spaces collapse to one.
 *
 * Non-breaking spaces: French typography puts one before `;:!?»` and after `«`. They are
 * kept where the author typed them, as U+00A0 NO-BREAK SPACE: the narrow U+202F and the
 * figure space U+2007 become U+00A0 too, so later stages see one form. Tabs and other
 * Unicode spaces become ordinary spaces.
 */
import type { Repair } from '../types.ts';

export interface NormalizedLine {
  content: string;
  repairs: Repair[];
}

const MISSING_SPACE =
  /(?<=[\p{L}\p{N}][\p{L}\p{N})»”][.!?…]+|(?:^|[\s(«])(?:M|MM|Me|Mgr|Dr|Pr)\.)(?=[«“\p{Lu}])(?!\p{Lu}\.)/gu;

const UNUSUAL_SPACE = /[\t\u2000-\u200A\u202F\u205F\u3000]/u;
/** One scan for anything this function may change; most lines have none. */
const ANYTHING_TO_DO = /[\t\u2000-\u200A\u202F\u205F\u3000]|[ \u00A0]{2}|[.!?…][«“\p{Lu}]/u;
const RUN_OF_SPACES = /[ \u00A0]{2}/u;
const MAYBE_MISSING_SPACE = /[.!?…][«“\p{Lu}]/u;

/**
 * The 0-based numbers of the lines of `text` where `normalizeSpacing` may have something to
 * do: one pass over the whole text instead of a regex call per line. Every line it leaves out
 * would come back unchanged; a line it lists may still need nothing (what it saw may be in
 * whitespace that trimming removes, and any character beyond ASCII after a full stop counts
 * as a capital).
 */
export function linesWithSpacingToDo(text: string): Set<number> {
  const lines = new Set<number>();
  let line = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 10) {
      line += 1;
      continue;
    }
    if (!mayNeedSpacing(code, text.charCodeAt(index + 1))) continue;
    lines.add(line);
    // The rest of this line needs no second look.
    const lineEnd = text.indexOf('\n', index);
    if (lineEnd === -1) break;
    index = lineEnd - 1;
  }
  return lines;
}

/** Whether a character and the next one may match `ANYTHING_TO_DO` there. */
function mayNeedSpacing(code: number, next: number): boolean {
  if (code === 32 || code === 0xa0) return next === 32 || next === 0xa0;
  if (code === 46 || code === 33 || code === 63 || code === 0x2026) {
    return (next >= 65 && next <= 90) || next >= 128;
  }
  return code === 9 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000;
}

export function normalizeSpacing(content: string, lineNumber: number): NormalizedLine {
  if (!ANYTHING_TO_DO.test(content)) return { content, repairs: [] };
  const repairs: Repair[] = [];
  // Most lines need nothing: cheap tests first, the look-behind only where it may match.
  let text = UNUSUAL_SPACE.test(content)
    ? content.replace(/[\u202F\u2007]/g, '\u00A0').replace(/[\t\u2000-\u2006\u2008-\u200A\u205F\u3000]/g, ' ')
    : content;
  if (!RUN_OF_SPACES.test(text) && !MAYBE_MISSING_SPACE.test(text)) return { content: text, repairs };
  text = text.replace(/[ \u00A0]{2,}/g, (run, offset: number) => {
    repairs.push({
      kind: 'space-collapsed',
      line: lineNumber,
      before: context(text, offset, run.length),
      after: context(text, offset, run.length).replace(run, ' '),
      reason: 'double-space',
    });
    return run.includes('\u00A0') ? '\u00A0' : ' ';
  });
  text = text.replace(MISSING_SPACE, (_empty, offset: number) => {
    const around = context(text, offset, 0);
    repairs.push({
      kind: 'space-inserted',
      line: lineNumber,
      before: around,
      after: `${text.slice(Math.max(0, offset - 8), offset)} ${text.slice(offset, offset + 8)}`.trim(),
      reason: 'missing-space-after-sentence',
    });
    return ' ';
  });
  return { content: text, repairs };
}

function context(text: string, offset: number, length: number): string {
  return text.slice(Math.max(0, offset - 8), offset + length + 8).trim();
}
