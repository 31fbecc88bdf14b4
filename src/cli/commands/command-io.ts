import type { Config } from '../../config/types.ts';
import type { TextOutput } from '../progress-reporter.ts';

/** What a command module's action is given by `main.ts`: the loaded configuration and where to write. */
export interface CommandIo {
  config: Config;
  stdout: TextOutput;
  stderr: TextOutput;
  /** `--json`: a machine-readable result on stdout. */
  json: boolean;
  /** `--quiet`: nothing on stderr but errors. */
  quiet: boolean;
  /** Shows a written path the way the build does (relative to the working folder). */
  displayPath(path: string): string;
}
