import { describe, expect, it } from 'vitest';
import {
  alignArticle,
  alignBlock,
  alignByLength,
  galeChurch,
  lengthDelta,
  logMatchProbability,
  readBackSentences,
  segmentEnglish,
  stripHtml,
  wrapSentences,
} from '../../src/align/index.ts';
import { encodeBlocks } from '../../src/translate/block-round-trip.ts';
import type { Block, StructuredArticle } from '../../src/types.ts';

function block(id: string, sentences: string[]): Block {
  return {
    id,
    role: 'paragraph',
    text: sentences.join(' '),
    sentences: sentences.map((text, index) => ({ id: `${id}.s${index + 1}`, text })),
    source: { startLine: 12, endLine: 16 },
  };
}

const FRENCH = [
  'Les négociations ont repris hier à Genève entre les deux délégations.',
  'Aucun accord n\u2019a été trouvé.',
  'Un porte-parole du ministère a toutefois affirmé que les positions s\u2019étaient rapprochées sur plusieurs points importants.',
  'Une nouvelle session est prévue la semaine prochaine.',
];
const ENGLISH = [
  'Negotiations resumed yesterday in Geneva between the two delegations.',
  'No agreement was reached.',
  'A ministry spokesman nevertheless said that the positions had moved closer on several important points.',
  'A new session is planned for next week.',
];

describe('wrapSentences', () => {
  it('wraps each escaped sentence in a span carrying its id, joined by single spaces', () => {
    const html = wrapSentences(block('p3', ['Il a dit "<non>" & parti.', 'Fin.']));
    expect(html).toBe('<span id="p3.s1">Il a dit &quot;&lt;non&gt;&quot; &amp; parti.</span> <span id="p3.s2">Fin.</span>');
  });

  it('reads back exactly what it wrote when a service returns the markup untouched', () => {
    const paragraph = block('p1', ['A < B & "C" > D.', 'Tom\u2019s «\u00a0quote\u00a0».', ...FRENCH]);
    const { translations, issues } = readBackSentences(paragraph, wrapSentences(paragraph));
    expect(issues).toEqual([]);
    expect([...translations.values()]).toEqual(paragraph.sentences.map((sentence) => sentence.text));
  });
});

describe('readBackSentences', () => {
  const paragraph = block('p2', FRENCH.slice(0, 3));

  it('keeps the text of glossary spans nested in a sentence and decodes entities', () => {
    const html = '<span id="p2.s1">Talks with <span translate="no">Lavrov</span> &amp; Kerry&#39;s team&#x2019;s &quot;aides&quot;.</span> <span id="p2.s2">None.</span> <span id="p2.s3">Yes.</span>';
    const { translations, issues } = readBackSentences(paragraph, html);
    expect(translations.get('p2.s1')).toBe('Talks with Lavrov & Kerry\'s team\u2019s "aides".');
    expect(issues).toEqual([]);
  });

  it('joins pieces of a split sentence, finds moved ones by id and reports both', () => {
    const html = '<span id="p2.s2">No agreement</span> <span id="p2.s1">Talks resumed.</span> <span id="p2.s3">Closer.</span><span id="p2.s2">was reached.</span>';
    const { translations, issues } = readBackSentences(paragraph, html);
    expect(Object.fromEntries(translations)).toEqual({ 'p2.s1': 'Talks resumed.', 'p2.s2': 'No agreement was reached.', 'p2.s3': 'Closer.' });
    expect(issues.map((issue) => issue.rule).sort()).toEqual(['align/reordered', 'align/split-sentence']);
    expect(issues.every((issue) => issue.line === 12)).toBe(true);
  });

  it('attaches stray words to the preceding sentence, leading words to the following one', () => {
    const html = 'So, <span id="p2.s1">talks resumed.</span> Indeed <span id="p2.s2">none.</span> <span id="p2.s3">Closer.</span> (AFP)';
    const { translations, issues } = readBackSentences(paragraph, html);
    expect(Object.fromEntries(translations)).toEqual({ 'p2.s1': 'So, talks resumed. Indeed', 'p2.s2': 'none.', 'p2.s3': 'Closer. (AFP)' });
    expect(issues.map((issue) => issue.rule)).toEqual(['align/stray-text', 'align/stray-text', 'align/stray-text']);
    expect(issues[0]!.message).toContain('after it');
    expect(issues[1]!.message).toContain('p2.s1');
  });

  it('gives nested sentences their own text and reports missing and unknown ids', () => {
    const html = '<span id="p2.s1">Outer <span id="p2.s3">inner.</span> tail.</span> <b id="x9">bold</b>';
    const { translations, issues } = readBackSentences(paragraph, html);
    expect(translations.get('p2.s1')).toBe('Outer tail. bold');
    expect(translations.get('p2.s3')).toBe('inner.');
    expect(translations.has('p2.s2')).toBe(false);
    expect(issues.map((issue) => issue.rule)).toEqual(['align/nested-sentence', 'align/unknown-id', 'align/stray-text', 'align/missing-sentence']);
  });

  it('strips tags but keeps their text and word boundaries', () => {
    expect(stripHtml('<span id="a">One.</span><span id="b">Two&nbsp;&lt;3&gt;.</span><br>Three')).toBe('One. Two\u00a0<3>. Three');
  });
});

describe('segmentEnglish', () => {
  it('splits at sentence ends but not after abbreviations, initials, or numbered references', () => {
    expect(
      segmentEnglish('Mr. Kerry met Dr. Lavrov in the U.S. capital. "It is over." He left at 3.5 p.m. on Jan. 4. No. 5 came next! Was it John F. Kennedy? He said no. The end'),
    ).toEqual(['Mr. Kerry met Dr. Lavrov in the U.S. capital.', '"It is over."', 'He left at 3.5 p.m. on Jan. 4.', 'No. 5 came next!', 'Was it John F. Kennedy?', 'He said no.', 'The end']);
  });

  it('keeps closing quotes and brackets with their sentence', () => {
    expect(segmentEnglish('He said: \u201cWe will see.\u201d (Then he left.) Later, talks.')).toEqual(['He said: \u201cWe will see.\u201d', '(Then he left.)', 'Later, talks.']);
    expect(segmentEnglish('   ')).toEqual([]);
  });
});

describe('Gale–Church', () => {
  it('uses the normal two-tailed probability: P(|δ|=0)=1, P(|δ|=1.96)≈0.05', () => {
    expect(Math.exp(logMatchProbability(0))).toBeCloseTo(1, 6);
    expect(Math.exp(logMatchProbability(1.96))).toBeCloseTo(0.05, 3);
    expect(Number.isFinite(logMatchProbability(200))).toBe(true);
    expect(lengthDelta(100, 100)).toBe(0);
  });

  it('aligns sentences of matching lengths one to one', () => {
    const beads = galeChurch([70, 25, 120, 50], [68, 24, 110, 45]);
    expect(beads.map((bead) => bead.kind)).toEqual(['1-1', '1-1', '1-1', '1-1']);
  });

  it('finds a 2-1 and a 1-2 bead among one-to-one ones', () => {
    const beads = galeChurch([60, 30, 40, 100, 50], [62, 72, 48, 52, 48]);
    expect(beads.map((bead) => bead.kind)).toEqual(['1-1', '2-1', '1-2', '1-1']);
  });
});

/** Stand-ins for providers that translate a paragraph as one text and change its sentences. */
const textProviders = {
  faithful: (english: string[]) => english.join(' '),
  merges: (english: string[]) => [english[0], `${english[1]!.replace(/\.$/, '')}, although ${english[2]!.charAt(0).toLowerCase()}${english[2]!.slice(1)}`, english[3]].join(' '),
  splits: (english: string[]) => [english[0], english[1], 'A ministry spokesman nevertheless spoke.', 'He said that the positions had moved closer on several important points.', english[3]].join(' '),
  reorders: (english: string[]) => [english[0], english[2], english[1], english[3]].join(' '),
  drops: (english: string[]) => [english[0], english[1], english[3]].join(' '),
};

describe('alignBlock with plain text', () => {
  const paragraph = block('p5', FRENCH);

  it('aligns a faithful paragraph one to one, marked inferred and reported', () => {
    const { block: aligned, warnings } = alignBlock(paragraph, { text: textProviders.faithful(ENGLISH), format: 'text' });
    expect(aligned.sentences.map((sentence) => sentence.translation)).toEqual(ENGLISH);
    expect(aligned.sentences.every((sentence) => sentence.alignment === 'inferred')).toBe(true);
    expect(warnings.map((warning) => warning.rule)).toEqual(['align/inferred']);
    expect(warnings[0]!.message).toContain('1-1 ×4');
  });

  it('gives a merged translation to the first sentence and marks the second merged into it', () => {
    const { block: aligned, warnings } = alignBlock(paragraph, { text: textProviders.merges(ENGLISH), format: 'text' });
    expect(aligned.sentences[1]!.translation).toMatch(/^No agreement was reached, although a ministry spokesman/);
    expect(aligned.sentences[2]).toMatchObject({ translation: '', mergedInto: 'p5.s2', alignment: 'inferred' });
    expect(aligned.sentences[3]!.translation).toBe(ENGLISH[3]);
    expect(warnings.map((warning) => warning.rule)).toEqual(['align/inferred', 'align/inferred']);
    expect(warnings[1]!.message).toContain('p5.s3 was translated together with p5.s2');
    expect(aligned.translation).toBe(textProviders.merges(ENGLISH));
  });

  it('joins the English pieces of a sentence the provider split in two', () => {
    const { block: aligned } = alignBlock(paragraph, { text: textProviders.splits(ENGLISH), format: 'text' });
    expect(aligned.sentences[2]!.translation).toBe('A ministry spokesman nevertheless spoke. He said that the positions had moved closer on several important points.');
    expect(aligned.sentences.map((sentence) => sentence.mergedInto)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('reports reordered sentences as doubtful instead of trusting the order', () => {
    const { warnings } = alignBlock(paragraph, { text: textProviders.reorders(ENGLISH), format: 'text' });
    expect(warnings.map((warning) => warning.rule)).toContain('align/doubtful');
  });

  it('never pads: when a sentence is dropped each English sentence is used once and the paragraph is doubtful', () => {
    const returned = textProviders.drops(ENGLISH);
    const { block: aligned, warnings } = alignBlock(paragraph, { text: returned, format: 'text' });
    expect(aligned.translation).toBe(returned);
    expect(aligned.sentences.filter((sentence) => sentence.translation === '')).toHaveLength(1);
    expect(warnings.find((warning) => warning.rule === 'align/doubtful')?.message).toMatch(/lengths fit poorly/);
  });

  it('fails an empty translation loudly', () => {
    const { block: aligned, warnings } = alignBlock(paragraph, { text: '  ', format: 'text' });
    expect(aligned.sentences.every((sentence) => sentence.translation === '')).toBe(true);
    expect(warnings.map((warning) => warning.rule)).toContain('align/failed');
  });

  it('gives a one-sentence block the whole text and applies English typography', () => {
    const single = block('h1', ['Dures tractations\u00a0: «\u00a0non\u00a0»']);
    const { block: aligned, warnings } = alignBlock(single, { text: 'Hard talks : \u00ab no \u00bb', format: 'text' });
    expect(aligned.sentences[0]).toMatchObject({ translation: 'Hard talks: \u201cno\u201d', alignment: 'sentence' });
    expect(warnings).toEqual([]);
  });
});

describe('alignBlock with markup', () => {
  const paragraph = block('p6', FRENCH);

  it('is exact by construction when the ids come back', () => {
    const html = ENGLISH.map((text, index) => `<span id="p6.s${index + 1}">${text}</span>`).reverse().join(' ');
    const { block: aligned, warnings } = alignBlock(paragraph, { text: html, format: 'html' });
    expect(aligned.sentences.map((sentence) => sentence.translation)).toEqual(ENGLISH);
    expect(aligned.sentences.every((sentence) => sentence.alignment === 'markup')).toBe(true);
    expect(warnings.map((warning) => warning.rule)).toEqual(['align/reordered']);
  });

  it('falls back to length alignment of the plain text when ids are lost', () => {
    const html = `<span id="p6.s1">${ENGLISH[0]}</span> ${ENGLISH.slice(1).join(' ')}`;
    const { block: aligned, warnings } = alignBlock(paragraph, { text: html, format: 'html' });
    expect(aligned.sentences.map((sentence) => sentence.translation)).toEqual(ENGLISH);
    expect(aligned.sentences.every((sentence) => sentence.alignment === 'inferred')).toBe(true);
    expect(warnings.map((warning) => warning.rule)).toEqual(expect.arrayContaining(['align/stray-text', 'align/missing-sentence', 'align/markup-lost', 'align/inferred']));
  });
});

describe('alignByLength', () => {
  it('returns a confidence near 1 for a good fit and lower for a poor one', () => {
    const good = alignByLength(FRENCH, ENGLISH.join(' '));
    const poor = alignByLength(FRENCH, 'Yes. No. Perhaps a much longer sentence than any of the French ones would ever need to be, really. Fine.');
    expect(good.status).toBe('aligned');
    expect(good.confidence).toBeGreaterThan(0.5);
    expect(poor.confidence).toBeLessThan(good.confidence);
    expect(poor.status).toBe('doubtful');
  });

  it('attaches English with no French counterpart to a neighbour and says so', () => {
    const result = alignByLength(['Bonjour.', 'Au revoir, mes amis.'], 'Hello. An extra sentence the engine added for reasons of its own, quite long. Goodbye, my friends.');
    expect(result.translations.join(' ')).toContain('An extra sentence');
    expect(result.status).toBe('doubtful');
  });
});

describe('alignArticle and intertitles', () => {
  const article = (blocks: Block[]): StructuredArticle => ({
    source: { file: 'marche.txt', encoding: 'utf-8', sha256: 'a'.repeat(64), bytes: 512, layout: 'print' },
    language: 'fr',
    blocks,
    repairs: [],
    warnings: [],
  });
  const translation = { provider: 'fixture', engine: 'hand-written 1', sourceLanguage: 'fr', targetLanguage: 'en', date: '2026-01-01T00:00:00.000Z' } as const;

  it('keeps the mark the structure stage put on each block, and tells none again', () => {
    const blocks: Block[] = [
      block('p1', ['Le marché couvert rouvre samedi.']),
      { ...block('p2', ['Et maintenant ?']), intertitle: true },
      block('p3', ['La ville veut l’ouvrir le dimanche.']),
      block('p4', ['Des loyers inchangés']),
      block('p5', ['Les loyers restent les mêmes.']),
    ];
    const encoded = encodeBlocks(blocks, { markup: false, nativeGlossary: false });
    const answers = new Map(blocks.map((each) => [each.id, `(${each.text})`]));
    const aligned = alignArticle(article(blocks), encoded, answers, translation);
    expect(aligned.blocks.filter((each) => each.intertitle === true).map((each) => each.id)).toEqual(['p2']);
  });
});
