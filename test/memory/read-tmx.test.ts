import { describe, expect, it } from 'vitest';
import { readTmx } from '../../src/memory/read-tmx.ts';
import { renderMemoryTmx } from '../../src/memory/render-memory-tmx.ts';

describe('readTmx', () => {
  it('reads TMX 1.4 as CAT tools write it: regional tags, inline codes dropped with their content, dates', () => {
    const document = readTmx(
      `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="fr-FR" segtype="sentence" o-tmf="x" adminlang="en" datatype="xml" creationtool="t" creationtoolversion="1"/>
<body>
  <tu changedate="20250102T030405Z">
    <tuv xml:lang="FR-fr"><seg>Le <bpt i="1">&lt;b&gt;</bpt>port<ept i="1">&lt;/b&gt;</ept> ferme<ph x="2">&lt;br/&gt;</ph> à 18h &amp; rouvre.</seg></tuv>
    <tuv xml:lang="en-GB"><seg>The <hi type="b">port</hi> closes at 6pm &amp; reopens.</seg></tuv>
  </tu>
  <tu><tuv xml:lang="de-DE"><seg>Der Hafen.</seg></tuv><tuv xml:lang="en-GB"><seg>The port.</seg></tuv></tu>
  <tu><tuv lang="fr"><seg><![CDATA[Il a dit <non>.]]></seg></tuv><tuv lang="en"><seg>He said &lt;no&gt;.</seg></tuv></tu>
</body></tmx>`,
      'team.tmx',
    );
    expect(document.pairs).toEqual([
      { french: 'Le port ferme à 18h & rouvre.', english: 'The port closes at 6pm & reopens.', date: '2025-01-02T03:04:05.000Z' },
      { french: 'Il a dit <non>.', english: 'He said <no>.' },
    ]);
    expect(document.skipped).toBe(1);
  });

  it('reads back what `memory export` writes', () => {
    const tmx = renderMemoryTmx([{ sourceHash: 'abc', source: 'Il a dit «non» & <rien>.', target: 'He said "no" & <nothing>.', state: 'final', origin: 'tmx:a.tmx', date: '2026-01-01T00:00:00.000Z' }]);
    expect(readTmx(tmx, 'memory.tmx').pairs).toEqual([{ french: 'Il a dit «non» & <rien>.', english: 'He said "no" & <nothing>.', date: '2026-01-01T00:00:00.000Z' }]);
  });

  it('refuses what is not a TMX in one line', () => {
    expect(() => readTmx('<html><body/></html>', 'page.tmx')).toThrow(expect.objectContaining({ code: 'EXCHANGE_UNREADABLE', message: expect.stringContaining('page.tmx') }));
    expect(() => readTmx('<tmx><body>', 'broken.tmx')).toThrow(expect.objectContaining({ code: 'EXCHANGE_UNREADABLE' }));
  });
});
