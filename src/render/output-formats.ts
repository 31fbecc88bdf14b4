/**
 * Every output an article can have, in the order they are written. `output.formats` (or
 * `--format`) chooses among them; `html` also writes the run's `index.html`.
 */
export const OUTPUT_FORMATS = ['side-by-side', 'interleaved', 'english', 'french', 'json', 'tmx', 'qa', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
