/** The queue commands through the real CLI: a Redis that cannot be reached, and a bad --concurrency, are one clear line each. */
import { describe, expect, it } from 'vitest';
import { runCli, STACK_LINE } from '../support/run-cli.ts';

describe('the queue commands', () => {
  it('say in one line that Redis cannot be reached, exit 3, and never show its password', async () => {
    const result = await runCli(['status'], { env: { REDIS_URL: 'redis://worker:s3cret@127.0.0.1:1' } });
    expect(result.code, result.stderr).toBe(3);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^bilingual: Cannot reach Redis at redis:\/\/worker:\*\*\*@127\.0\.0\.1:1/);
    expect(result.stderr).not.toContain('s3cret');
    expect(result.stderr).not.toMatch(STACK_LINE);
  }, 90_000);

  it('refuse a worker concurrency that is not a whole number ≥ 1 (exit 2)', async () => {
    const result = await runCli(['worker', '--concurrency', 'zero']);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/--concurrency: expected a whole number ≥ 1, got "zero"/);
    expect(result.stderr).not.toMatch(STACK_LINE);
  }, 90_000);
});
