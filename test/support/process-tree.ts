/**
 * The processes a test started, read from Linux's /proc: the offline engine's chains run under a
 * shell that forks their programs itself, so the programs are the test's grandchildren.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** A running process's command name (`/proc/<pid>/comm`), or '' once it has gone. */
export function commandName(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

/** Each running process's parent (zombies left out). */
function parentsOfRunning(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name, which sits in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] !== 'Z') parents.set(Number(entry), Number(fields[1]));
    } catch {
      // the process ended while we looked
    }
  }
  return parents;
}

/**
 * Ids of the running processes under this one, at any depth, sorted; with `programsOnly`, the
 * shells that start the engine's chains (`sh`, their `{ …; }` groups) are left out, and so is a
 * child caught between its fork and its exec, which still bears this process's name (on a loaded
 * machine a spawn can be seen there, and counted as one more program than the chain has).
 */
export function descendantProcessIds(options: { programsOnly?: boolean } = {}): number[] {
  const parents = parentsOfRunning();
  const own = options.programsOnly ? commandName(process.pid) : '';
  const descends = (pid: number): boolean => {
    for (let parent = parents.get(pid), steps = 0; parent !== undefined && steps < 8; parent = parents.get(parent), steps++) {
      if (parent === process.pid) return true;
    }
    return false;
  };
  return [...parents.keys()]
    .filter((pid) => descends(pid) && !(options.programsOnly && (commandName(pid) === 'sh' || commandName(pid) === own)))
    .sort((a, b) => a - b);
}

/** The shells this process spawned itself that are still running. */
export function shellChildren(): number[] {
  return [...parentsOfRunning()].filter(([pid, parent]) => parent === process.pid && commandName(pid) === 'sh').map(([pid]) => pid);
}
