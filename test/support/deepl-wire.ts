/**
 * The DeepL API on the wire, as `deepl-node` speaks it: `POST /v2/translate` with a
 * form-encoded body (`text` repeated once per text, `source_lang`, `target_lang`,
 * `tag_handling`, `split_sentences`, `show_billed_characters`), the key in an
 * `Authorization: DeepL-Auth-Key …` header; answers `{"translations":[{"detected_source_language",
 * "text","billed_characters"}]}`, errors `{"message": …}`; `GET /v2/usage` answers
 * `{"character_count","character_limit"}`. Shared by the provider's nock tests and the local
 * server (`fake-deepl-server.ts`).
 */

export const DEEPL_TRANSLATE_PATH = '/v2/translate';
export const DEEPL_USAGE_PATH = '/v2/usage';
export const DEEPL_GLOSSARIES_PATH = '/v2/glossaries';

/**
 * A v2 glossary as DeepL describes it (`GET /v2/glossaries` lists them under `glossaries`,
 * `POST /v2/glossaries` answers one with 201): the client reads these snake_case fields.
 */
export interface DeeplGlossaryInfoBody {
  glossary_id: string;
  name: string;
  ready: boolean;
  source_lang: string;
  target_lang: string;
  creation_time: string;
  entry_count: number;
}

/** Reads the TSV entries of a `POST /v2/glossaries` body (`entries_format=tsv`). */
export function parseDeeplGlossaryEntries(tsv: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const line of tsv.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const [source, target] = line.split('\t');
    entries[source!] = target!;
  }
  return entries;
}

/** A form body as the client sends it, read back: every field, `text` as a list. */
export interface DeeplRequestBody {
  text: string[];
  fields: Record<string, string>;
}

/** Reads a form-encoded `/v2/translate` body. */
export function parseDeeplBody(body: string): DeeplRequestBody {
  const params = new URLSearchParams(body);
  const fields: Record<string, string> = {};
  for (const [name, value] of params) if (name !== 'text') fields[name] = value;
  return { text: params.getAll('text'), fields };
}

/** Characters DeepL bills for a text: code points, tags and their attributes left out with tag handling. */
export function billedBy(text: string, tagHandling: string | undefined): number {
  const billed = tagHandling === 'html' || tagHandling === 'xml' ? text.replace(/<[^>]*>/g, '') : text;
  return [...billed].length;
}

/** DeepL's success body for these translations of these source texts. */
export function deeplSuccessBody(sources: string[], translations: string[], tagHandling?: string) {
  return {
    translations: translations.map((text, index) => ({
      detected_source_language: 'FR',
      text,
      billed_characters: billedBy(sources[index] ?? '', tagHandling),
    })),
  };
}

/** DeepL's error bodies, by status. */
export const deeplErrors = {
  authorization: () => ({ message: 'Wrong endpoint. Use https://api.deepl.com' }),
  quotaExceeded: () => ({ message: 'Quota Exceeded' }),
  tooManyRequests: () => ({ message: 'Too many requests' }),
  tooLarge: () => ({ message: 'Request Entity Too Large' }),
  badRequest: (detail: string) => ({ message: 'Invalid glossary entries provided', detail }),
  internal: () => ({ message: 'Internal Server Error' }),
  unavailable: () => ({ message: 'Service Unavailable' }),
};

/** `/v2/usage` for an account that has used `count` of `limit` characters. */
export function deeplUsageBody(count: number, limit: number) {
  return { character_count: count, character_limit: limit };
}
