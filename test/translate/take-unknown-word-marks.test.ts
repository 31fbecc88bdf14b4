import { describe, expect, it } from 'vitest';
import { takeUnknownWordMarks } from '../../src/translate/take-unknown-word-marks.ts';

describe('takeUnknownWordMarks', () => {
  const answer =
    '<span id="p1.s1">The *cesación of the **circonspect talks, 7 * 8, &#42;note, tag*x.</span> ' +
    '<span id="p1.s2">Said *<span class="notranslate">Xinhua</span>, <span translate="no">*Kremlin</span> and #give *cesación.</span>';

  it('lists the marked words by sentence, each once, and takes the marks out', () => {
    const { html, bySentence } = takeUnknownWordMarks(answer, 'remove');
    expect(Object.fromEntries(bySentence)).toEqual({ 'p1.s1': ['cesación', 'circonspect'], 'p1.s2': ['give', 'cesación'] });
    expect(html).toBe(
      '<span id="p1.s1">The cesación of the circonspect talks, 7 * 8, &#42;note, tag*x.</span> ' +
        '<span id="p1.s2">Said <span class="notranslate">Xinhua</span>, <span translate="no">Kremlin</span> and give cesación.</span>',
    );
  });

  it('keeps the marks in the answer when asked, listing the same words', () => {
    const { html, bySentence } = takeUnknownWordMarks(answer, 'keep');
    expect(html).toBe(answer);
    expect(bySentence.get('p1.s1')).toEqual(['cesación', 'circonspect']);
  });

  it('takes out the queue mark of a multiword the engine could not generate, and only that one', () => {
    // Apertium's fr-es then spa-eng: `démontée puis remontée pièce par pièce`.
    const multiword = '<span id="p1.s1">Disassembled afterwards #trace# back piece by piece, in C# code, *foo# bar.</span>';
    const { html, bySentence } = takeUnknownWordMarks(multiword, 'remove');
    expect(html).toBe('<span id="p1.s1">Disassembled afterwards trace back piece by piece, in C# code, foo# bar.</span>');
    expect(bySentence.get('p1.s1')).toEqual(['trace', 'foo']);
    expect(takeUnknownWordMarks(multiword, 'keep').html).toBe(multiword);
  });

  it('finds nothing in an answer without marks', () => {
    const clean = '<span id="p1.s1">7 * 8 &#35;1 &amp; co.</span>';
    expect(takeUnknownWordMarks(clean, 'remove')).toEqual({ html: clean, bySentence: new Map() });
  });
});
