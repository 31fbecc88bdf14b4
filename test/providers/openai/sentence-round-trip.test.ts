/**
 * The round trip of a request's segments to the sentences a chat model translates, and back:
 * every sentence element rebuilt exactly, whatever else the fragment holds.
 */
import { describe, expect, it } from 'vitest';
import { encodeSentences } from '../../../src/providers/openai/sentence-round-trip.ts';

function answer(pairs: [string, string][]) {
  return new Map(pairs);
}

describe('encodeSentences', () => {
  it('takes each sentence element apart, entities decoded, and puts the answers back in the same elements, escaped', () => {
    const trip = encodeSentences(
      [{ id: 'a', text: '<span id="p1.s1">Il a dit «&lt;non&gt;».</span> <span id="p1.s2">Puis &amp; après.</span>' }],
      'html',
    );
    expect(trip.items.map((item) => [item.key, item.text, item.sentenceId])).toEqual([
      ['s1', 'Il a dit «<non>».', 'p1.s1'],
      ['s2', 'Puis & après.', 'p1.s2'],
    ]);
    expect(trip.decode(answer([['s1', 'He said "<no>".'], ['s2', 'Then & after.']]))).toEqual([
      { id: 'a', text: '<span id="p1.s1">He said &quot;&lt;no&gt;&quot;.</span> <span id="p1.s2">Then &amp; after.</span>' },
    ]);
  });

  it('sends protected elements as ⟦text⟧ and gives back the very element sent', () => {
    const element = '<span class="notranslate">Sergei Lavrov</span>';
    const trip = encodeSentences([{ id: 'a', text: `<span id="p2.s1">Selon ${element}, non.</span>` }], 'html');
    expect(trip.items[0]!.text).toBe('Selon ⟦Sergei Lavrov⟧, non.');
    expect(trip.decode(answer([['s1', 'According to ⟦Sergei Lavrov⟧, no.']]))[0]!.text).toBe(`<span id="p2.s1">According to ${element}, no.</span>`);
  });

  it('numbers sentences over the whole request, segment after segment', () => {
    const trip = encodeSentences(
      [
        { id: 'x', text: '<span id="p1.s1">Un.</span>' },
        { id: 'y', text: '<span id="p1.s1">Deux.</span> <span id="p1.s2">Trois.</span>' },
      ],
      'html',
    );
    expect(trip.items.map((item) => [item.key, item.segmentId])).toEqual([
      ['s1', 'x'],
      ['s2', 'y'],
      ['s3', 'y'],
    ]);
    expect(trip.decode(answer([['s1', 'One.'], ['s2', 'Two.'], ['s3', 'Three.']])).map((segment) => segment.text)).toEqual([
      '<span id="p1.s1">One.</span>',
      '<span id="p1.s1">Two.</span> <span id="p1.s2">Three.</span>',
    ]);
  });

  it('text outside any sentence element is a sentence of its own, its spaces kept', () => {
    const trip = encodeSentences([{ id: 'a', text: ' Selon <span translate="no">Chine Nouvelle</span>, oui. ' }], 'html');
    expect(trip.items.map((item) => item.text)).toEqual(['Selon ⟦Chine Nouvelle⟧, oui.']);
    expect(trip.decode(answer([['s1', 'According to ⟦Chine Nouvelle⟧, yes.']]))[0]!.text).toBe(
      ' According to <span translate="no">Chine Nouvelle</span>, yes. ',
    );
  });

  it('drops other tags inside a sentence, keeping their text', () => {
    const trip = encodeSentences([{ id: 'a', text: '<span id="p1.s1">Le <b>chat</b> dort.</span>' }], 'html');
    expect(trip.items[0]!.text).toBe('Le chat dort.');
  });

  it('sends plain text as it is, one sentence per segment, and gives the answer back unescaped', () => {
    const trip = encodeSentences([{ id: 'a', text: 'Le chat & le chien.' }], 'text');
    expect(trip.items[0]!.text).toBe('Le chat & le chien.');
    expect(trip.decode(answer([['s1', 'The cat & the dog.']]))[0]!.text).toBe('The cat & the dog.');
  });
});
