import { isAbsolute, relative } from 'node:path';

/** A path as the user should see it: relative to `cwd` when it lies under it, else as given. */
export function displayPath(path: string, cwd: string): string {
  if (!isAbsolute(path)) return path;
  const shown = relative(cwd, path);
  return shown.startsWith('..') ? path : shown;
}
