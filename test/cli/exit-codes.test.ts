/**
 * The exit codes are a promise to scripts: the README's table, the `--help` text and
 * `src/cli/exit-codes.ts` must list the same codes, and each error code maps where the table says.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode, exitCodeFor, exitCodeForFailures } from '../../src/cli/exit-codes.ts';
import { main } from '../../src/cli/main.ts';
import { ApiCallError, BilingualError, RetryError } from '../../src/errors.ts';
import { REPOSITORY_ROOT } from '../support/run-cli.ts';

async function readmeExitCodes(): Promise<Map<number, string>> {
  const readme = await readFile(join(REPOSITORY_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Exit codes'));
  const table = section.slice(0, section.indexOf('\n## ') === -1 ? undefined : section.indexOf('\n## '));
  const rows = new Map<number, string>();
  for (const match of table.matchAll(/^\| (\d+) \| (.+) \|$/gm)) rows.set(Number(match[1]), match[2]!);
  return rows;
}

describe('exit codes', () => {
  it('the README lists exactly the codes of exit-codes.ts, and --help too', async () => {
    const documented = await readmeExitCodes();
    const codes = Object.values(ExitCode).sort((a, b) => a - b);
    expect([...documented.keys()].sort((a, b) => a - b)).toEqual(codes);
    expect(documented.get(ExitCode.usage)).toMatch(/usage|configuration/);
    expect(documented.get(ExitCode.unavailable)).toMatch(/credentials|not installed/);
    expect(documented.get(ExitCode.interrupted)).toMatch(/interrupted/i);

    let help = '';
    const code = await main(['--help'], { stdout: { write: (text: string) => ((help += text), true) } as never, stderr: { write: () => true } as never });
    expect(code).toBe(0);
    const helpCodes = [...help.slice(help.indexOf('Exit codes:')).matchAll(/^\s+(\d+)\s{2,}\S/gm)].map((match) => Number(match[1]));
    expect(helpCodes).toEqual(codes);
  });

  it('maps each kind of failure to the code the table gives it', () => {
    expect(exitCodeFor(new BilingualError('CONFIG_INVALID', 'x'))).toBe(ExitCode.usage);
    expect(exitCodeFor(new BilingualError('MISSING_CREDENTIALS', 'x'))).toBe(ExitCode.unavailable);
    expect(exitCodeFor(new BilingualError('ENGINE_NOT_INSTALLED', 'x'))).toBe(ExitCode.unavailable);
    expect(exitCodeFor(new BilingualError('INTERRUPTED', 'x'))).toBe(ExitCode.interrupted);
    expect(exitCodeFor(new Error('unexpected'))).toBe(ExitCode.articlesFailed);

    expect(exitCodeForFailures([])).toBe(ExitCode.ok);
    const refusedKey = new ApiCallError('key rejected', { code: 'MISSING_CREDENTIALS', statusCode: 400, retryable: false });
    const notRetried = new RetryError('failed', { reason: 'errorNotRetryable', errors: [refusedKey], segmentIds: ['p1.s1'] });
    expect(exitCodeForFailures([notRetried, refusedKey])).toBe(ExitCode.unavailable);
    const quota = new ApiCallError('quota', { code: 'PROVIDER_QUOTA', statusCode: 403, reason: 'userRateLimitExceeded' });
    const exhausted = new RetryError('gave up', { reason: 'maxAttemptsExceeded', errors: [quota], segmentIds: ['p1.s1'] });
    expect(exitCodeForFailures([exhausted])).toBe(ExitCode.articlesFailed);
    expect(exitCodeForFailures([notRetried, new BilingualError('INPUT_NOT_FRENCH', 'x')])).toBe(ExitCode.articlesFailed);
  });
});
