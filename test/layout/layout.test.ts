import { describe, expect, it } from 'vitest';
import { decideLineEndHyphen, type HyphenContext } from '../../src/layout/decide-line-end-hyphen.ts';
import { detectLayout } from '../../src/layout/detect-layout.ts';
import { getFrenchLexicon, loadFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { createDocumentEvidence, joinLines, leftOfLineEndHyphen } from '../../src/layout/join-lines.ts';
import { normalizeSpacing } from '../../src/layout/normalize-spacing.ts';
import { structureText } from '../../src/structure.ts';

const lexicon = getFrenchLexicon();
const context: HyphenContext = { lexicon, document: createDocumentEvidence('') };
const decide = (left: string, right: string, documentText = ''): string => {
  const decision = decideLineEndHyphen(left, right, { lexicon, document: createDocumentEvidence(documentText) });
  return `${decision.join ? `${left}${right}` : `${left}-${right}`} (${decision.reason})`;
};

describe('decideLineEndHyphen', () => {
  it.each([
    ['Etats', 'Unis', 'Etats-Unis (capitalised)'],
    ['Al', 'Assad', 'Al-Assad (capitalised)'],
    ['russo', 'américain', 'russo-américain (lexicon)'],
    ['italo', 'marocain', 'italo-marocain (prefix)'],
    ['anti', 'terroriste', 'antiterroriste (lexicon)'],
    ['mini', 'sommet', 'minisommet (prefix)'],
    ['anti', 'inflammatoire', 'anti-inflammatoire (lexicon)'],
    ['Boute', 'flika', 'Bouteflika (lexicon)'],
    ['porte', 'parole', 'porte-parole (lexicon)'],
    ['a-t', 'il', 'a-t-il (clitic)'],
    ['avait', 'il', 'avait-il (clitic)'],
    ['dites', 'le', 'dites-le (clitic)'],
    ['peut', 'être', 'peut-être (lexicon)'],
    ["c'est", 'à-dire', "c'est-à-dire (lexicon)"],
    ['vingt', 'deux', 'vingt-deux (lexicon)'],
    ['cent', 'vingt', 'cent-vingt (number)'],
    ['ex', 'président', 'ex-président (prefix)'],
    ['anony', 'mat', 'anonymat (lexicon)'],
    ["qu'el", 'le', "qu'elle (lexicon)"],
    ["d'es", 'sayer', "d'essayer (lexicon)"],
    ['com', 'battants', 'combattants (lexicon)'],
    ['bel', 'le', 'belle (lexicon)'],
    ['2', '3', '2-3 (number)'],
  ])('%s- + %s → %s', (left, right, expected) => {
    expect(decide(left, right)).toBe(expected);
  });

  it('follows the evidence of the document first', () => {
    expect(decide('Ki', 'moon', 'Ban Ki-moon a parlé.')).toBe('Ki-moon (document)');
    expect(decide('res', 'ponsable', 'un haut responsable')).toBe('responsable (document)');
  });

  it('joins by default and marks the decision uncertain', () => {
    expect(decideLineEndHyphen('Yper', 'sele', context)).toEqual({
      join: true,
      reason: 'default',
      uncertain: true,
      evidence: 'neither "ypersele" nor "yper-sele" is in the word list or elsewhere in the article; joined by default',
    });
  });
});

describe('the French lexicon', () => {
  it('comes from wfrench, with inflected forms, and is loaded once', () => {
    expect(lexicon.source).toBe('wfrench+dictionary-fr');
    expect(lexicon.size).toBeGreaterThan(300_000);
    expect(getFrenchLexicon()).toBe(lexicon);
    expect(lexicon.has('rencontreront')).toBe(true);
    expect(lexicon.has("L'anonymat")).toBe(true);
    expect(lexicon.has('anony')).toBe(false);
  });

  it('falls back to dictionary-fr stems when the word list is missing, or fails clearly', () => {
    const fallback = loadFrenchLexicon({ wordListPath: '/nonexistent/french' });
    expect(fallback.source).toBe('dictionary-fr');
    expect(fallback.has('combattants')).toBe(true);
    expect(() => loadFrenchLexicon({ wordListPath: '/nonexistent/french', fallback: false })).toThrow(
      expect.objectContaining({ code: 'ENGINE_NOT_INSTALLED', message: expect.stringContaining('wfrench') }),
    );
  });
});

describe('normalizeSpacing', () => {
  it('inserts the space missing after a sentence, not inside initials', () => {
    expect(normalizeSpacing('Dmitri Peskov.«La ren-', 4).content).toBe('Dmitri Peskov. «La ren-');
    expect(normalizeSpacing('le 20 février.L\'accord', 1).content).toBe("le 20 février. L'accord");
    expect(normalizeSpacing('fin?Non', 1).content).toBe('fin? Non');
    expect(normalizeSpacing('M.Dupont et J.-P. Sartre', 1).content).toBe('M. Dupont et J.-P. Sartre');
    expect(normalizeSpacing('les U.S.A. et l\'O.N.U.', 1).content).toBe("les U.S.A. et l'O.N.U.");
  });

  it('collapses double spaces and records both repairs on the line', () => {
    const result = normalizeSpacing('a  dit.Non', 9);
    expect(result.content).toBe('a dit. Non');
    expect(result.repairs.map((repair) => [repair.kind, repair.line])).toEqual([
      ['space-collapsed', 9],
      ['space-inserted', 9],
    ]);
  });

  it('keeps quotes and apostrophes as typed and non-breaking spaces as U+00A0', () => {
    expect(normalizeSpacing('« Oui ! » d’accord, l\'“ami”', 1).content).toBe('« Oui ! » d’accord, l\'“ami”');
    expect(normalizeSpacing('«\u202FOui\u00A0»', 1).content).toBe('«\u00A0Oui\u00A0»');
  });
});

describe('createDocumentEvidence', () => {
  it('finds whole words and compounds, not the half before a line-end hyphen', () => {
    const evidence = createDocumentEvidence("les Etats-Unis et l'anony-\nmat du d'imposer");
    expect(evidence.has('etats-unis')).toBe(true);
    expect(evidence.has('Etats')).toBe(false);
    expect(evidence.has('anonymat')).toBe(false);
    expect(evidence.has("l'anony")).toBe(false);
    expect(evidence.has("l'imposer")).toBe(true);
    expect(evidence.has('pose')).toBe(false);
  });
});

describe('detectLayout', () => {
  it('tells plain text from print columns', () => {
    expect(detectLayout('Un titre\n\nUn paragraphe complet.\n\nUn autre paragraphe.\n').layout).toBe('plain');
    expect(detectLayout('Un para-\ngraphe qui se pour-\nsuit.\n').layout).toBe('print');
  });
});

const PRINT_BODY = [
  'Le conseil municipal a voté hier',
  '',
  'le budget de la ville pour l\'an-',
  'née prochaine. ',
  'Le maire a salué «un budget sé-',
  '',
  'rieux et juste», a-t-il dit.',
];

describe('print furniture variants', () => {
  it('reads a body with no kicker, a headline and two captions with credits', () => {
    const text = [
      ...PRINT_BODY,
      '',
      'Le budget municipal',
      'adopté sans surprise',
      ' La salle du conseil hier soir (Photo AFP)',
      ' Le maire à la tribune (Photo DR)',
      '',
    ].join('\n');
    const article = structureText(text, { fileName: 'variant.txt', checkLanguage: false });
    expect(article.blocks.map((block) => [block.id, block.text])).toEqual([
      ['h1', 'Le budget municipal adopté sans surprise'],
      ['p1', "Le conseil municipal a voté hier le budget de la ville pour l'année prochaine."],
      ['p2', 'Le maire a salué «un budget sérieux et juste», a-t-il dit.'],
      ['c1', 'La salle du conseil hier soir (Photo AFP)'],
      ['c2', 'Le maire à la tribune (Photo DR)'],
    ]);
  });

  it('reads a two-line kicker and a standfirst without trailing space', () => {
    const text = [
      ...PRINT_BODY.slice(0, -1),
      'rieux et juste», a-t-il dit. ',
      ' VIE LOCALE',
      ' FINANCES',
      '',
      'Le budget adopté',
      '',
      'Le conseil a voté le budget de l\'année prochaine par 30 voix contre 5.',
      ' Le maire hier.',
    ].join('\n');
    const article = structureText(text, { fileName: 'variant.txt', checkLanguage: false });
    expect(article.blocks.filter((block) => block.role !== 'paragraph').map((block) => [block.role, block.text])).toEqual([
      ['kicker', 'VIE LOCALE FINANCES'],
      ['headline', 'Le budget adopté'],
      ['standfirst', "Le conseil a voté le budget de l'année prochaine par 30 voix contre 5."],
      ['caption', 'Le maire hier.'],
    ]);
    expect(article.warnings).toEqual([]);
  });

  it('takes the whole text as body when it finds no furniture, and says so', () => {
    const article = structureText(PRINT_BODY.join('\n'), { fileName: 'body.txt', checkLanguage: false, layout: 'print' });
    expect(article.blocks.map((block) => block.role)).toEqual(['paragraph', 'paragraph']);
    expect(article.warnings).toContainEqual(expect.objectContaining({ rule: 'layout/no-furniture' }));
  });

  it('reads a byline and a dateline at the top of the body', () => {
    const text = [
      'De notre envoyé spécial à Pékin, Jean Dupont',
      'PÉKIN — Le sommet s\'est ou-',
      '',
      'vert hier. ',
      'Les débats dureront deux jours.',
      ' SOMMET',
      '',
      'Pékin accueille le G20',
    ].join('\n');
    const article = structureText(text, { fileName: 'x.txt', checkLanguage: false, layout: 'print' });
    expect(article.blocks.map((block) => [block.id, block.text])).toEqual([
      ['k1', 'SOMMET'],
      ['h1', 'Pékin accueille le G20'],
      ['by1', 'De notre envoyé spécial à Pékin, Jean Dupont'],
      ['dl1', 'PÉKIN —'],
      ['p1', "Le sommet s'est ouvert hier."],
      ['p2', 'Les débats dureront deux jours.'],
    ]);
  });
});

describe('print body variants', () => {
  const FURNITURE = [' JUSTICE', '', 'Le procès reprend', ''];
  const roles = (text: string) =>
    structureText(text, { fileName: 'x.txt', checkLanguage: false, layout: 'print' }).blocks.map((block) => [block.role, block.text]);

  it('does not end a paragraph on a title at a line end, even with trailing space', () => {
    const text = ['Le juge a reçu hier le maire', '', 'de la ville, selon M. ', 'Durand, son avocat. ', ...FURNITURE].join('\n');
    expect(roles(text)).toContainEqual(['paragraph', 'Le juge a reçu hier le maire de la ville, selon M. Durand, son avocat.']);
  });

  it('joins hyphenated initials cut at a line end without a space', () => {
    const text = ['Le film de J.-', '', 'P. Jeunet sort demain en salle. ', ...FURNITURE].join('\n');
    expect(roles(text)).toContainEqual(['paragraph', 'Le film de J.-P. Jeunet sort demain en salle.']);
  });

  it('takes a short line between paragraphs, followed by a new sentence, for an intertitle', () => {
    const text = [
      'Le tribunal a entendu hier les',
      '',
      'témoins de la défense à Lyon. ',
      'Un verdict attendu',
      'Le président rendra sa décision',
      'dans la journée de lundi. ',
      ...FURNITURE,
    ].join('\n');
    const article = structureText(text, { fileName: 'x.txt', checkLanguage: false, layout: 'print' });
    expect(article.blocks.filter((block) => block.role === 'paragraph').map((block) => block.text)).toEqual([
      'Le tribunal a entendu hier les témoins de la défense à Lyon.',
      'Un verdict attendu',
      'Le président rendra sa décision dans la journée de lundi.',
    ]);
    expect(article.warnings).toContainEqual(expect.objectContaining({ rule: 'layout/intertitle', line: 4 }));
  });

  it.each([
    ['a first line the column filled', 'Interrogé hier par le quotidien', 'Le Parisien, il a démenti tout'],
    ['a first line with a comma', 'Interrogé, le maire', 'Le Parisien a démenti tout'],
    ['a first line ending on a preposition', 'Il a parlé dans', 'Le Parisien de tout cela'],
    ['a next line going on with a name', 'Le ministre Jean Dupont', 'Martin a démenti tout'],
  ])('does not take %s for an intertitle', (_case, first, second) => {
    const text = ['Le tribunal a entendu hier les', '', 'témoins de la défense à Lyon. ', first, second, 'cela hier soir. ', ...FURNITURE].join('\n');
    const article = structureText(text, { fileName: 'x.txt', checkLanguage: false, layout: 'print' });
    expect(article.warnings.map((warning) => warning.rule)).not.toContain('layout/intertitle');
    expect(article.blocks.filter((block) => block.role === 'paragraph')).toHaveLength(2);
  });

  it('reads a byline set with a leading space among the captions', () => {
    const text = [...PRINT_BODY.slice(0, -1), 'rieux et juste», a-t-il dit. ', ' VILLE', '', 'Le budget adopté', ' Par Jean Dupont', ' Le maire hier.'].join('\n');
    expect(roles(text).filter(([role]) => role !== 'paragraph')).toEqual([
      ['kicker', 'VILLE'],
      ['headline', 'Le budget adopté'],
      ['byline', 'Par Jean Dupont'],
      ['caption', 'Le maire hier.'],
    ]);
  });

  it('reads a correspondent byline ending on an initial, alone on the body\'s first line', () => {
    const text = ['De notre correspondant à Alger, Karim B. ', 'ALGER — Le procès s\'est ou-', '', 'vert hier. ', ...FURNITURE].join('\n');
    expect(roles(text).slice(2, 5)).toEqual([
      ['byline', 'De notre correspondant à Alger, Karim B.'],
      ['dateline', 'ALGER —'],
      ['paragraph', "Le procès s'est ouvert hier."],
    ]);
  });
});

describe('plain layout', () => {
  it('comes through unharmed', () => {
    const text = 'Un titre sans point\n\nPremier paragraphe, avec un trait-d\'union.\n\nSecond paragraphe. Deux phrases.\n';
    const article = structureText(text, { fileName: 'plain.txt', checkLanguage: false });
    expect(article.source.layout).toBe('plain');
    expect(article.blocks.map((block) => [block.id, block.text, block.sentences.length])).toEqual([
      ['h1', 'Un titre sans point', 1],
      ['p1', "Premier paragraphe, avec un trait-d'union.", 1],
      ['p2', 'Second paragraphe. Deux phrases.', 2],
    ]);
    expect(article.repairs.filter((repair) => repair.kind !== 'role-assigned')).toEqual([]);
  });

  it('reads a kicker in title case and a standfirst closed by a byline or a dateline, as OCR gives a page', () => {
    const roles = (text: string) => structureText(text, { fileName: 'plain.txt', checkLanguage: false }).blocks.map((block) => block.role);
    const page = (under: string) => ['Environnement', 'Les glaciers suisses ont perdu 3 % de leur volume', 'Le recul s’accélère. Les experts s’inquiètent.', under, 'La neige a fondu trois semaines plus tôt.'].join('\n\n');
    expect(roles(page('Par Jeanne Martin'))).toEqual(['kicker', 'headline', 'standfirst', 'byline', 'paragraph']);
    expect(roles(page('GENÈVE (ATS) — Les glaciers ont encore fondu cette année.'))).toEqual(['kicker', 'headline', 'standfirst', 'dateline', 'paragraph', 'paragraph']);
    // Nothing closes the furniture: the block under the headline is the body's; a first line of
    // five words is a headline, not a kicker.
    expect(roles(page('Les mesures le confirment.'))).toEqual(['kicker', 'headline', 'paragraph', 'paragraph', 'paragraph']);
    expect(roles(['Un titre de cinq mots', 'Le sous-titre sans point', 'Un paragraphe.'].join('\n\n'))[0]).toBe('headline');
  });
});

describe('joinLines', () => {
  const lines = (...contents: string[]) => contents.map((content, index) => ({ number: index + 1, content }));

  it('keeps a spaced dash at a line end as a dash', () => {
    expect(joinLines(lines('les deux pays -', 'le secrétaire'), context).text).toBe('les deux pays - le secrétaire');
  });

  it('keeps a hyphen before a quote without adding a space', () => {
    expect(joinLines(lines('des militants pro-', '«Brexit»'), context).text).toBe('des militants pro-«Brexit»');
  });

  it('reads the word before the hyphen back to the previous space or quote', () => {
    expect(leftOfLineEndHyphen("de l'anony-")).toBe("l'anony");
    expect(leftOfLineEndHyphen('«ren-')).toBe('ren');
    expect(leftOfLineEndHyphen('a-t-')).toBe('a-t');
    expect(leftOfLineEndHyphen('pays -')).toBe('');
    expect(leftOfLineEndHyphen('pays')).toBeNull();
  });
});
