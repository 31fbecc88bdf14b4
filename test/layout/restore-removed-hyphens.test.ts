import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { createDocumentEvidence } from '../../src/layout/join-lines.ts';
import { restoreRemovedHyphens } from '../../src/layout/restore-removed-hyphens.ts';
import { contents, pageLines } from '../support/page-lines.ts';

// Columns of about 36 characters: `Les quatre fromageries de Haute-` filled one.
const restore = (text: string, width = 36) => {
  const context = { lexicon: getFrenchLexicon(), document: createDocumentEvidence(text) };
  return restoreRemovedHyphens(pageLines(text), width, context);
};

describe('hyphens removed by pdftotext where it glued two lines', () => {
  it('puts back the hyphen of a compound when the word list or a capital says where', () => {
    const result = restore(
      [
        'Les quatre fromageries de HauteSavoie, dont la production est protégée, ferment.',
        'Il laisse une fille, Anne, luthière à Lyon, et trois petitsenfants.',
      ].join('\n'),
    );
    expect(contents(result.lines)).toEqual([
      'Les quatre fromageries de Haute-Savoie, dont la production est protégée, ferment.',
      'Il laisse une fille, Anne, luthière à Lyon, et trois petits-enfants.',
    ]);
    expect(result.repairs.map((repair) => `${repair.kind} ${repair.before} → ${repair.after} (${repair.reason})`)).toEqual([
      'hyphen-restored HauteSavoie → Haute-Savoie (capitalised)',
      'hyphen-restored petitsenfants → petits-enfants (lexicon)',
    ]);
  });

  it('puts back the second hyphen around a euphonic t (explique-t-il)', () => {
    const result = restore('« Elle joue pour gagner », explique-til. Le club, lui, attend.');
    expect(contents(result.lines)).toEqual(['« Elle joue pour gagner », explique-t-il. Le club, lui, attend.']);
    expect(result.repairs.map((repair) => `${repair.before} → ${repair.after} (${repair.reason})`)).toEqual(['explique-til → explique-t-il (clitic)']);
  });

  it('puts back a pronoun’s hyphen only after a whole word, its verb (dit-il), not inside an unknown word ending like one (sculptrice)', () => {
    const result = restore(
      [
        '« Nous verrons ce qui se passe », ditil au conseil, lundi soir.',
        'Elle a reçu hier les amis de la sculptrice, au village.',
      ].join('\n'),
    );
    expect(contents(result.lines)).toEqual([
      '« Nous verrons ce qui se passe », dit-il au conseil, lundi soir.',
      'Elle a reçu hier les amis de la sculptrice, au village.',
    ]);
    expect(result.repairs.map((repair) => `${repair.before} → ${repair.after} (${repair.reason})`)).toEqual(['ditil → dit-il (clitic)']);
  });

  it('puts back the first hyphen of a word joined to a particle and a capital (Général-de-Gaulle), not inside a name', () => {
    const result = restore(
      [
        'Ils ont couru jusqu’à La Trinitésur-Mer pour la nuit, puis à Lyon.',
        'Le marché se tient sur la place du Généralde-Gaulle, tous les mercredis.',
        'La présidente du jury, Mme Mathilde-Rose Lambert, lit les résultats.',
        'Le fondateur de la société, M. Paul Vernet-Castel, lit les résultats.',
      ].join('\n'),
    );
    expect(contents(result.lines)).toEqual([
      'Ils ont couru jusqu’à La Trinité-sur-Mer pour la nuit, puis à Lyon.',
      'Le marché se tient sur la place du Général-de-Gaulle, tous les mercredis.',
      'La présidente du jury, Mme Mathilde-Rose Lambert, lit les résultats.',
      'Le fondateur de la société, M. Paul Vernet-Castel, lit les résultats.',
    ]);
    expect(result.repairs.map((repair) => repair.reason)).toEqual(['capitalised', 'capitalised']);
  });

  it('puts back the first hyphen around a euphonic t after a verb ending in a vowel (a-t-elle), not after one ending in t (met-il)', () => {
    const result = restore(
      [
        '« Et qui paiera le démontage ? » at-elle demandé au préfet, hier.',
        '« Et qui paiera le démontage ? » parlet-elle encore au préfet.',
        '« Et qui paiera le démontage ? » admet-elle devant le préfet.',
      ].join('\n'),
    );
    expect(contents(result.lines)).toEqual([
      '« Et qui paiera le démontage ? » a-t-elle demandé au préfet, hier.',
      '« Et qui paiera le démontage ? » parle-t-elle encore au préfet.',
      '« Et qui paiera le démontage ? » admet-elle devant le préfet.',
    ]);
    expect(result.repairs.map((repair) => repair.reason)).toEqual(['clitic', 'clitic']);
  });

  it('puts back the hyphen before an elided word starting with a capital, as place names are joined (Val-d’Oise)', () => {
    const result = restore('Les habitants de Villeneuved’Ascq et de la commune voisine voteront.');
    expect(contents(result.lines)).toEqual(['Les habitants de Villeneuve-d’Ascq et de la commune voisine voteront.']);
  });

  it('puts back the hyphen between an acronym and a capitalised word (CGT-Cheminots)', () => {
    const result = restore('Le mouvement, lancé par la FNSEAJeunes et le syndicat, durera.');
    expect(contents(result.lines)).toEqual(['Le mouvement, lancé par la FNSEA-Jeunes et le syndicat, durera.']);
  });

  it('puts back the first hyphen of a longer compound the word list knows whole (goutte-à-goutte)', () => {
    const result = restore('Les exploitations équipées en goutteà-goutte seront épargnées cet été.');
    expect(contents(result.lines)).toEqual(['Les exploitations équipées en goutte-à-goutte seront épargnées cet été.']);
    expect(result.repairs.map((repair) => repair.reason)).toEqual(['lexicon']);
  });

  it('puts back a hyphen inside a later part of a compound (soixante-dix-huit, Saint-Michel-de-Lanès)', () => {
    const result = restore(
      [
        'Le grand-père, Émile, soixante-dixhuit ans, fait encore la route.',
        'L’orgue sera inauguré dimanche à Saint-Michelde-Lanès, dans la vallée.',
      ].join('\n'),
      32,
    );
    expect(contents(result.lines)).toEqual([
      'Le grand-père, Émile, soixante-dix-huit ans, fait encore la route.',
      'L’orgue sera inauguré dimanche à Saint-Michel-de-Lanès, dans la vallée.',
    ]);
    expect(result.repairs.map((repair) => repair.reason)).toEqual(['lexicon', 'capitalised']);
  });

  it('puts back a hyphen away from the column’s glue point on evidence that does not depend on it (a headline’s line)', () => {
    // The column is 60 characters: these headline and standfirst lines were printed in a
    // larger face, and their glue point is nowhere near the column's measure.
    const result = restore(
      [
        'Les ostréiculteurs de VernetCastel attendent la levée de',
        'l’interdiction',
        'Plus de 12 000 volontaires ont compté les oiseaux pendant un weekend de janvier.',
        'Le ferry de SaintMalo reste à quai',
        'Le port de Vernet-Castel, au fond du bassin, attend la décision du préfet, lundi.',
      ].join('\n'),
      60,
    );
    expect(contents(result.lines).slice(0, 4)).toEqual([
      'Les ostréiculteurs de Vernet-Castel attendent la levée de',
      'l’interdiction',
      'Plus de 12 000 volontaires ont compté les oiseaux pendant un week-end de janvier.',
      'Le ferry de Saint-Malo reste à quai',
    ]);
    expect(result.repairs.map((repair) => repair.reason)).toEqual(['document', 'lexicon', 'capitalised']);
  });

  it('puts back the hyphen between a compound’s particle and the capitalised name glued to it, away from the glue point (a signature’s line)', () => {
    const result = restore(
      [
        'Les riverains du pont attendent depuis des mois, et la colère monte dans tout le quartier.',
        'Les élus promettent une réponse avant la fin du mois prochain, sans plus de détails.',
        'Jeanne Martin, Chazelles-surLyon',
      ].join('\n'),
      60,
    );
    expect(contents(result.lines)[2]).toBe('Jeanne Martin, Chazelles-sur-Lyon');
    expect(result.repairs.map((repair) => `${repair.before} → ${repair.after} (${repair.reason})`)).toEqual(['Chazelles-surLyon → Chazelles-sur-Lyon (capitalised)']);
  });

  it('puts back the hyphen of a name glued by its shape alone in a text that keeps most line-end hyphens, and nothing else there', () => {
    // A fifth of the lines end on a hyphen pdftotext kept (a column's foot): the text as a whole
    // shows no glueing, but `SaintPierreville` and `Montoir-deBretagne` are no spelling.
    const text = [
      'Le velouté de châtaignes d’une aubergiste de SaintPierreville',
      'La soupe se prépare en moins d’une heure, avec des châ-',
      'taignes et un bouillon de volaille, puis se mixe longuement.',
      'Le chef de Montoir-deBretagne la sert avec des petitsenfants.',
      'Elle se congèle sans difficulté et se garde trois jours au frais.',
    ].join('\n');
    const result = restore(text, 60);
    expect(contents(result.lines)).toEqual([
      'Le velouté de châtaignes d’une aubergiste de Saint-Pierreville',
      'La soupe se prépare en moins d’une heure, avec des châ-',
      'taignes et un bouillon de volaille, puis se mixe longuement.',
      'Le chef de Montoir-de-Bretagne la sert avec des petitsenfants.',
      'Elle se congèle sans difficulté et se garde trois jours au frais.',
    ]);
    expect(result.repairs.map((repair) => repair.after)).toEqual(['Saint-Pierreville', 'Montoir-de-Bretagne']);
  });

  it('leaves a particle glued to a small letter, and a capital after a particle that stands alone (de Gaulle)', () => {
    expect(restore('Le maire de Montoir-debout et le général de Gaulle ont été cités, lundi.', 60).repairs).toEqual([]);
  });

  it('leaves a word away from the glue point when only a capital inside it speaks (a brand: TotalEnergies)', () => {
    expect(restore('Le groupe TotalEnergies annonce la fermeture du dépôt, lundi.', 60).repairs).toEqual([]);
  });

  it('puts back the hyphen of a name glued at the end of a stretched line read a word a line, at the next line’s start or inside the run', () => {
    // `prévient Thomas Guérin-` stretched, read `prévient` / `Thomas` and joined back
    // (word-per-line-runs.ts): the glue point is where that printed line ended, at the next
    // line's first word, however short the joined line.
    const text = ['— Ce n’est qu’un début, dit', 'prévient Thomas', 'GuérinMazet, l’un des fondateurs. Les', 'Mme Sophie LabordeRoux, présidente', 'du comité, a signé.'].join('\n');
    const context = { lexicon: getFrenchLexicon(), document: createDocumentEvidence(text) };
    const lines = pageLines(text).map((line) => (line.number === 2 || line.number === 4 ? { ...line, stretched: true } : line));
    const result = restoreRemovedHyphens(lines, 36, context);
    expect(contents(result.lines)).toEqual(['— Ce n’est qu’un début, dit', 'prévient Thomas', 'Guérin-Mazet, l’un des fondateurs. Les', 'Mme Sophie Laborde-Roux, présidente', 'du comité, a signé.']);
    expect(result.repairs.map((repair) => repair.after)).toEqual(['Guérin-Mazet', 'Laborde-Roux']);
    // Not stretched, the same lines keep their words: a capital inside a word away from a glue
    // point may be a brand's.
    expect(restore(text).repairs).toEqual([]);
  });

  it('does not cut an unknown word after an "o" taken for a combining form (russo-)', () => {
    expect(restore('Les deux associés cherchent des télépilotes expérimentés pour cet été.').repairs).toEqual([]);
  });

  it('reads glued lines in a text hyphenated with U+2010, whose line ends pdftotext keeps, as glued', () => {
    const text = [
      'Les chèvres se pressent contre la bar-',
      'rière dès que le tracteur entre dans la',
      'cour. Le président, M. JeanLouis Capdeville, redoute une pénurie.',
      'Il est 7 h, et Mathieu distribue la ra-',
      'tion du matin avec une grande parcimo-',
      'nie : il compte désormais les bottes.',
    ].join('\n');
    const context = { lexicon: getFrenchLexicon(), document: createDocumentEvidence(text) };
    // Every line-end hyphen a `-`: the lines were not glued, nothing is restored.
    expect(restoreRemovedHyphens(pageLines(text), 40, context).repairs).toEqual([]);
    // The same ends printed with U+2010: pdftotext kept them, and glued line 3 at a `-`.
    const typeset = restoreRemovedHyphens(pageLines(text), 40, { ...context, typesetHyphenLines: new Set([1, 4, 5]) });
    expect(contents(typeset.lines)[2]).toBe('cour. Le président, M. Jean-Louis Capdeville, redoute une pénurie.');
  });

  it('leaves words it cannot place, names, and text whose lines keep their hyphens', () => {
    expect(restore('Le troisième ligne Castagnède a plongé dans la mêlée adverse à la fin.').repairs).toEqual([]);
    expect(restore('Un texte dont les lignes gardent leurs traits d’union en fin de ligne com-\nme celle-ci et petitsenfants.\nUne autre ligne coupée au mi-\nlieu.').repairs).toEqual([]);
  });
});
