/**
 * CPU time of every process under this one (workers, their Apertium programs, redis-server)
 * during a stretch of a bench, read from `/proc/<pid>/stat` (user + system time, in clock
 * ticks) every `intervalMs`. A process's time is counted from the first sample (or from 0 when
 * it started later) to the last sample that saw it, so one that ends loses at most its last
 * `intervalMs`. Linux only; elsewhere it reports nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of `/proc/<pid>/stat` (USER_HZ), 100 on Linux. */
const TICKS_PER_SECOND = 100;

interface Sample {
  ppid: number;
  comm: string;
  ticks: number;
}

export interface ProcessCpu {
  pid: number;
  /** The program's name, as `/proc` gives it (15 characters at most). */
  comm: string;
  /** The worker (a child of this process) it belongs to; its own pid for a worker. */
  worker?: number;
  cpuMs: number;
}

function readAll(): Map<number, Sample> {
  const samples = new Map<number, Sample>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return samples;
  }
  for (const name of pids) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // comm is in parentheses and may hold spaces: the fields after it are counted from its end.
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' ');
      samples.set(Number(name), { comm, ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // ended between the listing and the read
    }
  }
  return samples;
}

/** Starts sampling; `stop` gives each descendant process's CPU time since the start. */
export function sampleProcessCpu(intervalMs = 100): { stop(): ProcessCpu[] } {
  const root = process.pid;
  const first = readAll();
  const last = new Map<number, Sample>();
  const parents = new Map<number, number>();
  const take = () => {
    for (const [pid, sample] of readAll()) {
      parents.set(pid, sample.ppid);
      last.set(pid, sample);
    }
  };
  take();
  const timer = setInterval(take, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      take();
      const lineage = (pid: number): number[] => {
        const chain: number[] = [];
        for (let current = pid; current > 1 && chain.length < 64; current = parents.get(current) ?? 0) chain.push(current);
        return chain;
      };
      const measured: ProcessCpu[] = [];
      for (const [pid, sample] of last) {
        const chain = lineage(pid);
        const rootIndex = chain.indexOf(root);
        if (rootIndex <= 0) continue; // not ours, or this process itself
        const before = first.get(pid)?.comm === sample.comm ? first.get(pid)!.ticks : 0;
        const cpuMs = ((sample.ticks - before) * 1000) / TICKS_PER_SECOND;
        measured.push({ pid, comm: sample.comm, worker: chain[rootIndex - 1], cpuMs });
      }
      return measured;
    },
  };
}
