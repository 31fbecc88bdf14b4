/**
 * `bilingual import` through its module: an edited side-by-side edition, an edited English
 * edition and an XLIFF taken back, then a rebuild that asks the provider nothing for them.
 */
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { importCorrections } from '../../src/exchange/import-corrections.ts';
import { renderXliff } from '../../src/exchange/render-xliff.ts';
import { readXliff } from '../../src/exchange/read-xliff.ts';
import { openTranslationMemory } from '../../src/memory/translation-memory.ts';
import { build } from '../../src/pipeline.ts';
import type { AlignedArticle } from '../../src/types.ts';
import { createRecordingProvider } from '../support/fake-provider.ts';
import { engineAnswer, memoryConfig, memoryWorkspace, textsSent } from '../support/memory-article.ts';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

const NOW = () => new Date('2026-02-03T04:05:06.000Z');

async function setUp() {
  const { folder, article } = await memoryWorkspace('bilingual-import-');
  folders.push(folder);
  const config = await memoryConfig(folder);
  const out = join(config.output.dir, 'port-strike');
  const run = async () => {
    const provider = createRecordingProvider({ answer: engineAnswer });
    const summary = await build({ inputs: [article], config, outDir: config.output.dir, dryRun: false, failFast: true, provider, now: NOW });
    expect(summary.failures).toBe(0);
    return textsSent(provider.requests).join('\n');
  };
  return { folder, config, out, run };
}

async function readEditions(out: string): Promise<Map<string, string>> {
  const editions = new Map<string, string>();
  for (const name of (await readdir(out)).sort()) editions.set(name, await readFile(join(out, name), 'utf8'));
  return editions;
}

const json = async (out: string) => JSON.parse(await readFile(join(out, 'port-strike.json'), 'utf8')) as AlignedArticle;
const sentence = (article: AlignedArticle, text: string) => article.blocks.flatMap((block) => block.sentences).find((candidate) => candidate.text === text)!;

const DOCKERS = 'Les dockers ont voté la poursuite de la grève jeudi soir.';
const PREFECT = 'Le préfet a convoqué les syndicats pour vendredi matin.';

describe('import from an edited Markdown edition', () => {
  it('takes two sentences corrected in name.fr-en.md by a plain text edit into every edition, and a rebuild asks nothing for them', async () => {
    const { config, out, run } = await setUp();
    await run();
    const sideBySide = join(out, 'port-strike.fr-en.md');
    const before = await readFile(sideBySide, 'utf8');
    // A plain text edit, as in any editor: two machine sentences replaced in their table cells.
    const edited = before
      .replace('MT Les dockers ont voté la poursuite de la grève jeudi soir.', 'Dockers voted on Thursday evening to keep the strike going.')
      .replace('MT Le préfet a convoqué les syndicats pour vendredi matin.', 'The prefect has called the unions in for Friday morning.');
    expect(edited).not.toBe(before);
    await writeFile(sideBySide, edited);

    const report = await importCorrections(sideBySide, { config, now: NOW });
    expect(report.sentences).toEqual(['p1.s1', 'p2.s1']);
    expect(report.wholeBlocks).toEqual([]);

    const check = async () => {
      const article = await json(out);
      expect(sentence(article, DOCKERS)).toMatchObject({ translation: 'Dockers voted on Thursday evening to keep the strike going.', origin: 'human' });
      expect(sentence(article, PREFECT)).toMatchObject({ translation: 'The prefect has called the unions in for Friday morning.', origin: 'human' });
      expect(sentence(article, 'Aucun navire n’a pu décharger depuis lundi.').origin).toBe('machine');
      const editions = await readEditions(out);
      for (const name of ['port-strike.fr-en.md', 'port-strike.fr-en.interleaved.md', 'port-strike.en.md', 'port-strike.html']) {
        expect(editions.get(name), name).toContain('Dockers voted on Thursday evening to keep the strike going.');
        expect(editions.get(name), name).toContain('The prefect has called the unions in for Friday morning.');
      }
      const tmx = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['tu', 'tuv', 'prop'].includes(name) }).parse(editions.get('port-strike.tmx')!);
      const units = tmx.tmx.body.tu as { prop: { '#text': string; '@_type': string }[]; tuv: { seg: string }[] }[];
      const docker = units.find((unit) => unit.tuv[0]!.seg === DOCKERS)!;
      expect(docker.tuv[1]!.seg).toBe('Dockers voted on Thursday evening to keep the strike going.');
      expect(docker.prop.find((prop) => prop['@_type'] === 'x-origin')!['#text']).toBe('human');
      return editions;
    };
    await check();

    const sent = await run(); // second build: from the source, the memory first
    expect(sent).not.toContain('dockers ont voté');
    expect(sent).not.toContain('préfet');
    expect(sent).toBe(''); // the rest of both paragraphs comes from the cache
    const second = await check();
    await run(); // third build: byte for byte the same
    expect(await readEditions(out)).toEqual(second);
  });

  it('takes an edited English edition: a sentence changed inside a paragraph, and a paragraph rewritten with other sentences taken whole and reported', async () => {
    const { config, out, run } = await setUp();
    await run();
    const english = join(out, 'port-strike.en.md');
    const before = await readFile(english, 'utf8');
    const edited = before
      .replace('MT Aucun navire n’a pu décharger depuis lundi.', 'No ship has unloaded since Monday.')
      .replace(
        /MT Le préfet[^\n]*/,
        'The prefect has summoned the unions for Friday morning, while hauliers demand quick compensation and the port management says nothing',
      );
    await writeFile(english, edited);
    const report = await importCorrections(english, { config, now: NOW });
    expect(report.sentences).toContain('p1.s2');
    expect(report.wholeBlocks).toEqual(['p2']);
    expect(report.notes.join('\n')).toContain('p2');
    const article = await json(out);
    expect(sentence(article, 'Aucun navire n’a pu décharger depuis lundi.')).toMatchObject({ translation: 'No ship has unloaded since Monday.', origin: 'human' });
    expect(sentence(article, DOCKERS).origin).toBe('machine');
    const paragraph = article.blocks.find((block) => block.id === 'p2')!;
    expect(paragraph.translation).toContain('hauliers demand quick compensation');
    const sent = await run();
    expect(sent).not.toContain('préfet');
    expect(sent).not.toContain('Aucun navire');
    expect((await json(out)).blocks.find((block) => block.id === 'p2')!.translation).toBe(paragraph.translation);
  });

  it('imports nothing and writes nothing when no English changed', async () => {
    const { config, out, run } = await setUp();
    await run();
    const before = await stat(join(out, 'port-strike.json'));
    const report = await importCorrections(join(out, 'port-strike.fr-en.md'), { config, now: NOW });
    expect(report.sentences).toEqual([]);
    expect((await stat(join(out, 'port-strike.json'))).mtimeMs).toBe(before.mtimeMs);
  });
});

describe('XLIFF export and import', () => {
  it('exports one unit per sentence grouped by block, and takes back the targets a person changed', async () => {
    const { config, out, run } = await setUp();
    await run();
    const article = await json(out);
    const xliff = renderXliff(article);
    const document = readXliff(xliff, 'port-strike.xlf');
    expect(document.units.map((unit) => unit.id)).toEqual(article.blocks.flatMap((block) => block.sentences.map((candidate) => candidate.id)));
    expect(document.sourceSha256).toBe(article.source.sha256);
    expect(xliff).toContain('<group id="p1" restype="x-paragraph" resname="paragraph">');
    expect(xliff).toContain('state="needs-review-translation"');
    const file = join(out, 'port-strike.xlf');
    await writeFile(
      file,
      xliff.replace(
        /(<source xml:lang="fr">Aucun navire n’a pu décharger depuis lundi\.<\/source>\s*<target xml:lang="en" state=")[^"]*(">)[^<]*/,
        '$1final$2Not a single ship has unloaded since Monday &amp; after.',
      ),
    );
    const report = await importCorrections(file, { config, now: NOW });
    expect(report.sentences).toEqual(['p1.s2']);
    expect(sentence(await json(out), 'Aucun navire n’a pu décharger depuis lundi.')).toMatchObject({ translation: 'Not a single ship has unloaded since Monday & after.', origin: 'human' });
    const memory = openTranslationMemory(config.memory.path, { readOnly: true });
    expect(memory.stats()).toMatchObject({ entries: 1, final: 1 });
    memory.close();
    expect(await run()).not.toContain('Aucun navire');
  });

  it('refuses an XLIFF whose French changed since the export, naming the units, and writes nothing', async () => {
    const { config, out, run } = await setUp();
    await run();
    const xliff = renderXliff(await json(out));
    const file = join(out, 'port-strike.xlf');
    await writeFile(
      file,
      xliff
        .replace('Aucun navire n’a pu décharger depuis lundi.</source>', 'Aucun navire n’a pu décharger depuis mardi.</source>')
        .replace(/(<source xml:lang="fr">Aucun navire[^<]*<\/source>\s*<target xml:lang="en" state=")[^"]*(">)[^<]*/, '$1translated$2No ship since Tuesday.')
        .replace(/(<source xml:lang="fr">Les dockers[^<]*<\/source>\s*<target xml:lang="en" state=")[^"]*(">)[^<]*/, '$1translated$2Dockers voted to strike on.'),
    );
    const before = await readEditions(out);
    await expect(importCorrections(file, { config, now: NOW })).rejects.toMatchObject({ code: 'EXCHANGE_SOURCE_CHANGED', message: expect.stringContaining('p1.s2') });
    expect(await readEditions(out)).toEqual(before);
    await expect(stat(config.memory.path)).rejects.toThrow();
  });
});

