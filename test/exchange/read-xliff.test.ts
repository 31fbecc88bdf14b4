import { describe, expect, it } from 'vitest';
import { readXliff } from '../../src/exchange/read-xliff.ts';

describe('readXliff', () => {
  it('reads units in groups, inline markup a tool added dropped to its text, CDATA and entities decoded', () => {
    const document = readXliff(
      `<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="g20.txt" source-language="fr" target-language="en" datatype="plaintext">
    <header><note from="source-sha256">abc123</note></header>
    <body>
      <group id="p1"><group id="inner">
        <trans-unit id="p1.s1" extradata="source-sha256:f00" approved="yes">
          <source>Il a dit <g id="1">«non»</g>.</source>
          <target state="final">He said <g id="1">"no"</g> &amp; left.</target>
        </trans-unit>
      </group></group>
      <trans-unit id="p2.s1"><source><![CDATA[A <b> B]]></source></trans-unit>
    </body>
  </file>
</xliff>`,
      'g20.xlf',
    );
    // Units are matched by id: their order in the file does not matter.
    document.units.sort((a, b) => a.id.localeCompare(b.id));
    expect(document).toEqual({
      original: 'g20.txt',
      sourceSha256: 'abc123',
      units: [
        { id: 'p1.s1', source: 'Il a dit «non».', target: 'He said "no" & left.', state: 'final', approved: true, sourceHash: 'f00' },
        { id: 'p2.s1', source: 'A <b> B', approved: false },
      ],
    });
  });

  it('refuses XLIFF 2 and what is no XLIFF, in one line naming the file', () => {
    expect(() => readXliff('<xliff version="2.0"><file/></xliff>', 'new.xlf')).toThrow(expect.objectContaining({ code: 'EXCHANGE_UNREADABLE', message: expect.stringContaining('XLIFF 2.0') }));
    expect(() => readXliff('<tmx/>', 'other.xlf')).toThrow(expect.objectContaining({ code: 'EXCHANGE_UNREADABLE', message: expect.stringContaining('other.xlf') }));
  });
});
