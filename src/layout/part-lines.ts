/**
 * The loop two cleaning steps share (`glued-number-words.ts`, `glued-capital-words.ts`): each
 * line of a text parted where a word was glued to the next, and each line changed recorded as a
 * `space-inserted` repair with the step's reason and evidence.
 */
import type { Repair } from '../types.ts';

export interface PartedLines {
  text: string;
  repairs: Repair[];
}

/** Why the lines were parted, as every repair of the step says it. */
export interface PartingReason {
  reason: string;
  evidence: string;
}

/**
 * `text` with each line replaced by `part(line)`: a repair per line that changed, and the text
 * itself (the same string) when none did.
 */
export function partLines(text: string, part: (line: string) => string, why: PartingReason): PartedLines {
  const repairs: Repair[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string;
    const parted = part(line);
    if (parted === line) continue;
    lines[index] = parted;
    repairs.push({
      kind: 'space-inserted',
      line: index + 1,
      before: line.trim(),
      after: parted.trim(),
      reason: why.reason,
      evidence: why.evidence,
    });
  }
  return repairs.length === 0 ? { text, repairs } : { text: lines.join('\n'), repairs };
}
