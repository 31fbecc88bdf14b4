import { describe, expect, it } from 'vitest';
import { isLabelledCreditAlone } from '../../src/layout/credit-forms.ts';

describe('a credit alone under its label', () => {
  it('reads the label and a source of a few capitalised words, particles or a slash between them, as a credit', () => {
    for (const text of [
      'Photo : Jeanne Morvan',
      'Photo : Jeanne Morvan / Le Courrier du Léon',
      'Photos : Service Communication',
      'Photo : Archives de la Dépêche',
      'Photo : L’Écho du Trégor',
      'Photo : Musée de l’Ouest',
      'PHOTO : YANN LE BRAS',
      'Crédit photo : Ville de Quimperlé',
    ]) {
      expect(isLabelledCreditAlone(text), text).toBe(true);
    }
  });

  it('leaves a label before a picture’s description, and anything but the label and a name', () => {
    for (const text of [
      // A description: a sentence, closed by its stop, or words in small letters.
      'Photo : Le maire inaugure la nouvelle salle.',
      'Photo : Les bénévoles devant la salle rénovée',
      'Photo : Une vue du port, samedi',
      // A source that ends on a particle or a slash is cut short, not a credit.
      'Photo : Jeanne Morvan /',
      'Photo : Archives de la',
      // Too many words for a source.
      'Photo : Jean Le Bras De La Villemarqué Du Pont Aven',
      // No label, or another label.
      'Jeanne Morvan / Le Courrier',
      'Légende : Jeanne Morvan',
      'Photo :',
    ]) {
      expect(isLabelledCreditAlone(text), text).toBe(false);
    }
  });
});
