/**
 * A real `redis-server` of a test's own: on a free port, in its own temporary folder, nothing
 * saved to disk, stopped (and its folder removed) by `stop`. It is never skipped: when
 * redis-server is not installed the test fails and says how to install it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RedisServer {
  /** `redis://127.0.0.1:<port>` */
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function startRedisServer(): Promise<RedisServer> {
  const found = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0) {
    throw new Error('redis-server is not installed: the queue tests start their own. Run `npm run setup` (scripts/install-redis.sh) or `apt-get install redis-server`.');
  }
  const folder = await mkdtemp(join(tmpdir(), 'bilingual-redis-'));
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', folder, '--save', '', '--appendonly', 'no', '--logfile', ''], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      await ready(child);
      return {
        url: `redis://127.0.0.1:${port}`,
        port,
        async stop() {
          if (child.exitCode === null && child.signalCode === null) {
            const exited = new Promise((resolve) => child.once('exit', resolve));
            child.kill('SIGTERM');
            await exited;
          }
          await rm(folder, { recursive: true, force: true });
        },
      };
    } catch (error) {
      child.kill('SIGKILL');
      // The free port was taken between looking and listening: try another.
      if (attempt >= 3) {
        await rm(folder, { recursive: true, force: true });
        throw error;
      }
    }
  }
}

/** Waits for "Ready to accept connections", or fails with what the server said. */
function ready(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let said = '';
    const timer = setTimeout(() => reject(new Error(`redis-server did not start within 10 s: ${said}`)), 10_000);
    const listen = (chunk: Buffer) => {
      said += chunk.toString('utf8');
      if (/Ready to accept connections/i.test(said)) {
        clearTimeout(timer);
        child.stdout!.off('data', listen);
        child.stdout!.resume();
        child.stderr!.resume();
        resolve();
      }
    };
    child.stdout!.on('data', listen);
    child.stderr!.on('data', (chunk: Buffer) => (said += chunk.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited (${code}) before it was ready: ${said.trim().split('\n').slice(-3).join(' ')}`));
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
