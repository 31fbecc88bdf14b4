import { describe, expect, it } from 'vitest';
import { readStage, type CpuProfile } from '../../bench/cpu-profile-steps.ts';

const node = (id: number, functionName: string, url: string, children: number[] = []) => ({ id, callFrame: { functionName, url }, children });

/**
 * A hand-made profile: the stage called from two places, one of them calling it again inside
 * (recursion counted once), the same step under two callers, and the collector's samples.
 */
const PROFILE: CpuProfile = {
  nodes: [
    node(1, '(root)', '', [2, 9]),
    node(2, 'run', 'file:///bench/x.ts', [3, 7]),
    node(3, 'stage', 'file:///src/stage.ts', [4, 6]),
    node(4, 'wrapper', 'file:///src/stage.ts', [5]),
    node(5, 'words', 'file:///src/words.ts'),
    node(6, 'sentences', 'file:///src/sentences.ts'),
    node(7, 'stage', 'file:///src/stage.ts', [10]),
    node(10, 'words', 'file:///src/words.ts', [11]),
    node(11, 'stage', 'file:///src/stage.ts'),
    node(9, '(garbage collector)', ''),
  ],
  samples: [5, 5, 5, 6, 4, 3, 10, 11, 9, 2],
};

describe('readStage', () => {
  it('counts the samples under the stage once, recursion included, and the collector apart', () => {
    const reading = readStage(PROFILE, 'stage', 2);
    expect(reading.samples).toBe(10);
    expect(reading.stage).toBe(8);
    expect(reading.collector).toBe(1);
    expect(reading.root.samples).toBe(8);
    expect(reading.root.own).toBe(1);
  });

  it('merges a step over the calls of its caller, heaviest first, and reads the steps under it', () => {
    const reading = readStage(PROFILE, 'stage', 2);
    expect(reading.root.steps.map((step) => [step.name, step.samples])).toEqual([
      ['wrapper stage.ts', 4],
      ['words words.ts', 2],
      ['sentences sentences.ts', 1],
    ]);
    expect(reading.root.steps[0]?.steps.map((step) => [step.name, step.samples, step.own])).toEqual([['words words.ts', 3, 3]]);
  });

  it('stops at the depth asked, unless a step wraps most of the stage', () => {
    expect(readStage(PROFILE, 'stage', 1).root.steps[0]?.steps).toEqual([]);
    // Half the stage or more makes `wrapper` a wrapper at this share: it costs no level.
    expect(readStage(PROFILE, 'stage', 1, 0.5).root.steps[0]?.steps.map((step) => step.name)).toEqual(['words words.ts']);
  });

  it('lists own samples by function and by module, heaviest first', () => {
    const reading = readStage(PROFILE, 'stage', 2);
    expect(reading.byFunction).toEqual([
      ['words words.ts', 4],
      ['stage stage.ts', 2],
      ['wrapper stage.ts', 1],
      ['sentences sentences.ts', 1],
    ]);
    expect(reading.byModule).toEqual([
      ['words.ts', 4],
      ['stage.ts', 3],
      ['sentences.ts', 1],
    ]);
  });
});
