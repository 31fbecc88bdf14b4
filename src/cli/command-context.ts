/**
 * What every command's action receives from `main.ts`: where to write, the environment, the
 * dependencies a test injects, and how to set the exit code. Types only, so that `main.ts`
 * and the command modules share them without loading each other.
 */
import type { Config } from '../config/types.ts';
import type { ProviderStatus } from './provider-status.ts';
import type { TextOutput } from './progress-reporter.ts';

/** The two pipeline entry points the commands call. */
export interface PipelineApi {
  structureFile: typeof import('../pipeline.ts').structureFile;
  build: typeof import('../pipeline.ts').build;
}

/** Where signals come from and how the process ends at once; `process` by default. */
export interface SignalSource {
  on(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  off(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  exit(code: number): void;
}

export interface CliDependencies {
  /** @default the real pipeline, loaded when a command needs it */
  pipeline?: PipelineApi;
  /** @default process.stdout */
  stdout?: TextOutput;
  /** @default process.stderr */
  stderr?: TextOutput;
  /** Whether stderr is a terminal (live progress). @default stderr.isTTY */
  isTTY?: boolean;
  /** Environment for secrets. @default process.env */
  env?: NodeJS.ProcessEnv;
  /** @default process */
  signals?: SignalSource;
  /** Folder output paths are shown relative to. @default process.cwd() */
  cwd?: string;
  /** @default providerStatuses */
  providerStatuses?: (config: Config, env: NodeJS.ProcessEnv) => Promise<ProviderStatus[]>;
}

/** The flags every command accepts. */
export interface GlobalOptions {
  json?: boolean;
  quiet?: boolean;
  debug?: boolean;
}

/** The flags of the commands that read the configuration (`addConfigOptions` in `main.ts`). */
export interface ConfigFlags {
  config?: string;
  provider?: string;
  concurrency?: string;
  requestsPerMinute?: string;
  charactersPerMinute?: string;
  maxAttempts?: string;
  maxCost?: string;
  cachePath?: string;
  cache?: boolean;
  out?: string;
  format?: string;
  glossary?: string;
  strict?: boolean;
  set?: string[];
}

export interface CommandContext {
  stdout: TextOutput;
  stderr: TextOutput;
  env: NodeJS.ProcessEnv;
  dependencies: CliDependencies;
  setExitCode(code: number): void;
}
