/**
 * How soon V8 optimises a function in a `bilingual build`: later than its default.
 *
 * V8 compiles a function with its optimising compiler (TurboFan, on threads of its own) once the
 * function has used up an "interrupt budget" of bytecode run (66 KB by default in Node 20's V8).
 * A build of 120 articles spent about 0.8 s of CPU on those threads, mostly TurboFan compiling
 * functions (QA checks, renderers, the provider's editing) that then ran a few more
 * milliseconds, against the main thread's 1.3 s; on two cores that the engine's programs
 * already fill, that CPU is taken from the engine. With a budget of 1,000,000 the functions that
 * are really hot are still optimised, a little later, and the rest run in V8's baseline code:
 * the Node process's CPU over that build fell by about a fifth (user 1.9-2.0 s to 1.4-1.5 s,
 * the main thread's own 1.34-1.37 s to 1.40-1.46 s; docs/benchmarks.md, session 29). The
 * output is the same: only when code is optimised changes.
 *
 * Regular expressions, the same way: by default V8 compiles one to its bytecode at its first run
 * and again to machine code at its second (`--regexp-tier-up`, after one tick), each time parsing
 * it again and building every `\p{…}` class from ICU's tables. Nearly every one of the build's
 * ~400 expressions runs more than once, so it was compiled twice: with `--no-regexp-tier-up` it
 * is compiled once, to machine code. Regular-expression compilation was about a sixth of the
 * main thread's CPU in a build of the bench's 120 articles (`perf`, CPU-clock samples), and the
 * process's user CPU fell by about 5% with the flag (docs/benchmarks.md, session 44). The same
 * matches: only how an expression is run changes.
 *
 * Only for `build`: `segment` of the seed, a 0.2 s process whose layout passes are hot from the
 * start, took 3% more CPU with it (197.5 against 191.2 ms, medians of 25 alternated runs), and
 * the long-lived `worker` wants V8's own tiering. Only for Node 20's V8 (11.x), where it was
 * measured: a later V8 has other tiers (Maglev on by default) and may name its flags otherwise,
 * and V8 prints an unknown flag's name on stdout, which a `--json` run must not get.
 */

/** The interrupt budget, in bytes of bytecode, for a build. */
export const BUILD_INTERRUPT_BUDGET = 1_000_000;

/** The V8 flags of a build: the interrupt budget, and regular expressions compiled once, to machine code. */
export const BUILD_FLAGS = `--interrupt-budget=${BUILD_INTERRUPT_BUDGET} --no-regexp-tier-up`;

/** The commands it is set for. */
const DELAYED_COMMANDS = new Set(['build']);

/**
 * The V8 flags to set for a command line (`argv` without node and the script), or undefined to
 * leave V8 as it is: the command is the first argument that is not an option (the global
 * options take no value), and `v8Version` is `process.versions.v8`.
 *
 * @example
 * tierUpFlags(['--json', 'build', 'articles/'], '11.3.244.8-node.33') // '--interrupt-budget=1000000 --no-regexp-tier-up'
 * tierUpFlags(['segment', 'a.txt'], '11.3.244.8-node.33') // undefined
 */
export function tierUpFlags(argv: readonly string[], v8Version: string): string | undefined {
  if (!v8Version.startsWith('11.')) return undefined;
  const command = argv.find((argument) => !argument.startsWith('-'));
  return command !== undefined && DELAYED_COMMANDS.has(command) ? BUILD_FLAGS : undefined;
}
