/**
 * `venir de` and an infinitive, the French recent past (src/providers/apertium/post-edit-just.ts):
 * the pivot's `acabar de` came out `It finishes to sign`, `finished to be informed`.
 */
import { describe, expect, it } from 'vitest';
import { pastParticiple, preEditRecentPast, rewriteRecentPast } from '../../src/providers/apertium/post-edit-just.ts';
import { apertiumInstalled, translateTexts, useApertiumPair } from '../support/apertium-pair.ts';

describe('pastParticiple', () => {
  it.each([
    ['sign', 'signed'],
    ['announce', 'announced'],
    ['carry', 'carried'],
    ['stop', 'stopped'],
    ['open', 'opened'],
    ['visit', 'visited'],
    ['be', 'been'],
    ['take', 'taken'],
    ['buy', 'bought'],
    ['play', 'played'],
  ])('%s → %s', (verb, participle) => {
    expect(pastParticiple(verb)).toBe(participle);
  });
});

describe('rewriteRecentPast', () => {
  it.each([
    ['The mayor finishes to sign an agreement.', 'Le maire vient de signer un contrat.', 'The mayor has just signed an agreement.'],
    ['The elect finished to be informed.', "Les élus venaient d'être informés.", 'The elect had just been informed.'],
    ['The firemen finish to arrive.', "Les pompiers viennent d'arriver.", 'The firemen have just arrived.'],
    ['Finishing to lose his work, he searches.', 'Venant de perdre son emploi, il cherche.', 'Having just lost his work, he searches.'],
  ])('%s', (english, french, expected) => {
    expect(rewriteRecentPast(english, french)).toBe(expected);
  });

  it('leaves finish where the French finishes, or has no venir de, or a pronoun follows', () => {
    expect(rewriteRecentPast('It finishes to sign.', 'Il finit de signer.')).toBe('It finishes to sign.');
    expect(rewriteRecentPast('It finishes to sign.', 'Il acheve.')).toBe('It finishes to sign.');
    expect(rewriteRecentPast('It finishes to him say.', 'Il vient de lui dire.')).toBe('It finishes to him say.');
  });

  it('drops tout juste in the French sent to the engine', () => {
    expect(preEditRecentPast("La commune vient tout juste d'acheter le terrain.")).toBe("La commune vient d'acheter le terrain.");
    expect(preEditRecentPast('Il est tout juste de retour.')).toBe('Il est tout juste de retour.');
  });
});

describe.skipIf(!apertiumInstalled)('on the real engine', () => {
  const engines = useApertiumPair();

  it('says has just and had just for venir de', async () => {
    const french = ['Le maire de la commune vient de signer un contrat.', "Les élus venaient d'être informés.", "La commune vient tout juste d'acheter le terrain.", 'Il vient de Paris.'];
    const [before, after] = await Promise.all([translateTexts(engines.plain(), french), translateTexts(engines.edited(), french)]);
    expect(before[0]).toMatch(/finishes to sign/);
    expect(before[1]).toMatch(/finished to be informed/);
    expect(before[2]).toMatch(/all just/);
    expect(after[0]).toMatch(/has just signed an agreement/);
    expect(after[1]).toMatch(/had just been informed/);
    expect(after[2]).toMatch(/has just bought the/);
    expect(after[3]).toBe(before[3]);
  });
});
