/**
 * Preloaded into a build by `bench/offline-build-timeline.ts` (`node --require`), never by the
 * command itself: notes, with the time and the process's CPU so far, each spawn and `execFile`
 * (the engine's shells, `dpkg-query`), each write into a spawned program and each answer read
 * back, each script read through the code cache, each progress line on stderr, the first line
 * on stdout and the `exit` event; written as tab-separated lines to `$BILINGUAL_TRACE_OUT` at
 * exit. It changes no V8 flag, so the command's code caches are used as in a user's run.
 */
'use strict';
const childProcess = require('node:child_process');
const fs = require('node:fs');
const util = require('node:util');
const { performance } = require('node:perf_hooks');

const out = process.env.BILINGUAL_TRACE_OUT;
if (out) {
  /** [epoch milliseconds, CPU milliseconds of the process so far, what] */
  const events = [];
  const now = () => performance.timeOrigin + performance.now();
  const cpu = () => {
    const usage = process.cpuUsage();
    return Math.round((usage.user + usage.system) / 1000);
  };
  const note = (what) => events.push([now(), cpu(), what.replace(/\s+/g, ' ').slice(0, 100)]);
  events.push([performance.timeOrigin, 0, 'process start']);
  note('preload');

  let children = 0;
  const watch = (child, id) => {
    if (child.stdin) {
      const write = child.stdin.write;
      child.stdin.write = function (data) {
        note(`write#${id} ${data.length}`);
        return write.apply(this, arguments);
      };
    }
    child.stdout?.on('data', (data) => note(`read#${id} ${data.length}`));
    child.on('exit', () => note(`exit#${id}`));
  };
  const spawn = childProcess.spawn;
  childProcess.spawn = function (command, args) {
    const id = children++;
    note(`spawn#${id} ${command} ${Array.isArray(args) ? args.join(' ') : ''}`);
    const child = spawn.apply(this, arguments);
    note(`spawned#${id}`);
    watch(child, id);
    return child;
  };
  const execFile = childProcess.execFile;
  const execFilePromised = execFile[util.promisify.custom];
  childProcess.execFile = function (file, args) {
    const id = children++;
    note(`execFile#${id} ${file} ${Array.isArray(args) ? args.join(' ') : ''}`);
    const child = execFile.apply(this, arguments);
    child.on('exit', () => note(`exit#${id}`));
    return child;
  };
  childProcess.execFile[util.promisify.custom] = function (file, args) {
    const id = children++;
    note(`execFile#${id} ${file} ${Array.isArray(args) ? args.join(' ') : ''}`);
    const promise = execFilePromised.apply(this, arguments);
    promise.child.on('exit', () => note(`exit#${id}`));
    return promise;
  };
  const readFileSync = fs.readFileSync;
  fs.readFileSync = function (file) {
    const result = readFileSync.apply(this, arguments);
    if (typeof file === 'string' && /\.cjs$/.test(file)) note(`script ${file.replace(/^.*[\\/]/, '')}`);
    return result;
  };
  const writeError = process.stderr.write;
  process.stderr.write = function (data) {
    note(`stderr ${String(data).trimEnd()}`);
    return writeError.apply(this, arguments);
  };
  const writeOut = process.stdout.write;
  let first = true;
  process.stdout.write = function () {
    if (first) note('stdout first');
    first = false;
    return writeOut.apply(this, arguments);
  };
  process.on('exit', () => {
    note('exit');
    fs.writeFileSync(out, events.map(([time, used, what]) => `${time.toFixed(1)}\t${used}\t${what}`).join('\n') + '\n');
  });
}
