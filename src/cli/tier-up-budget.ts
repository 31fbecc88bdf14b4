/**
 * How soon V8 optimises a function in this process: later than its default for every command
 * but the long-lived `worker`.
 *
 * V8 compiles a function with its optimising compiler (TurboFan, on threads of its own) once the
 * function has used up an "interrupt budget" of bytecode run (66 KB by default in Node 20's V8).
 * A command lives a few seconds: a build of 120 articles spent about 0.8 s of CPU on those
 * threads, mostly TurboFan compiling functions that then ran a few more milliseconds, against
 * the main thread's 1.3 s; on two cores that the engine's programs already fill, that CPU is
 * taken from the engine. With a budget of 1,000,000 the functions that are really hot (a layout
 * pass over every line, the QA's per-sentence checks) are still optimised, a little later, and
 * the rest run in V8's baseline code: the Node process's CPU over that build fell by about a
 * fifth (user 1.8–2.2 s to 1.4–1.6 s, the main thread's own 1.25–1.35 s to 1.37–1.42 s;
 * docs/benchmarks.md, session 29). The output is the same: only when code is optimised changes.
 *
 * Only for Node 20's V8 (11.x), where it was measured: a later V8 has other tiers (Maglev on by
 * default) and may name its flags otherwise, and V8 prints an unknown flag's name on stdout,
 * which a `--json` run must not get.
 */

/** The interrupt budget, in bytes of bytecode, for a short-lived command. */
export const SHORT_COMMAND_INTERRUPT_BUDGET = 1_000_000;

/** Commands that run until stopped, for which V8's default tiering is the right one. */
const LONG_LIVED_COMMANDS = new Set(['worker']);

/**
 * The V8 flags to set for a command line (`argv` without node and the script), or undefined to
 * leave V8 as it is: the command is the first argument that is not an option (the global
 * options take no value), and `v8Version` is `process.versions.v8`.
 *
 * @example
 * tierUpFlags(['build', 'articles/'], '11.3.244.8-node.33') // '--interrupt-budget=1000000'
 * tierUpFlags(['--json', 'worker'], '11.3.244.8-node.33') // undefined
 */
export function tierUpFlags(argv: readonly string[], v8Version: string): string | undefined {
  if (!v8Version.startsWith('11.')) return undefined;
  const command = argv.find((argument) => !argument.startsWith('-'));
  if (command !== undefined && LONG_LIVED_COMMANDS.has(command)) return undefined;
  return `--interrupt-budget=${SHORT_COMMAND_INTERRUPT_BUDGET}`;
}
