import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.ts';
import { withHumanTranslations } from '../../src/memory/apply-translation-memory.ts';
import { openTranslationMemory } from '../../src/memory/translation-memory.ts';
import type { AlignedArticle, Block, StructuredArticle } from '../../src/types.ts';
import { createRecordingProvider } from '../support/fake-provider.ts';
import { engineAnswer, memoryConfig, memoryWorkspace, textsSent } from '../support/memory-article.ts';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

async function buildWithMemory(markup: boolean, human: { source: string; target: string }[]) {
  const { folder, article } = await memoryWorkspace();
  folders.push(folder);
  const config = await memoryConfig(folder);
  if (human.length > 0) {
    const memory = openTranslationMemory(config.memory.path);
    memory.add(human.map((entry) => ({ ...entry, state: 'final', origin: 'test', date: '2026-01-01T00:00:00.000Z' })));
    memory.close();
  }
  const provider = createRecordingProvider({ capabilities: { markup }, answer: engineAnswer });
  const summary = await build({ inputs: [article], config, outDir: config.output.dir, dryRun: false, failFast: true, provider, now: () => new Date('2026-01-02T00:00:00Z') });
  expect(summary.failures).toBe(0);
  const json = JSON.parse(await readFile(join(config.output.dir, 'port-strike', 'port-strike.json'), 'utf8')) as AlignedArticle;
  const tmx = await readFile(join(config.output.dir, 'port-strike', 'port-strike.tmx'), 'utf8');
  const english = await readFile(join(config.output.dir, 'port-strike', 'port-strike.en.md'), 'utf8');
  return { sent: textsSent(provider.requests).join('\n'), json, tmx, english, memoryPath: config.memory.path };
}

const sentences = (article: AlignedArticle) => article.blocks.flatMap((block) => block.sentences);

describe('a build uses the translation memory first', () => {
  for (const markup of [true, false]) {
    it(`never sends a sentence a person translated, in any block, and marks it human (${markup ? 'markup' : 'plain text'} provider)`, async () => {
      const human = [
        { source: 'Aucun navire n’a pu décharger depuis lundi.', target: 'No ship has been able to unload since Monday.' },
        // Another spacing and apostrophe than the article's: the match is on the normalised French.
        { source: "Selon la chambre de commerce, chaque journée de blocage coûte plusieurs millions d'euros.", target: 'Each day of blockade costs several million euros, according to the chamber of commerce.' },
      ];
      const { sent, json, tmx, english } = await buildWithMemory(markup, human);
      expect(sent).not.toContain('Aucun navire');
      expect(sent).not.toContain('chambre de commerce');
      expect(sent).toContain('Les dockers ont voté');
      const bySource = new Map(sentences(json).map((sentence) => [sentence.text, sentence]));
      expect(bySource.get('Aucun navire n’a pu décharger depuis lundi.')).toMatchObject({ translation: human[0]!.target, origin: 'human' });
      expect(bySource.get('Les dockers ont voté la poursuite de la grève jeudi soir.')).toMatchObject({ origin: 'machine' });
      expect(bySource.get('Les dockers ont voté la poursuite de la grève jeudi soir.')!.translation).toContain('MT Les dockers');
      expect(sentences(json).filter((sentence) => sentence.origin === 'human')).toHaveLength(2);
      expect(tmx).toContain('<prop type="x-origin">human</prop>');
      expect(english).toContain('humanTranslations: 2');
      expect(english).toContain('No ship has been able to unload since Monday.');
    });
  }

  it('takes a paragraph a person translated whole out of what is sent', async () => {
    const whole = 'Le préfet a convoqué les syndicats pour vendredi matin. Les transporteurs réclament une indemnisation rapide. La direction du port ne s’est pas exprimée.';
    const { sent, json } = await buildWithMemory(true, [{ source: whole, target: 'The prefect summoned the unions. Hauliers want compensation; the port said nothing.' }]);
    expect(sent).not.toContain('préfet');
    const block = json.blocks.find((candidate) => candidate.text.startsWith('Le préfet'))!;
    expect(block.translation).toBe('The prefect summoned the unions. Hauliers want compensation; the port said nothing.');
    expect(block.sentences.slice(1).every((sentence) => sentence.mergedInto === block.sentences[0]!.id && sentence.origin === 'human')).toBe(true);
  });

  it('sends nothing at all for an article a person translated entirely', async () => {
    const { MEMORY_ARTICLE } = await import('../support/memory-article.ts');
    const paragraphs = MEMORY_ARTICLE.split('\n\n').map((paragraph) => paragraph.trim()).filter(Boolean);
    const { sent, json } = await buildWithMemory(true, paragraphs.map((source, index) => ({ source, target: `Human paragraph ${index + 1}.` })));
    expect(sent).toBe('');
    expect(json.blocks.map((block) => block.translation)).toEqual(paragraphs.map((_, index) => `Human paragraph ${index + 1}.`));
  });

  it('does not pay again for the machine sentences of a paragraph corrected in part: the whole paragraph comes from the cache', async () => {
    const { folder, article } = await memoryWorkspace();
    folders.push(folder);
    const config = await memoryConfig(folder);
    const run = async () => {
      const provider = createRecordingProvider({ answer: engineAnswer });
      await build({ inputs: [article], config, outDir: config.output.dir, dryRun: false, failFast: true, provider, now: () => new Date('2026-01-02T00:00:00Z') });
      return provider.requests.length;
    };
    expect(await run()).toBeGreaterThan(0);
    const memory = openTranslationMemory(config.memory.path);
    memory.add([{ source: 'Aucun navire n’a pu décharger depuis lundi.', target: 'No ship since Monday.', state: 'final', origin: 'test', date: '2026-01-01T00:00:00.000Z' }]);
    memory.close();
    expect(await run()).toBe(0);
    const json = JSON.parse(await readFile(join(config.output.dir, 'port-strike', 'port-strike.json'), 'utf8')) as AlignedArticle;
    const paragraph = json.blocks.find((block) => block.id === 'p1')!;
    expect(paragraph.sentences.map((sentence) => [sentence.translation, sentence.origin])).toEqual([
      ['MT Les dockers ont voté la poursuite de la grève jeudi soir.', 'machine'],
      ['No ship since Monday.', 'human'],
    ]);
    expect(paragraph.translation).toBe('MT Les dockers ont voté la poursuite de la grève jeudi soir. No ship since Monday.');
  });

  it('sends everything when the memory is empty, and writes no memory file', async () => {
    const { sent, json, memoryPath } = await buildWithMemory(true, []);
    expect(sent).toContain('Aucun navire');
    await expect(readFile(memoryPath)).rejects.toThrow();
    expect(sentences(json).every((sentence) => sentence.origin === 'machine')).toBe(true);
  });
});

describe('withHumanTranslations', () => {
  it('keeps the structure stage’s intertitle marks, on the blocks sent and on those a person translated', () => {
    const paragraph = (id: string, text: string, intertitle = false): Block => ({
      id,
      role: 'paragraph',
      text,
      sentences: [{ id: `${id}.s1`, text }],
      source: { startLine: 1, endLine: 1 },
      ...(intertitle ? { intertitle: true as const } : {}),
    });
    const blocks = [paragraph('p1', 'Le port est bloqué depuis lundi.'), paragraph('p2', 'Et maintenant ?', true), paragraph('p3', 'Les dockers votent jeudi.'), paragraph('p4', 'Un conflit ancien', true), paragraph('p5', 'La grève dure depuis un mois.')];
    const article: StructuredArticle = { source: { file: 'port.txt', encoding: 'utf-8', sha256: 'a'.repeat(64), bytes: 256, layout: 'print' }, language: 'fr', blocks, repairs: [], warnings: [] };
    // A person translated a heading and the paragraph after another: the article sent lacks them.
    const human = { bySentence: new Map([['p4.s1', 'An old dispute'], ['p5.s1', 'The strike has lasted a month.']]), byBlock: new Map<string, string>() };
    const aligned: AlignedArticle = {
      ...article,
      blocks: blocks.filter((block) => block.id !== 'p4' && block.id !== 'p5').map((block) => ({ ...block, sentences: block.sentences.map((sentence) => ({ ...sentence, translation: `(${sentence.text})`, alignment: 'markup' as const })), translation: `(${block.text})` })),
      translation: { provider: 'fixture', engine: 'hand-written 1', sourceLanguage: 'fr', targetLanguage: 'en', date: '2026-01-01T00:00:00.000Z' },
    };
    const whole = withHumanTranslations(article, aligned, human);
    expect(whole.blocks.filter((block) => block.intertitle === true).map((block) => block.id)).toEqual(['p2', 'p4']);
  });
});
