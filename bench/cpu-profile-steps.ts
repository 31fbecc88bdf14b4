/**
 * Reads a V8 CPU profile (`.cpuprofile`, as `node --cpu-prof` or the inspector's
 * `Profiler.stop` give it) back as a stage's steps: the samples under every call of one
 * function (the stage), what each function it calls holds with all it calls in turn (merged over
 * every place it was called from, by name and module), and the functions and modules that spend
 * samples in their own code. `bench/profile-structure.ts` prints it for `structureText`.
 */
import { basename } from 'node:path';

export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

export interface CpuProfile {
  nodes: CpuProfileNode[];
  /** The node each sample was taken in, one entry a sample. */
  samples: number[];
}

/** One step: a function by name and module, its samples with what it calls, its own, and its steps. */
export interface Step {
  name: string;
  samples: number;
  own: number;
  steps: Step[];
}

export interface StageReading {
  /** Every sample of the profile. */
  samples: number;
  /** The samples under the stage's outermost calls. */
  stage: number;
  /** The garbage collector's samples (charged to no function). */
  collector: number;
  /** The stage's own samples, and its steps, heaviest first. */
  root: Step;
  /** Own samples by function (name and module) and by module, under the stage, heaviest first. */
  byFunction: Array<[string, number]>;
  byModule: Array<[string, number]>;
}

/** `functionName module`, the module's base name (`(native)` for V8's own code). */
export function stepName(node: CpuProfileNode): string {
  return `${node.callFrame.functionName || '(anonymous)'} ${basename(node.callFrame.url) || '(native)'}`;
}

/**
 * The profile read under the function named `stage` (its outermost calls: a call inside
 * another is counted once), steps down to `depth` levels. A step holding `wrapperShare` of the
 * stage or more wraps the others (`layoutText`, `layoutPage`) and costs no level.
 */
export function readStage(profile: CpuProfile, stage: string, depth: number, wrapperShare = 0.6): StageReading {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const own = new Map<number, number>();
  for (const id of profile.samples) own.set(id, (own.get(id) ?? 0) + 1);
  const inclusive = new Map<number, number>();
  const inclusiveOf = (id: number): number => {
    const known = inclusive.get(id);
    if (known !== undefined) return known;
    let count = own.get(id) ?? 0;
    for (const child of byId.get(id)?.children ?? []) count += inclusiveOf(child);
    inclusive.set(id, count);
    return count;
  };
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const calls = new Set(profile.nodes.filter((node) => node.callFrame.functionName === stage).map((node) => node.id));
  const outermost = [...calls].filter((id) => {
    for (let parent = parents.get(id); parent !== undefined; parent = parents.get(parent)) if (calls.has(parent)) return false;
    return true;
  });
  const total = outermost.reduce((sum, id) => sum + inclusiveOf(id), 0);

  const stepOf = (name: string, ids: readonly number[], levelsUsed: number): Step => {
    const groups = new Map<string, number[]>();
    let ownSamples = 0;
    for (const id of ids) {
      ownSamples += own.get(id) ?? 0;
      for (const child of byId.get(id)?.children ?? []) {
        const childName = stepName(byId.get(child) as CpuProfileNode);
        groups.set(childName, [...(groups.get(childName) ?? []), child]);
      }
    }
    const steps: Step[] = [];
    for (const [childName, children] of groups) {
      const samples = children.reduce((sum, id) => sum + inclusiveOf(id), 0);
      const used = samples >= total * wrapperShare ? levelsUsed : levelsUsed + 1;
      steps.push(used < depth ? stepOf(childName, children, used) : { name: childName, samples, own: children.reduce((sum, id) => sum + (own.get(id) ?? 0), 0), steps: [] });
    }
    steps.sort((first, second) => second.samples - first.samples);
    return { name, samples: ids.reduce((sum, id) => sum + inclusiveOf(id), 0), own: ownSamples, steps };
  };

  const byFunction = new Map<string, number>();
  const byModule = new Map<string, number>();
  const seen = new Set<number>();
  const collect = (id: number): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const node = byId.get(id) as CpuProfileNode;
    const count = own.get(id) ?? 0;
    if (count > 0) {
      const name = stepName(node);
      byFunction.set(name, (byFunction.get(name) ?? 0) + count);
      const module = basename(node.callFrame.url) || node.callFrame.functionName;
      byModule.set(module, (byModule.get(module) ?? 0) + count);
    }
    for (const child of node.children ?? []) collect(child);
  };
  for (const id of outermost) collect(id);
  const sorted = (counts: Map<string, number>): Array<[string, number]> => [...counts].sort((first, second) => second[1] - first[1]);

  return {
    samples: profile.samples.length,
    stage: total,
    collector: profile.nodes.filter((node) => node.callFrame.functionName === '(garbage collector)').reduce((sum, node) => sum + (own.get(node.id) ?? 0), 0),
    root: stepOf(stage, outermost, 0),
    byFunction: sorted(byFunction),
    byModule: sorted(byModule),
  };
}
