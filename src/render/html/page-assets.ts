/**
 * The style sheets and the script the HTML pages carry inline, read once from the files
 * beside this module (real CSS and JavaScript, so editors and linters can read them).
 */
import { readFileSync } from 'node:fs';

function asset(name: string): string {
  return readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
}

const PAGE_BASE = asset('page-base.css');

/** The reader's style: the shared base, then the reader's own rules. */
export const READER_STYLE = `${PAGE_BASE}\n${asset('reader-page.css')}`;

/** The reader's behaviour: highlighting, keyboard moves, views. */
export const READER_SCRIPT = asset('reader-page.js');

/** The run index's style. */
export const RUN_INDEX_STYLE = `${PAGE_BASE}\n${asset('run-index.css')}`;
