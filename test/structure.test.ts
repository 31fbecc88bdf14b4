import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BilingualError } from '../src/errors.ts';
import { structureArticle, structureText } from '../src/structure.ts';
import type { StructuredArticle } from '../src/types.ts';

interface ExpectedBlock {
  role: string;
  text: string;
  sentences: string[];
}

const fixture = (name: string): URL => new URL(`./fixtures/articles/${name}`, import.meta.url);
const seedUrl = new URL('../seeds/g20-syria-talks-2016.txt', import.meta.url);

function expectedBlocks(name: string): ExpectedBlock[] {
  return (JSON.parse(readFileSync(fixture(`${name}.expected.json`), 'utf8')) as { blocks: ExpectedBlock[] }).blocks;
}

function actualBlocks(article: StructuredArticle): ExpectedBlock[] {
  return article.blocks.map((block) => ({
    role: block.role,
    text: block.text,
    sentences: block.sentences.map((sentence) => sentence.text),
  }));
}

describe('structureArticle on the seed', () => {
  const article = structureArticle(readFileSync(seedUrl), { fileName: 'seeds/g20-syria-talks-2016.txt' });

  it('matches the hand-written expected blocks and sentences', () => {
    expect(actualBlocks(article)).toEqual(expectedBlocks('g20-syria-talks-2016'));
  });

  it('finds 17 body paragraphs holding 20 sentences, and the furniture in its roles', () => {
    const paragraphs = article.blocks.filter((block) => block.role === 'paragraph');
    expect(paragraphs).toHaveLength(17);
    expect(paragraphs.flatMap((block) => block.sentences)).toHaveLength(20);
    expect(article.blocks.map((block) => block.id).filter((id) => !id.startsWith('p'))).toEqual(['k1', 'h1', 'sf1', 'c1']);
    expect(article.source).toMatchObject({ file: 'g20-syria-talks-2016.txt', encoding: 'utf-8', layout: 'print' });
    expect(article.warnings).toEqual([]);
  });

  it('gives blocks and sentences stable ids and source lines', () => {
    const p12 = article.blocks.find((block) => block.id === 'p12');
    expect(p12?.sentences.map((sentence) => sentence.id)).toEqual(['p12.s1', 'p12.s2']);
    expect(p12?.source).toEqual({ startLine: 98, endLine: 110 });
    expect(article.blocks.find((block) => block.role === 'caption')?.source).toEqual({ startLine: 160, endLine: 160 });
  });

  it('records every hyphen decision with its line and reason', () => {
    const hyphens = article.repairs
      .filter((repair) => repair.kind === 'hyphen-joined' || repair.kind === 'hyphen-kept')
      .map((repair) => `${repair.line} ${repair.after}`);
    expect(hyphens).toEqual([
      "7 l'anonymat",
      '15 américain',
      '17 rencontreront',
      '20 responsable',
      '24 russo-américain',
      '28 interrogé',
      '30 britannique',
      '38 évaluer',
      '55 déclaré',
      '60 Etats-Unis',
      '69 restent',
      '73 fermement',
      '79 combattants',
      '85 discussions',
      "88 d'essayer",
      '93 nourriture',
      '102 rencontre',
      '105 rencontre',
      "108 qu'elle",
      '117 territoires',
      "122 d'imposer",
      '132 briser',
      '158 responsable',
    ]);
    expect(article.repairs).toContainEqual(
      expect.objectContaining({ kind: 'hyphen-kept', line: 60, before: 'Etats-|Unis', reason: 'capitalised' }),
    );
    expect(article.repairs).toContainEqual(expect.objectContaining({ kind: 'hyphen-kept', line: 24, reason: 'lexicon' }));
  });

  it('records the inserted space, the column breaks and the roles', () => {
    expect(article.repairs).toContainEqual(
      expect.objectContaining({ kind: 'space-inserted', line: 105, before: 'Peskov.«La ren-', after: 'Peskov. «La ren-' }),
    );
    expect(article.repairs.filter((repair) => repair.kind === 'paragraph-joined').map((repair) => repair.line)).toContain(21);
    expect(
      article.repairs.filter((repair) => repair.kind === 'role-assigned').map((repair) => [repair.line, repair.after]),
    ).toEqual([
      [150, 'kicker'],
      [152, 'headline'],
      [155, 'standfirst'],
      [160, 'caption'],
    ]);
  });
});

const ARTICLES = [
  'budget-deficit',
  'climate-ratification',
  'paris-municipal-alliance',
  'opec-output-cut',
  'algiers-bank-trial',
  'saint-etienne-derby',
  'cannes-palme-d-or',
];

describe.each(ARTICLES)('test article %s', (name) => {
  const expected = expectedBlocks(name);

  it.each(['print', 'plain'] as const)('its %s version gives the hand-written blocks', (layout) => {
    const article = structureArticle(readFileSync(fixture(`${name}.${layout}.txt`)), { fileName: `${name}.${layout}.txt` });
    expect(article.source.layout).toBe(layout);
    expect(actualBlocks(article)).toEqual(expected);
    for (const block of article.blocks) {
      expect(block.sentences.map((sentence) => sentence.text).join(' ')).toBe(block.text);
    }
  });
});

describe('the doubts raised on the round-2 articles', () => {
  const read = (name: string, layout: 'print' | 'plain' = 'print'): StructuredArticle =>
    structureArticle(readFileSync(fixture(`${name}.${layout}.txt`)), { fileName: `${name}.${layout}.txt` });

  it.each([
    ['opec-output-cut', []],
    ['algiers-bank-trial', [['layout/intertitle', 24]]],
    ['saint-etienne-derby', []],
    ['cannes-palme-d-or', []],
  ] as const)('%s raises exactly the doubts a reader would', (name, expected) => {
    expect(read(name).warnings.map((warning) => [warning.rule, warning.line])).toEqual(expected);
  });

  it('flags the intertitle in the plain version too', () => {
    expect(read('algiers-bank-trial', 'plain').warnings.map((warning) => warning.rule)).toEqual(['layout/intertitle']);
  });

  it.each(ARTICLES)('%s names the evidence of every hyphen decision', (name) => {
    const hyphens = read(name).repairs.filter((repair) => repair.kind === 'hyphen-joined' || repair.kind === 'hyphen-kept');
    expect(hyphens.length).toBeGreaterThan(3);
    for (const repair of hyphens) expect(repair.evidence, JSON.stringify(repair)).toMatch(/\w{3}/u);
  });

  it('decides compounds whose halves are both words, names and numbers at line ends', () => {
    const decisions = [...ARTICLES.slice(3)].flatMap((name) =>
      read(name)
        .repairs.filter((repair) => repair.kind === 'hyphen-joined' || repair.kind === 'hyphen-kept')
        .map((repair) => `${repair.after} (${repair.reason})`),
    );
    expect(decisions).toEqual(
      expect.arrayContaining([
        'porte-parole (lexicon)',
        'portefeuille (lexicon)',
        'al-Faleh (capitalised)',
        'vice-présidents (lexicon)',
        'Aït-Ahmed (capitalised)',
        'Saint-Etienne (capitalised)',
        'Jean-Marc (capitalised)',
        '3-1 (number)',
        'relancer (lexicon)',
        'porte-avions (lexicon)',
        'sous-marin (lexicon)',
        'J.-P. (initials)',
        'français (lexicon)',
      ]),
    );
  });

  it('shows where the document evidence was found', () => {
    const article = structureArticle(readFileSync(fixture('climate-ratification.print.txt')), { fileName: 'x.txt' });
    const kiMoon = article.repairs.find((repair) => repair.before === 'Ki-|moon');
    expect(kiMoon?.evidence).toMatch(/^the article writes "Ki-moon" whole on line \d+$/u);
  });
});

describe('doubts and languages', () => {
  it('joins a name it cannot decide and says so', () => {
    const article = structureArticle(readFileSync(fixture('paris-municipal-alliance.print.txt')), { fileName: 'x.txt' });
    expect(article.warnings).toContainEqual(expect.objectContaining({ rule: 'layout/uncertain-hyphen', line: 32 }));
  });

  it('keeps a hyphen the document spells elsewhere (Ki-moon)', () => {
    const article = structureArticle(readFileSync(fixture('climate-ratification.print.txt')), { fileName: 'x.txt' });
    expect(article.repairs).toContainEqual(
      expect.objectContaining({ kind: 'hyphen-kept', before: 'Ki-|moon', reason: 'document' }),
    );
  });

  it('refuses an English article with INPUT_NOT_FRENCH', () => {
    const english =
      'Talks stall at the G20\n\nThe Russians backed down on some points in their negotiations with the United States on Syria, making a cooperation agreement between the two powers impossible for now, a senior American official said yesterday.\n\nBoth sides will meet again this morning on the sidelines of the summit, where the leaders of the largest economies are gathered.\n';
    expect(() => structureText(english, { fileName: 'english.txt' })).toThrow(
      expect.objectContaining({ code: 'INPUT_NOT_FRENCH', message: expect.stringContaining('English') }),
    );
    expect(() => structureText(english, { fileName: 'english.txt' })).toThrow(BilingualError);
  });

  it('refuses a Spanish article', () => {
    const spanish =
      'Los rusos retrocedieron en algunos puntos de sus negociaciones con Estados Unidos sobre Siria, lo que hace imposible por el momento un acuerdo de cooperación entre las dos potencias, anunció ayer un alto responsable estadounidense.\n';
    expect(() => structureText(spanish, { fileName: 'es.txt' })).toThrow(expect.objectContaining({ code: 'INPUT_NOT_FRENCH' }));
  });

  it('warns when the text is too short to tell its language', () => {
    const article = structureText('Un titre\n\nUne phrase courte.\n', { fileName: 'court.txt' });
    expect(article.warnings).toContainEqual(expect.objectContaining({ rule: 'ingest/language-uncertain' }));
    expect(article.blocks.map((block) => block.role)).toEqual(['headline', 'paragraph']);
  });

  it('records the decoding of a Windows-1252 file as a repair', () => {
    const latin = new Uint8Array([...Buffer.from('Un titre\n\nL', 'latin1'), 0xe9, ...Buffer.from('t', 'latin1'), 0xe9, 0x2e, 0x0a]);
    const article = structureArticle(latin, { fileName: '/somewhere/article.txt' });
    expect(article.source.file).toBe('article.txt');
    expect(article.source.encoding).toBe('windows-1252');
    expect(article.blocks.at(-1)?.text).toBe('Lété.');
    expect(article.repairs[0]).toMatchObject({ kind: 'encoding-decoded', line: 1, reason: 'windows-1252' });
  });
});
