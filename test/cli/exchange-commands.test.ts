/**
 * `bilingual export`, `import` and `memory` as a person runs them: the real CLI in a child
 * process, against a local server speaking Google's v2 wire (`test/support/fake-google-v2-server.ts`),
 * so what the provider received is known exactly.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGoogleV2Server, type FakeGoogleV2Server } from '../support/fake-google-v2-server.ts';
import { memoryWorkspace } from '../support/memory-article.ts';
import { runCli } from '../support/run-cli.ts';

let folder: string;
let article: string;
let server: FakeGoogleV2Server;
beforeAll(async () => {
  ({ folder, article } = await memoryWorkspace('bilingual-exchange-cli-'));
  server = await startFakeGoogleV2Server();
});
afterAll(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

const settings = () => ['--out', join(folder, 'output'), '--cache-path', join(folder, 'cache.sqlite'), '--set', `memory.path=${join(folder, 'memory.sqlite')}`];
const cli = (args: string[]) => runCli(args, { cwd: folder, env: { GOOGLE_API_KEY: 'fake-key', GOOGLE_CLOUD_TRANSLATE_ENDPOINT: server.endpoint }, timeoutMs: 120_000 });

const TEAM_TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="memoQ" creationtoolversion="9.0" segtype="sentence" o-tmf="memoQ" adminlang="en-US" srclang="fr-FR" datatype="plaintext"/>
  <body>
    <tu creationdate="20251201T090000Z">
      <tuv xml:lang="fr-FR"><seg>Aucun navire n’a pu décharger depuis lundi.</seg></tuv>
      <tuv xml:lang="en-US"><seg>Not a single ship has unloaded since Monday.</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="fr-FR"><seg>La direction du port ne <bpt i="1">&lt;i&gt;</bpt>s’est<ept i="1">&lt;/i&gt;</ept> pas exprimée.</seg></tuv>
      <tuv xml:lang="en-US"><seg>The port management has not commented.</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="fr-FR"><seg>Une phrase sans anglais.</seg></tuv>
    </tu>
  </body>
</tmx>
`;

describe('export, import and memory commands', () => {
  it('refuses an XLIFF whose French changed (exit 2, the units named, nothing written), and a TMX in the memory spares the provider those sentences', { timeout: 600_000 }, async () => {
    const first = await cli(['build', article, '--provider', 'google', ...settings()]);
    expect(first.code, first.stderr).toBe(0);

    const exported = await cli(['export', join(folder, 'output', 'port-strike'), '--format', 'xliff', ...settings()]);
    expect(exported.code, exported.stderr).toBe(0);
    const xlf = join(folder, 'output', 'port-strike', 'port-strike.xlf');
    expect(exported.stdout.trim()).toBe(join('output', 'port-strike', 'port-strike.xlf'));
    const xliff = await readFile(xlf, 'utf8');
    await writeFile(
      xlf,
      xliff
        .replace('Les dockers ont voté la poursuite de la grève jeudi soir.</source>', 'Les dockers ont voté la reprise du travail jeudi soir.</source>')
        .replace(/(<source xml:lang="fr">Les dockers[^<]*<\/source>\s*<target xml:lang="en" state=")[^"]*(">)[^<]*/, '$1translated$2Dockers voted to go back to work.'),
    );
    const json = join(folder, 'output', 'port-strike', 'port-strike.json');
    const before = await readFile(json, 'utf8');
    const refused = await cli(['import', xlf, ...settings()]);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain('p1.s1');
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    expect(await readFile(json, 'utf8')).toBe(before);

    const tmx = join(folder, 'team.tmx');
    await writeFile(tmx, TEAM_TMX);
    const imported = await cli(['memory', 'import', tmx, ...settings()]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toContain('Imported 2');
    const stats = await cli(['--json', 'memory', 'stats', ...settings()]);
    expect(JSON.parse(stats.stdout)).toMatchObject({ entries: 2, final: 2, byOrigin: { 'tmx:team.tmx': 2 } });

    const receivedBefore = server.received.length;
    const second = await cli(['build', article, '--provider', 'google', '--no-cache', ...settings()]);
    expect(second.code, second.stderr).toBe(0);
    const sent = server.received.slice(receivedBefore).flatMap((request) => request.body.q).join('\n');
    expect(sent).toContain('Les dockers');
    expect(sent).not.toContain('Aucun navire');
    expect(sent).not.toContain('La direction du port');
    const rebuilt = JSON.parse(await readFile(json, 'utf8')) as { blocks: { sentences: { text: string; translation: string; origin: string }[] }[] };
    const ship = rebuilt.blocks.flatMap((block) => block.sentences).find((sentence) => sentence.text.startsWith('Aucun navire'))!;
    expect(ship).toMatchObject({ translation: 'Not a single ship has unloaded since Monday.', origin: 'human' });

    const exportedMemory = await cli(['memory', 'export', ...settings()]);
    expect(exportedMemory.code).toBe(0);
    expect(exportedMemory.stdout).toContain('<seg>The port management has not commented.</seg>');
    expect(exportedMemory.stdout).toContain('changedate="20251201T090000Z"');
  });

  it('says in one line what it can import, and that an article must be built first', { timeout: 120_000 }, async () => {
    const wrong = await cli(['import', article, ...settings()]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('.fr-en.md');
    const notBuilt = await cli(['export', join(folder, 'nowhere.txt'), ...settings()]);
    expect(notBuilt.code).toBe(2);
    expect(notBuilt.stderr.trim().split('\n'), notBuilt.stderr).toHaveLength(1);
  });
});
