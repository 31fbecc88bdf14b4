/**
 * The narrative past (src/providers/apertium/post-edit-tenses.ts): the engine gives the French
 * passé composé as the English present perfect (`has hailed`, `have been evacuated`); English
 * reports a finished event in the simple past.
 */
import { describe, expect, it } from 'vitest';
import { rewritePerfects } from '../../src/providers/apertium/post-edit-tenses.ts';

describe('rewritePerfects', () => {
  it.each([
    ['The mayor has hailed a decisive stage.', 'Le maire a salué une étape décisive.', 'The mayor hailed a decisive stage.'],
    ['The firemen have evacuated the families, who have been housed in schools.', 'Les pompiers ont évacué les familles, qui ont été logées dans des écoles.', 'The firemen evacuated the families, who were housed in schools.'],
    ['Two people have been wounded and the army has taken the base.', 'Deux personnes ont été blessées et l’armée a pris la base.', 'Two people were wounded and the army took the base.'],
    ['The minister has already said it, and the prices have risen.', 'Le ministre l’a déjà dit, et les prix ont augmenté.', 'The minister already said it, and the prices rose.'],
    ['The mayor has been a teacher.', 'Le maire a été instituteur.', 'The mayor was a teacher.'],
  ])('%s', (english, french, expected) => {
    expect(rewritePerfects(english, french)).toBe(expected);
  });

  it.each([
    ['a negation, which English would write with did', 'He has not seen the documents.', 'Il n’a pas vu les documents.'],
    ['a modal or to before have', 'It could have been worse, and they will have left, to have done it.', 'Cela aurait pu être pire, ils seront partis, l’avoir fait.'],
    ['the pluperfect', 'He had declared it.', 'Il l’avait déclaré.'],
    ['has as a verb of its own', 'She has red hair and a plan.', 'Elle a les cheveux roux et un plan.'],
    ['a word the engine marked as unknown', 'It has *recompensado the film.', 'Il a récompensé le film.'],
    ['a question', 'Has he left?', 'Est-il parti ?'],
    ['no passé composé in the French', 'She has finished.', 'Elle finit.'],
  ])('leaves alone %s', (_name, english, french) => {
    expect(rewritePerfects(english, french)).toBe(english);
  });

  it('keeps an unknown-word mark on a participle after been', () => {
    expect(rewritePerfects('The build has been *loomed.', 'L’immeuble a été menacé.')).toBe('The build was *loomed.');
  });
});
