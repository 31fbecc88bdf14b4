/**
 * Reads and validates `config/glossary.yaml`:
 *
 * ```yaml
 * terms:                      # French term -> imposed English translation
 *   Chine Nouvelle: Xinhua
 *   ndlr: { target: Ed., caseSensitive: false }
 * doNotTranslate:             # kept exactly as written in the French
 *   - Barack Obama
 *   - { term: G20, wholeWord: false }
 * transliterations:           # accepted English forms of names, for the qa/names check only
 *   Moscou: Moscow
 *   ONU: [UN, United Nations]
 * ```
 *
 * Problems are reported as one `CONFIG_INVALID` BilingualError naming the file, the line and
 * the key of every problem (YAML syntax errors: `CONFIG_SYNTAX`).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { BilingualError } from '../errors.ts';
import { oneByte } from '../text/one-byte.ts';
import type { Glossary, GlossaryTerm } from './types.ts';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

const matchOptions = {
  /** @default true */
  caseSensitive: z.boolean().optional(),
  /** @default true */
  wholeWord: z.boolean().optional(),
};

const termSchema = z.union([nonEmpty, z.strictObject({ target: nonEmpty, ...matchOptions })], {
  error: 'must be the English translation, or an object with `target` and optional `caseSensitive` / `wholeWord`',
});

const keptSchema = z.union([nonEmpty, z.strictObject({ term: nonEmpty, ...matchOptions })], {
  error: 'must be a term, or an object with `term` and optional `caseSensitive` / `wholeWord`',
});

export const glossaryFileSchema = z
  .strictObject({
    terms: z.record(nonEmpty, termSchema).optional(),
    doNotTranslate: z.array(keptSchema).optional(),
    transliterations: z
      .record(nonEmpty, z.union([nonEmpty, z.array(nonEmpty).min(1)], { error: 'must be a name or a list of names' }))
      .optional(),
  })
  .superRefine((content, context) => {
    const translated = new Set(Object.keys(content.terms ?? {}).map((term) => term.trim()));
    const seen = new Set<string>();
    content.doNotTranslate?.forEach((entry, index) => {
      const term = (typeof entry === 'string' ? entry : entry.term).trim();
      if (translated.has(term)) {
        context.addIssue({ code: 'custom', path: ['doNotTranslate', index], message: `"${term}" is also under terms: keep one` });
      }
      if (seen.has(term)) {
        context.addIssue({ code: 'custom', path: ['doNotTranslate', index], message: `"${term}" is listed twice` });
      }
      seen.add(term);
    });
  });

export type GlossaryFile = z.infer<typeof glossaryFileSchema>;

/**
 * Builds a glossary from already parsed content (a validated file, or a test's object). Its texts
 * are held one byte per character where they can be (`oneByte`): a file holding one `ğ` or `’` is
 * parsed as two-byte text, and every term cut from it would be searched for, sentence after
 * sentence, as two-byte text in one-byte sentences.
 */
export function createGlossary(content: GlossaryFile): Glossary {
  const terms: GlossaryTerm[] = [];
  for (const [source, value] of Object.entries(content.terms ?? {})) {
    const options = typeof value === 'string' ? { target: value } : value;
    terms.push({
      source: oneByte(source.trim()),
      target: oneByte(options.target.trim()),
      caseSensitive: options.caseSensitive ?? true,
      wholeWord: options.wholeWord ?? true,
      doNotTranslate: false,
    });
  }
  for (const value of content.doNotTranslate ?? []) {
    const options = typeof value === 'string' ? { term: value } : value;
    terms.push({
      source: oneByte(options.term.trim()),
      target: oneByte(options.term.trim()),
      caseSensitive: options.caseSensitive ?? true,
      wholeWord: options.wholeWord ?? true,
      doNotTranslate: true,
    });
  }
  const transliterations: Record<string, string[]> = {};
  for (const [source, value] of Object.entries(content.transliterations ?? {})) {
    transliterations[oneByte(source.trim())] = (typeof value === 'string' ? [value] : value).map((name) => oneByte(name.trim()));
  }
  return { version: glossaryVersion(terms, transliterations), terms, transliterations };
}

/** sha256 of the content with defaults applied and order removed: comments, layout and key order do not count. */
function glossaryVersion(terms: GlossaryTerm[], transliterations: Record<string, string[]>): string {
  // One collator for the sort: `localeCompare(other, 'en')` is defined as this collator's
  // `compare`, and builds one from ICU at every call (some 400 for a glossary of 60 terms).
  const collator = new Intl.Collator('en');
  const normalised = {
    terms: [...terms]
      .map((term) => [term.source.normalize('NFC'), term.target.normalize('NFC'), term.caseSensitive, term.wholeWord, term.doNotTranslate])
      .sort((a, b) => collator.compare(String(a[0]), String(b[0])) || Number(a[4]) - Number(b[4])),
    transliterations: Object.keys(transliterations)
      .sort()
      .map((source) => [source.normalize('NFC'), [...transliterations[source]!].map((name) => name.normalize('NFC')).sort()]),
  };
  return createHash('sha256').update(JSON.stringify(normalised)).digest('hex');
}

interface Located {
  key: string;
  line?: number;
  message: string;
}

/** The 1-based line of the node at `path`, or of its closest existing parent; of the key itself for `key`. */
function lineOf(document: Document, lineCounter: LineCounter, path: PropertyKey[], key?: string): number | undefined {
  for (let length = path.length; length >= 0; length -= 1) {
    const node = length === 0 ? document.contents : document.getIn(path.slice(0, length), true);
    if (node === undefined || node === null || typeof node !== 'object') continue;
    if (length === path.length && key !== undefined && isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
      const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
      if (range) return lineCounter.linePos(range[0]).line;
    }
    const range = (node as { range?: [number, number, number] | null }).range;
    if (range) return lineCounter.linePos(range[0]).line;
  }
  return undefined;
}

function describeIssues(fileName: string, problems: Located[]): string {
  const parts = problems.map((problem) => {
    const where = problem.line === undefined ? '' : `line ${problem.line}, `;
    return `${where}${problem.key || 'top level'}: ${problem.message}`;
  });
  return `The glossary ${fileName} is invalid (${parts.join('; ')}).`;
}

/**
 * Parses and validates glossary YAML. `fileName` is only used in messages.
 * @throws BilingualError `CONFIG_SYNTAX` for YAML syntax errors, `CONFIG_INVALID` for content errors.
 */
export function parseGlossary(text: string, fileName = 'glossary.yaml'): Glossary {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0) {
    const problems = document.errors.map((error) => ({
      key: '',
      line: lineCounter.linePos(error.pos[0]).line,
      message: error.message.split('\n')[0]!,
    }));
    throw new BilingualError(
      'CONFIG_SYNTAX',
      `The glossary ${fileName} is not valid YAML (${problems.map((p) => `line ${p.line ?? '?'}: ${p.message}`).join('; ')}).`,
      { cause: document.errors[0], details: { file: fileName, issues: problems } },
    );
  }
  const data: unknown = document.toJS() ?? {};
  const result = glossaryFileSchema.safeParse(data);
  if (!result.success) {
    const problems: Located[] = [];
    const collect = (issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[]): void => {
      for (const issue of issues) {
        const path = [...prefix, ...issue.path].map((part) => (typeof part === 'symbol' ? String(part) : part));
        if (issue.code === 'invalid_union') {
          // Report the alternative that got furthest (an object with a bad field), not the union.
          const deeper = issue.errors.find((alternative) => alternative.some((inner) => inner.path.length > 0 || inner.code === 'unrecognized_keys'));
          if (deeper) {
            collect(deeper, path);
            continue;
          }
        }
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys) {
            problems.push({
              key: [...path, key].join('.'),
              line: lineOf(document, lineCounter, path, key),
              message: `unknown key (expected ${path.length === 0 ? 'terms, doNotTranslate or transliterations' : 'target/term, caseSensitive or wholeWord'})`,
            });
          }
        } else {
          problems.push({ key: path.join('.'), line: lineOf(document, lineCounter, path), message: issue.message });
        }
      }
    };
    collect(result.error.issues, []);
    throw new BilingualError('CONFIG_INVALID', describeIssues(fileName, problems), {
      cause: result.error,
      details: { file: fileName, issues: problems },
    });
  }
  return createGlossary(result.data);
}

/**
 * Reads, validates and versions a glossary file.
 * @throws BilingualError `CONFIG_INVALID` when the file cannot be read or is invalid, `CONFIG_SYNTAX` for bad YAML.
 */
export async function loadGlossary(path: string): Promise<Glossary> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'cannot be read';
    throw new BilingualError('CONFIG_INVALID', `The glossary file ${path} ${reason}.`, { cause: error, details: { file: path } });
  }
  return parseGlossary(text, path);
}
