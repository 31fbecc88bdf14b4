import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BUILD_INTERRUPT_BUDGET, tierUpFlags } from '../../src/cli/tier-up-budget.ts';

const NODE_20_V8 = '11.3.244.8-node.33';

describe('tierUpFlags', () => {
  it('raises the interrupt budget for a build, whatever global options come first', () => {
    const flag = `--interrupt-budget=${BUILD_INTERRUPT_BUDGET} --no-regexp-tier-up`;
    expect(tierUpFlags(['build', 'articles/', '--no-cache'], NODE_20_V8)).toBe(flag);
    expect(tierUpFlags(['--json', '-q', 'build', 'a.txt'], NODE_20_V8)).toBe(flag);
  });

  it('leaves V8 as it is for every other command, the short segment and the long-lived worker among them', () => {
    expect(tierUpFlags(['segment', 'build.txt'], NODE_20_V8)).toBeUndefined();
    expect(tierUpFlags(['--debug', 'worker', '--config', 'x.yaml'], NODE_20_V8)).toBeUndefined();
    expect(tierUpFlags(['--help'], NODE_20_V8)).toBeUndefined();
    expect(tierUpFlags([], NODE_20_V8)).toBeUndefined();
  });

  it('leaves a V8 other than Node 20’s as it is, its flags unmeasured', () => {
    expect(tierUpFlags(['build', 'articles/'], '12.4.254.21-node.33')).toBeUndefined();
    expect(tierUpFlags(['build', 'articles/'], '13.6.233.10-node.29')).toBeUndefined();
  });

  it('names flags the running V8 knows: setting them prints nothing (V8 reports an unknown flag on stdout)', () => {
    const flags = tierUpFlags(['build'], process.versions.v8);
    if (flags === undefined) return; // not Node 20's V8: nothing is set
    const child = spawnSync(process.execPath, ['-e', `require('node:v8').setFlagsFromString(${JSON.stringify(flags)})`], { encoding: 'utf8' });
    expect(child.status).toBe(0);
    expect(child.stdout + child.stderr).toBe('');
    // Both set: a regular expression run twice is compiled once (to machine code), not twice.
    const traced = spawnSync(
      process.execPath,
      ['-e', `require('node:v8').setFlagsFromString(${JSON.stringify(`${flags} --trace-regexp-tier-up`)}); const r = /a[éè]b/u; r.test('xaéb'); r.test('yaèb');`],
      { encoding: 'utf8' },
    );
    expect(traced.stdout).not.toMatch(/bytecode size/);
    expect(traced.stdout).toMatch(/native code size/);
  });
});
