/**
 * The speaker's incise after a quotation (src/providers/apertium/post-edit-incises.ts): the pivot
 * through Spanish drops or misreads the French pronoun after the verb of saying (`«…», a-t-il
 * déclaré` → `«…», it has declared`, `confie-t-elle` → `trusts`); the French says who and which verb.
 */
import { describe, expect, it } from 'vitest';
import { rewriteIncises } from '../../src/providers/apertium/post-edit-incises.ts';
import { apertiumInstalled, translateTexts, useApertiumPair } from '../support/apertium-pair.ts';

describe('rewriteIncises', () => {
  it.each([
    ['«We advance», it has declared.', '«Nous avançons», a-t-il déclaré.', '«We advance», he said.'],
    ['«It is a victory», has said.', '«C’est une victoire», a-t-elle dit.', '«It is a victory», she said.'],
    ['«We will see», it had added.', '«Nous verrons», avait-elle ajouté.', '«We will see», she added.'],
    ['«It is finished», have ensured.', '«C’est fini», ont-ils assuré.', '«It is finished», they said.'],
    ['«I am proud», *trusts.', '«Je suis fière», confie-t-elle.', '«I am proud», she confides.'],
    ['«Yes», it underlines, «but not now».', '«Oui», souligne-t-il, «mais pas tout de suite».', '«Yes», he stresses, «but not now».'],
    ['“Nothing changes”, they explain, before leaving.', '« Rien ne change », expliquent-elles, avant de partir.', '“Nothing changes”, they explain, before leaving.'],
    // The speaker named after the verb, which the engine makes its object: English puts the speaker first.
    ['«No», it has answered the mayor.', '«Non», a répondu le maire.', '«No», the mayor replied.'],
    ['«It is a victory», has declared the minister of the Culture.', '«C’est une victoire», a déclaré la ministre de la Culture.', '«It is a victory», the minister of the Culture said.'],
    ['«We will see», it explains Marie Durand, president of the association.', '«Nous verrons», explique Marie Durand, présidente de l’association.', '«We will see», Marie Durand explains, president of the association.'],
    ['«It is over», have ensured the firemen.', '«C’est fini», ont assuré les pompiers.', '«It is over», the firemen said.'],
    ['«We must act», estimates Mr Martin.', '«Il faut agir», estime M. Martin.', '«We must act», Mr Martin says.'],
    // A name in apposition after the speaker goes with the speaker, before the verb.
    ['“It is a good news”, estimates the president, Jean Dupont.', '« C’est une bonne nouvelle », estime le président, Jean Dupont.', '“It is a good news”, the president, Jean Dupont, says.'],
    ['“We are ready”, regrets his president, Anne-Marie Le Gall. It rains.', '« Nous sommes prêts », regrette sa présidente, Anne-Marie Le Gall. Il pleut.', '“We are ready”, his president, Anne-Marie Le Gall, regrets. It rains.'],
    // A title's or an initial's dot inside the name is no sentence end (session 51: the name was cut to `M`).
    ['“It is held”, ensures the deputy, M. Karim Benali, that presents.', '« Il est tenu », assure l’adjoint, M. Karim Benali, qui présente.', '“It is held”, the deputy says, M. Karim Benali, that presents.'],
    ['“We are ready”, estimates the president, J. Dupont, that arrives.', '« Nous sommes prêts », estime le président, J. Dupont, qui arrive.', '“We are ready”, the president says, J. Dupont, that arrives.'],
    ['“We are ready”, explains the doctor, Dr. Paul Henri, that arrives.', '« Nous sommes prêts », explique le médecin, Dr. Paul Henri, qui arrive.', '“We are ready”, the doctor explains, Dr. Paul Henri, that arrives.'],
    ['“It is held”, ensures the deputy, M. Karim Benali.', '« Il est tenu », assure l’adjoint, M. Karim Benali.', '“It is held”, the deputy, M. Karim Benali, says.'],
    ['“We are ready”, explains the director, Mrs Anne Morel. It rains.', '« Nous sommes prêts », explique la directrice, Mrs Anne Morel. Il pleut.', '“We are ready”, the director, Mrs Anne Morel, explains. It rains.'],
    // What follows the comma is no name the French has there: left after the verb.
    ['«No», it has answered the mayor, Tuesday.', '«Non», a répondu le maire mardi.', '«No», the mayor replied, Tuesday.'],
  ])('%s', (english, french, expected) => {
    expect(rewriteIncises(english, french)).toBe(expected);
  });

  it('pairs the incises in order, and leaves the sentence alone where the counts differ or the verb is not one of saying', () => {
    expect(rewriteIncises('«A», it has said. «B», it explains.', '«A», a-t-il dit. «B», explique-t-elle.')).toBe('«A», he said. «B», she explains.');
    // The engine dropped a quotation's comma: the counts differ, nothing is paired.
    const dropped = '«A» it has said. «B», it explains.';
    expect(rewriteIncises(dropped, '«A», a-t-il dit. «B», explique-t-elle.')).toBe(dropped);
    // A quotation followed by a comma and no incise of ours keeps its place in the pairing.
    expect(rewriteIncises('«A», but it has said no. «B», it explains.', '«A», mais il a dit non. «B», explique-t-elle.')).toBe('«A», but it has said no. «B», she explains.');
    // Not a verb of saying (`a-t-il mangé`), and an incise the engine gave at length.
    expect(rewriteIncises('«A», it has eaten.', '«A», a-t-il mangé.')).toBe('«A», it has eaten.');
    // An incise the engine gave at length: its complement kept after the speaker and verb.
    expect(rewriteIncises('«A», had recognised in front of the press.', '«A», avait-il reconnu devant la presse.')).toBe('«A», he admitted in front of the press.');
    // Beyond 90 characters, no incise.
    const long = `«A», it has declared ${'to the journalists of the region '.repeat(3)}.`;
    expect(rewriteIncises(long, '«A», a-t-il déclaré aux journalistes de la région.')).toBe(long);
    // No quotation at all.
    expect(rewriteIncises('It has said that no.', 'Il a dit que non.')).toBe('It has said that no.');
  });
});

describe.skipIf(!apertiumInstalled)('on the real engine', () => {
  const engines = useApertiumPair();

  it('names the speaker after a quotation: he, she, they, with an English verb of saying', async () => {
    const french = ['«Nous avançons», a-t-il déclaré.', '«Je suis fière», confie-t-elle.', '«C’est fini», ont-ils assuré.'];
    const [before, after] = await Promise.all([translateTexts(engines.plain(), french, 'html'), translateTexts(engines.edited(), french, 'html')]);
    expect(before.some((english) => /\b(?:he|she|they) /.test(english))).toBe(false);
    expect(after[0]).toMatch(/», he said\.$/);
    expect(after[1]).toMatch(/», she confides\.$/);
    expect(after[2]).toMatch(/», they said\.$/);
  });

  it('puts a speaker named after the verb first, as the subject, not the object', async () => {
    const french = ['«Non», a répondu le maire.', '«Il faut agir», estime M. Martin.'];
    const english = await translateTexts(engines.edited(), french);
    expect(english[0]).toMatch(/», the mayor replied\.$/);
    expect(english[1]).toMatch(/», Mr Martin says\.$/);
  });

  it('keeps a name in apposition with the speaker it names', async () => {
    const french = ['« Nous sommes prêts », assure la directrice, Marie Kerouédan.'];
    const [before] = await translateTexts(engines.plain(), french, 'html');
    const [after] = await translateTexts(engines.edited(), french, 'html');
    expect(before).toMatch(/, Marie Kerouédan\.$/);
    expect(before).not.toMatch(/director, Marie Kerouédan, says/);
    expect(after).toMatch(/[»”], the director, Marie Kerouédan, says\.$/);
  });

  it('does not take a title\'s dot in an apposition for the sentence\'s end (session 51)', async () => {
    const french = ['« Le budget est tenu », assure l’adjoint aux finances, M. Karim Benali, qui présente les comptes.'];
    // The engine's English has the shape that was misread: the title's dot, then the name and a comma.
    const [before] = await translateTexts(engines.plain(), french, 'html');
    const [after] = await translateTexts(engines.edited(), french, 'html');
    expect(before).toMatch(/finances, M\. Karim Benali, /);
    expect(after).not.toMatch(/, M, says\./);
    expect(after).toMatch(/says, Mr Karim Benali, /);
  });
});
