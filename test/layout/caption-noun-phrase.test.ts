import { describe, expect, it } from 'vitest';
import { readsAsPictureDescription } from '../../src/layout/body-captions.ts';
import { isApposition, isName, isNounPhrase } from '../../src/layout/caption-noun-phrase.ts';

describe('a caption’s noun phrase', () => {
  it('reads a name of two words or more, particles inside', () => {
    expect(['Le Goéland-Bleu', 'Jeanne de La Roche', 'Paul Vasseur'].every(isName)).toBe(true);
    expect(['Paul', 'Le maire', 'Paul Vasseur déjeune'].some(isName)).toBe(false);
  });

  it('reads an article, a noun after a prenominal adjective or none, and complements opened by prepositions', () => {
    expect(['La nouvelle halle du marché de Quimperlé', 'Le quai des Brumes', 'Les petites barques à l’ancre', 'L’entrée du collège'].every(isNounPhrase)).toBe(true);
    // A noun's own name in apposition right after it, and a complement opened by an indefinite article.
    expect(['Le pont Marc-Seguin', 'Le troupeau de la famille Bouviala sur une draille', 'La piscine Jean-Bouin'].every(isNounPhrase)).toBe(true);
    expect(['Le pont Marc-Seguin ferme', 'Le troupeau de la famille Bouviala monte'].some(isNounPhrase)).toBe(false);
    // A verb after the noun, with no preposition before it: not a bare noun phrase.
    expect(['La halle ouvre', 'Le maire de Brest dit', 'Les élus du canton votent', 'Halle du marché'].some(isNounPhrase)).toBe(false);
    // A past participle qualifying the noun, then complements: still a bare noun phrase; a
    // finite verb after it, or a second participle, is not.
    expect(['Les châtaignes grillées d’Odile Fabre', 'Le voilier amarré au quai', 'Les tomates cueillies'].every(isNounPhrase)).toBe(true);
    expect(['Le maire crée une association', 'Les tomates cueillies mûrissent', 'Le maire salue les élus'].some(isNounPhrase)).toBe(false);
  });

  it('reads an apposition or a moment after a comma', () => {
    expect(['ancien marin', 'nouvelle présidente du club', 'début juin', 'fin mars'].every(isApposition)).toBe(true);
    expect(['racontent la crue', 'eux', 'plus tard'].some(isApposition)).toBe(false);
  });
});

describe('a verbless caption read as a picture’s description', () => {
  it('takes a noun phrase or a name, then where, when or who it is', () => {
    expect(readsAsPictureDescription('Le Goéland-Bleu, au mouillage, devant la jetée de Doëlan.')).toBe(true);
    expect(readsAsPictureDescription('La nouvelle halle du marché de Quimperlé, début juin.')).toBe(true);
    expect(readsAsPictureDescription('Paul Vasseur, ancien marin, sur le quai de Doëlan.')).toBe(true);
    expect(readsAsPictureDescription('Le pont Marc-Seguin, entre Tournon et Tain-l’Hermitage, vu depuis la rive ardéchoise.')).toBe(true);
    expect(readsAsPictureDescription('Le troupeau sur une draille, au-dessus du Pont-de-Montvert.')).toBe(true);
  });

  it('takes a verbless description then one short sentence more for a caption of two sentences', () => {
    expect(readsAsPictureDescription('Le troupeau de la famille Bouviala sur une draille, au-dessus du Pont-de-Montvert. Les bêtes passeront l’été sur les pelouses du mont Lozère.')).toBe(true);
    // The first sentence narrates (a verb), or a third sentence follows, or the second runs long: body.
    expect(readsAsPictureDescription('Le troupeau monte sur une draille, au-dessus du Pont-de-Montvert. Les bêtes passeront l’été sur les pelouses.')).toBe(false);
    expect(readsAsPictureDescription('Le troupeau sur une draille, au-dessus du Pont-de-Montvert. Les bêtes passeront l’été là-haut. Puis elles redescendront.')).toBe(false);
    expect(readsAsPictureDescription('Le troupeau sur une draille, au-dessus du Pont-de-Montvert. Les bêtes passeront l’été sur les pelouses du mont Lozère, gardées par un berger salarié que la famille embauche chaque année depuis dix ans.')).toBe(false);
  });

  it('leaves body sentences: a verb after the subject, a present tense after a comma, a list of ingredients', () => {
    expect(readsAsPictureDescription('Le maire de Quimperlé, à la surprise générale, a démissionné.')).toBe(false);
    expect(readsAsPictureDescription('Le vainqueur, Paul Vasseur, franchit la ligne à 19 h, en tête.')).toBe(false);
    expect(readsAsPictureDescription('Un oignon, du sel, du poivre et une pincée de muscade.')).toBe(false);
    expect(readsAsPictureDescription('Les pêcheurs, eux, s’organisent.')).toBe(false);
  });

  it('takes no line opening on a figure for a caption: French spells out a number opening a sentence, a list’s item does not', () => {
    expect(readsAsPictureDescription('200 g de farine, une pincée de sel, à température ambiante.')).toBe(false);
    expect(readsAsPictureDescription('3 Paul Vasseur, ancien marin, sur le quai de Doëlan.')).toBe(false);
  });
});
