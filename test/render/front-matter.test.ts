/**
 * The front matter is written in parts (title, the rest of the heading, the provenance, the
 * extra keys), each part once per article: joined, they must be the bytes `yaml` writes for
 * the whole map.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { articleFrontMatter, baseName, renderFrontMatter } from '../../src/render/front-matter.ts';
import { escapeBlock } from '../../src/render/markdown-escape.ts';
import type { AlignedArticle } from '../../src/types.ts';

function article(headline: string, glossaryVersion: string | undefined, human: boolean): AlignedArticle {
  return {
    source: { file: 'seeds/sub/a: b #c.txt', encoding: 'utf-8', sha256: '0'.repeat(64), bytes: 100, layout: 'print' },
    language: 'fr',
    repairs: [],
    warnings: [],
    translation: { provider: 'apertium', engine: 'apertium 3.8 fr-es + spa-eng', sourceLanguage: 'fr', targetLanguage: 'en', date: '2016-09-05T08:00:00.000Z', ...(glossaryVersion === undefined ? {} : { glossaryVersion }) },
    blocks: [
      {
        id: 'h1',
        role: 'headline',
        text: headline,
        source: { startLine: 1, endLine: 1 },
        translation: headline,
        sentences: [{ id: 'h1.s1', text: headline, translation: headline, alignment: 'markup', ...(human ? { origin: 'human' as const } : {}) }],
      },
    ],
  };
}

/** What the front matter was before it was written in parts: one `stringify` of the merged map. */
function whole(target: AlignedArticle, heading: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  const data: Record<string, unknown> = { ...heading, source: baseName(target.source.file), sourceSha256: target.source.sha256, provider: target.translation.provider, engine: target.translation.engine, date: target.translation.date };
  if (target.translation.glossaryVersion !== undefined) data.glossaryVersion = target.translation.glossaryVersion;
  if (target.blocks.some((block) => block.sentences.some((sentence) => sentence.origin === 'human'))) data.humanTranslations = 1;
  Object.assign(data, extra);
  return `---\n${stringify(data, { lineWidth: 0 })}---\n`;
}

const HEADLINES = [
  'Dures tractations russo-américaines en marge du G20',
  'Titre: avec deux-points # et dièse',
  '« Guillemets » et "droits", \'simples\'',
  '- commence par un tiret',
  'yes',
  '12345',
  'Une ligne\nsur deux',
  '   espaces autour   ',
  'null',
  `${'très long '.repeat(30)}fin`,
  '*gras* <script>alert(1)</script> [lien](x)',
];

describe('articleFrontMatter written in parts', () => {
  it('gives the bytes of the whole map for every edition, with and without glossary version and human translations', () => {
    for (const headline of HEADLINES) {
      for (const target of [article(headline, undefined, false), article(headline, 'abc123', true)]) {
        for (const edition of ['side-by-side', 'interleaved', 'english', 'french'] as const) {
          const languages = edition === 'english' ? ['en'] : edition === 'french' ? ['fr'] : ['fr', 'en'];
          // Twice: the second comes from the parts already written.
          for (let time = 0; time < 2; time += 1) {
            expect(renderFrontMatter(target, edition, headline)).toBe(whole(target, { title: escapeBlock(headline), edition, languages }));
          }
        }
        const extra = { checked: 12, failed: 0, warned: 3, errors: 0, warnings: 4 };
        expect(articleFrontMatter(target, { title: `QA report: ${headline}` }, extra)).toBe(whole(target, { title: `QA report: ${headline}` }, extra));
      }
    }
  });

  it('writes plain scalars as `yaml` does: strings that look like other types, indicators, odd characters, numbers', () => {
    const target = article('Titre', undefined, false);
    const values: unknown[] = [
      'plain', 'Null', 'NULL', 'nulls', 'True', 'FALSE', 'yes', 'no', 'on', '~', '0x1F', '0o17', '0b101', '0xg', '12', '1.5', '1e5', '1E+5', '12a', '1-2',
      '1.2.3', '2026-12-03T18:54:06.576Z', '1:2', 'a: b', 'a:b', 'a #b', 'a#b', 'a:', 'a ', ' a', 'a\tb', 'a\nb', 'a\u0085b', 'a\u2028b', 'a\ufeffb',
      'a\ud800b', 'émoji 😀', '½ part', '٣ chiffres', 'Ça va', "l'été", 'a - b', 'a, b [c] {d}', 'a % b @ c', 'a --- b', '---a', 'a...', '.inf', '-1', '+1',
      'f881c75ad0ea7595477473fcf64b107bc2404054f5ba244ea8a5f7dbaf710d9d', '0000000000000000000000000000000000000000000000000000000000000000', '1234e567',
      0, 1, -1, 24, -0, 1.5, 1e21, Number.MAX_SAFE_INTEGER + 2, Number.NaN, Number.POSITIVE_INFINITY, true, false, ['fr', 'en'], [],
    ];
    for (const value of values) {
      for (const key of ['extra', 'true', 'null', 'k2', 'a b']) {
        // A list given twice would be written once with an anchor: each key has its own.
        const copy = Array.isArray(value) ? [...(value as unknown[])] : value;
        expect(articleFrontMatter(target, { title: value }, { [key]: copy })).toBe(whole(target, { title: value }, { [key]: copy }));
      }
    }
  });

  it('quotes as `yaml` does the one-line strings it will not write plain: colons, comments, quotation marks, indicators', () => {
    const target = article('Titre', undefined, false);
    const values = [
      'QA report: Dures tractations', 'Sahel: Ottawa renforce sa frontière', "Détournements: 64 accusés devant le tribunal d'Acapulco", 'Pr Hachi: «Tipasa est un trésor»',
      'Il a dit: "non"', 'Il a dit: "l\'été"', '"Guillemets" au début', "'Simples' au début", '"Les deux" et \'simples\'', 'a \\ b: c', 'a\\: b', 'fin:', 'fin ', ' début',
      'a #commentaire', '# titre', '- tiret', '-', '?', '? question', ':', ': deux-points', '[crochets]', '{accolades}', ', virgule', '& esperluette', '* étoile',
      '! point', '| barre', '> chevron', '% pour cent', '@ arobase', '` accent', '---', '--- trois', '...', '... points', '%YAML', 'émoji 😀: oui', 'a:\tb', 'a\u00a0: b',
      'a: b\u2028c', 'a: b\u0085', 'a: b\ud800', 'a: b\ufeff', 'a:\nb', '«: »', 'x: \\n', 'x \\"n', 'true: false', '12: 34', 'null: ~',
    ];
    for (const value of values) {
      for (const key of ['title', 'extra', 'true', 'a b']) {
        expect(articleFrontMatter(target, { [key]: value }), `${key}: ${value}`).toBe(whole(target, { [key]: value }));
        expect(articleFrontMatter(target, { title: 'T' }, { [key]: value }), `${key}: ${value}`).toBe(whole(target, { title: 'T' }, { [key]: value }));
      }
    }
  });

  it('writes a key given twice where the merged map has it', () => {
    const target = article('Titre', undefined, false);
    expect(articleFrontMatter(target, { title: 'T', date: 'x' }, { source: 'y' })).toBe(whole(target, { title: 'T', date: 'x' }, { source: 'y' }));
  });
});
