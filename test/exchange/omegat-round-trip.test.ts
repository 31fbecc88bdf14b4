/**
 * A round trip through a real CAT tool: the article exported as XLIFF, translated by OmegaT
 * (Debian's `omegat`, headless, `--mode=console-translate`) from a team's TMX, then taken back
 * with `bilingual import`; the next build asks the provider nothing for those sentences.
 *
 * OmegaT facts this relies on (OmegaT 3.6): its XLIFF filter translates the text of `<target>`,
 * not `<source>`, hence `--prefill french`; console mode applies only the TMX files in
 * `tm/auto/` (a TMX directly in `tm/` only offers fuzzy matches in the editor and is ignored).
 * `npm run setup` installs OmegaT (`scripts/install-omegat.sh`); without it this test is skipped.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importCorrections } from '../../src/exchange/import-corrections.ts';
import { renderXliff } from '../../src/exchange/render-xliff.ts';
import { build } from '../../src/pipeline.ts';
import type { AlignedArticle } from '../../src/types.ts';
import { createRecordingProvider } from '../support/fake-provider.ts';
import { engineAnswer, memoryConfig, memoryWorkspace, textsSent } from '../support/memory-article.ts';

const hasOmegaT = spawnSync('sh', ['-c', 'command -v omegat'], { encoding: 'utf8' }).status === 0;
const folders: string[] = [];
afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

const PROJECT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
    <project version="1.0">
        <source_dir>__DEFAULT__</source_dir>
        <target_dir>__DEFAULT__</target_dir>
        <tm_dir>__DEFAULT__</tm_dir>
        <glossary_dir>__DEFAULT__</glossary_dir>
        <glossary_file>__DEFAULT__</glossary_file>
        <dictionary_dir>__DEFAULT__</dictionary_dir>
        <source_lang>fr-FR</source_lang>
        <target_lang>en-GB</target_lang>
        <source_tok>org.omegat.tokenizer.LuceneFrenchTokenizer</source_tok>
        <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
        <sentence_seg>false</sentence_seg>
        <support_default_translations>true</support_default_translations>
        <remove_tags>false</remove_tags>
    </project>
</omegat>
`;

/** A team's TMX as a CAT tool writes it: regional language tags, dated units. */
const TEAM_TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="OmegaT" creationtoolversion="4.3.2" segtype="sentence" o-tmf="OmegaT TMX" adminlang="EN-US" srclang="fr-FR" datatype="plaintext"/>
  <body>
    <tu>
      <tuv xml:lang="fr-FR"><seg>Aucun navire n’a pu décharger depuis lundi.</seg></tuv>
      <tuv xml:lang="en-GB" changedate="20260105T101500Z"><seg>Not one ship has unloaded since Monday.</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="fr-FR"><seg>Les transporteurs réclament une indemnisation rapide.</seg></tuv>
      <tuv xml:lang="en-GB"><seg>Hauliers are calling for swift compensation.</seg></tuv>
    </tu>
  </body>
</tmx>
`;

// `npm run setup` installs OmegaT; outside CI a machine without it skips this test, in CI
// (CI=true) it fails instead, so a broken install can never pass unseen.
describe.skipIf(!hasOmegaT && !process.env.CI)('XLIFF through OmegaT and back', () => {
  it('imports what OmegaT translated from the TMX, marked human, and a rebuild sends nothing for it', { timeout: 240_000 }, async () => {
    const { folder, article } = await memoryWorkspace('bilingual-omegat-');
    folders.push(folder);
    const config = await memoryConfig(folder);
    const buildOnce = async (cache = true) => {
      const provider = createRecordingProvider({ answer: engineAnswer });
      const summary = await build({ inputs: [article], config: { ...config, cache: { ...config.cache, enabled: cache } }, outDir: config.output.dir, dryRun: false, failFast: true, provider, now: () => new Date('2026-01-02T00:00:00Z') });
      expect(summary.failures).toBe(0);
      return textsSent(provider.requests).join('\n');
    };
    await buildOnce();
    const out = join(config.output.dir, 'port-strike');
    const aligned = JSON.parse(await readFile(join(out, 'port-strike.json'), 'utf8')) as AlignedArticle;

    const project = join(folder, 'omegat-project');
    for (const sub of ['source', 'target', 'tm/auto', 'omegat', 'glossary', 'dictionary']) await mkdir(join(project, sub), { recursive: true });
    await writeFile(join(project, 'omegat.project'), PROJECT);
    await writeFile(join(project, 'source', 'port-strike.xlf'), renderXliff(aligned, { prefill: 'french' }));
    await writeFile(join(project, 'tm', 'auto', 'team.tmx'), TEAM_TMX);
    execFileSync('omegat', [project, '--mode=console-translate'], { stdio: 'ignore', timeout: 200_000, env: { ...process.env, HOME: folder } });
    const translated = join(project, 'target', 'port-strike.xlf');
    expect(await readFile(translated, 'utf8')).toContain('Not one ship has unloaded since Monday.');

    const report = await importCorrections(translated, { config });
    expect(report.sentences).toEqual(['p1.s2', 'p2.s2']); // the TMX's two sentences; the rest came back untranslated
    const after = JSON.parse(await readFile(join(out, 'port-strike.json'), 'utf8')) as AlignedArticle;
    const bySource = new Map(after.blocks.flatMap((block) => block.sentences).map((sentence) => [sentence.text, sentence]));
    expect(bySource.get('Aucun navire n’a pu décharger depuis lundi.')).toMatchObject({ translation: 'Not one ship has unloaded since Monday.', origin: 'human' });
    expect(bySource.get('Les transporteurs réclament une indemnisation rapide.')).toMatchObject({ translation: 'Hauliers are calling for swift compensation.', origin: 'human' });
    expect(bySource.get('Les dockers ont voté la poursuite de la grève jeudi soir.')!.origin).toBe('machine');
    for (const name of ['port-strike.en.md', 'port-strike.fr-en.md', 'port-strike.tmx', 'port-strike.html']) {
      expect(await readFile(join(out, name), 'utf8'), name).toContain('Not one ship has unloaded since Monday.');
    }

    const sent = await buildOnce(false); // no cache: only the memory can spare the provider a sentence
    expect(sent).not.toContain('Aucun navire');
    expect(sent).not.toContain('transporteurs');
    expect(sent).toContain('Les dockers');
  });
});
