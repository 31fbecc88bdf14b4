/**
 * Subjects the pivot through Spanish loses, and `il faut` (src/providers/apertium/
 * post-edit-subjects.ts and pre-edit-falloir.ts): Spanish drops the subject pronoun, so `Elle
 * espère` came back `It expects`; `falloir` went through `hacer falta` as `It does lacking to`.
 */
import { describe, expect, it } from 'vitest';
import { rewriteFalloir } from '../../src/providers/apertium/pre-edit-falloir.ts';
import { rewriteSubjects } from '../../src/providers/apertium/post-edit-subjects.ts';
import { apertiumInstalled, translateTexts, useApertiumPair } from '../support/apertium-pair.ts';

describe('rewriteSubjects', () => {
  it.each([
    ['It estimates that the prize is too high.', 'Il estime que le prix est trop élevé.', 'He estimates that the prize is too high.'],
    ['It expects a victory.', 'Elle espère une victoire.', 'She expects a victory.'],
    ['It wished to remain.', 'Elle a souhaité rester.', 'She wished to remain.'],
    ['It does not want to leave.', 'Elle ne veut pas partir.', 'She does not want to leave.'],
    ['It  had not said it.', "Il ne l'avait pas dit.", 'He  had not said it.'],
    ['It remembered the fire.', "Elle s'est souvenue de l'incendie.", 'She remembered the fire.'],
    ['But it thinks that no.', 'Mais il pense que non.', 'But he thinks that no.'],
    ['«It assures that all is ready.»', '« Elle assure que tout est prêt. »', '«She assures that all is ready.»'],
  ])('%s', (english, french, expected) => {
    expect(rewriteSubjects(english, french)).toBe(expected);
  });

  it('leaves a subject that may be a thing, and verbs a thing may take', () => {
    // `assurer` with a noun object: the line provides the link.
    expect(rewriteSubjects('It assures the link.', 'Elle assure la liaison.')).toBe('It assures the link.');
    // Not a verb of the mind, an impersonal `il`, a reflexive verb without its `se`.
    expect(rewriteSubjects('It opens on Saturday.', 'Elle ouvre samedi.')).toBe('It opens on Saturday.');
    expect(rewriteSubjects('It rains.', 'Il pleut.')).toBe('It rains.');
    expect(rewriteSubjects('It asks for two hours.', 'Il demande deux heures.')).toBe('It asks for two hours.');
    // The French does not open on the pronoun.
    expect(rewriteSubjects('Saturday, it estimates that no.', 'Samedi, il estime que non.')).toBe('Saturday, it estimates that no.');
  });

  it('reads each sentence of a block on its own, paired by id', () => {
    const french = '<span id="p1.s1">Il a estimé que non.</span> <span id="p1.s2">Elle assure la liaison.</span> <span id="p1.s3">Elle a souhaité rester.</span>';
    const english = '<span id="p1.s1">It estimated that no.</span> <span id="p1.s2">It assures the link.</span> <span id="p1.s3">It wished to remain.</span>';
    expect(rewriteSubjects(english, french)).toBe('<span id="p1.s1">He estimated that no.</span> <span id="p1.s2">It assures the link.</span> <span id="p1.s3">She wished to remain.</span>');
  });

  it('writes according to him for the engine’s as him, where the French says selon lui', () => {
    expect(rewriteSubjects('As him, the project is too expensive.', 'Selon lui, le projet est trop cher.')).toBe('According to him, the project is too expensive.');
    expect(rewriteSubjects('As him, no.', 'Comme lui, non.')).toBe('As him, no.');
  });
});

describe('rewriteFalloir', () => {
  it.each([
    ['Il faut réserver sa place.', 'Il est nécessaire de réserver sa place.'],
    ['Il faudra encore attendre deux mois.', "Il sera encore nécessaire d'attendre deux mois."],
    ["Il a fallu l'évacuer.", "Il a été nécessaire de l'évacuer."],
    ['Il faut que les élus votent.', 'Il est nécessaire que les élus votent.'],
    ['Il va falloir être prudent.', "Il sera nécessaire d'être prudent."],
    ["Et il faudrait s'y préparer.", "Et il serait nécessaire de s'y préparer."],
    ['Il fallait partir tôt.', 'Il était nécessaire de partir tôt.'],
  ])('%s', (french, edited) => {
    expect(rewriteFalloir(french)).toBe(edited);
  });

  it('leaves a prohibition and il faut before a noun as written', () => {
    for (const french of ['Il ne faut pas partir.', 'Il faut quatre jours.', 'Il faut trois jours pour éteindre le feu.', 'Il faut une heure.', 'Le faux départ.']) {
      expect(rewriteFalloir(french)).toBe(french);
    }
  });
});

describe.skipIf(!apertiumInstalled)('on the real engine', () => {
  const engines = useApertiumPair();

  it('says he or she for a person who thinks or wishes, and it is necessary for il faut', async () => {
    const french = ['Elle espère une victoire dimanche.', 'Il estime que le projet est trop cher.', 'Il faut réserver sa place avant lundi.', "Il a fallu fermer la route."];
    const [before, after] = await Promise.all([translateTexts(engines.plain(), french, 'html'), translateTexts(engines.edited(), french, 'html')]);
    expect(before[0]).toMatch(/^It /);
    expect(before[1]).toMatch(/^It /);
    expect(before[2]).toMatch(/lacking|fail/);
    expect(after[0]).toMatch(/^She hopes for a victory/);
    expect(after[1]).toMatch(/^He /);
    expect(after[2]).toMatch(/^It is necessary to reserve /);
    expect(after[3]).toMatch(/^It was necessary to close the road/);
  });
});
