/**
 * What a chat model's answer for one sentence must not be: empty, commentary, French, a copy,
 * a length no translation has, or missing a fixed term.
 */
import { describe, expect, it } from 'vitest';
import { checkSentenceTranslation, readsAsFrench } from '../../../src/providers/openai/check-sentence-translation.ts';

const FRENCH = 'Le ministre a quitté la salle avant la fin de la réunion avec les syndicats.';

describe('checkSentenceTranslation', () => {
  it('accepts a translation', () => {
    expect(checkSentenceTranslation(FRENCH, 'The minister left the room before the end of the meeting with the unions.')).toBeUndefined();
  });

  it('refuses an empty answer, commentary, a <think> block and a code fence', () => {
    expect(checkSentenceTranslation(FRENCH, '  ')).toMatch(/empty/);
    expect(checkSentenceTranslation(FRENCH, 'Here is the translation: The minister left the room before the end of the meeting.')).toMatch(/commentary/);
    expect(checkSentenceTranslation(FRENCH, '<think>easy</think> The minister left the room before the end of the meeting.')).toMatch(/think/);
    expect(checkSentenceTranslation(FRENCH, '```The minister left the room before the end of the meeting.```')).toMatch(/code fence/);
  });

  it('refuses the French copied, and an answer still in French', () => {
    expect(checkSentenceTranslation(FRENCH, FRENCH)).toMatch(/copy/);
    expect(checkSentenceTranslation(FRENCH, 'Le ministre est parti de la salle avant la fin de la réunion.')).toMatch(/French/);
  });

  it('refuses a length no translation has: two sentences merged into one, or half of one', () => {
    const merged = 'The minister left the room before the end of the meeting with the unions. Talks on the budget will resume on Monday in Brussels, according to his spokesman, who gave no date.';
    expect(checkSentenceTranslation(FRENCH, merged)).toMatch(/length/);
    expect(checkSentenceTranslation(FRENCH, 'The minister left.')).toMatch(/length/);
  });

  it('refuses an answer that lost or changed a fixed term', () => {
    expect(checkSentenceTranslation('Selon ⟦Xinhua⟧, le sommet est terminé.', 'According to Xinhua, the summit is over.')).toMatch(/fixed/);
    expect(checkSentenceTranslation('Selon ⟦Xinhua⟧, le sommet est terminé.', 'According to ⟦Xinhua⟧, the summit is over.')).toBeUndefined();
  });

  it('leaves short sentences and names alone: they may read the same in both languages', () => {
    expect(checkSentenceTranslation('Par Marc Semo', 'By Marc Semo')).toBeUndefined();
    expect(checkSentenceTranslation('Emmanuel Macron.', 'Emmanuel Macron.')).toBeUndefined();
  });
});

describe('readsAsFrench', () => {
  it('tells French from English that quotes French names', () => {
    expect(readsAsFrench('Il a dit que les négociations reprendront dans la semaine.')).toBe(true);
    expect(readsAsFrench("The report in Le Monde said the talks would resume at the Quai d'Orsay.")).toBe(false);
  });
});
