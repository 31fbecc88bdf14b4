/**
 * The layouts a text may not need, loaded the first time a text needs one.
 *
 * An article in the print layout whose paragraph ends carry trailing spaces (`print-layout.ts`,
 * the seeds' form) never reads a page's columns, furniture or OCR (`page-layout.ts` and the
 * thirty modules it imports), nor is it a plain text or a saved web page; loading those modules
 * was about a fifth of `bilingual segment`'s instructions on such an article, most of it V8
 * reading the Unicode property classes (`\p{L}`) of their regular expressions, which it does
 * for every literal of a module it parses, used or not.
 *
 * The compiled modules (`dist/`) load each layout with `require` the first time it is asked
 * for: an ES module required synchronously (Node 20.19 and 22.12, the `engines` range) is the
 * same module instance an `import` gives. The sources, run by tsx and vitest, cannot require a
 * TypeScript module as that one instance, so there every layout is imported when this module
 * loads, as the static imports it replaces did.
 */
import { createRequire } from 'node:module';
import type * as HtmlLayout from './html-layout.ts';
import type * as PageLayout from './page-layout.ts';
import type * as PlainLayout from './plain-layout.ts';

/** Whether this module runs compiled (`.js`), where `require` loads the layouts on demand. */
const COMPILED = import.meta.url.endsWith('.js');
const requireModule = createRequire(import.meta.url);

let pageLayout: typeof PageLayout | undefined = COMPILED ? undefined : await import('./page-layout.ts');
let plainLayout: typeof PlainLayout | undefined = COMPILED ? undefined : await import('./plain-layout.ts');
let htmlLayout: typeof HtmlLayout | undefined = COMPILED ? undefined : await import('./html-layout.ts');

/** `page-layout.ts`: extracted pages (pdftotext, OCR), and print texts without trailing spaces. */
export function pageLayoutModule(): typeof PageLayout {
  return (pageLayout ??= requireModule('./page-layout.js') as typeof PageLayout);
}

/** `plain-layout.ts`: texts not in the print layout. */
export function plainLayoutModule(): typeof PlainLayout {
  return (plainLayout ??= requireModule('./plain-layout.js') as typeof PlainLayout);
}

/** `html-layout.ts`: saved web pages. */
export function htmlLayoutModule(): typeof HtmlLayout {
  return (htmlLayout ??= requireModule('./html-layout.js') as typeof HtmlLayout);
}
