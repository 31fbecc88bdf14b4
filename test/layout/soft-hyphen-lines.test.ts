import { describe, expect, it } from 'vitest';
import { joinSoftHyphenLines, remapLines } from '../../src/layout/soft-hyphen-lines.ts';
import { structureText } from '../../src/structure.ts';

const SHY = '\u00AD';

describe('lines cut at soft hyphens', () => {
  it('leaves a text without soft hyphens untouched', () => {
    const text = 'Le conseil a voté.\nLa séance est levée.';
    expect(joinSoftHyphenLines(text)).toEqual({ text, repairs: [] });
  });

  it('leaves soft hyphens ending full printed lines to the line-end hyphen rules', () => {
    const text = [
      `Le conseil municipal a adopté mardi soir le bud${SHY}`,
      `get de la ville après un débat de près de six heu${SHY}`,
      `res, marqué par de vifs échanges entre la majo${SHY}`,
      `rité et l’opposition sur la hausse des tarifs de la can${SHY}`,
      'tine scolaire.',
    ].join('\n');
    expect(joinSoftHyphenLines(text)).toEqual({ text, repairs: [] });
  });

  it('joins the runs of syllables a browser printout was cut into, up to the printed hyphen on its own line (-raw)', () => {
    const text = [
      `Chloé Vernhes a rem${SHY}`,
      `porté di${SHY}`,
      `manche à Paris le concours na${SHY}`,
      `tio${SHY}`,
      `nal des ap${SHY}`,
      `pren${SHY}`,
      `tis bou${SHY}`,
      '-',
      `lan${SHY}`,
      'gers. Une première pour l’Aveyron.',
    ].join('\n');
    const joined = joinSoftHyphenLines(text);
    expect(joined.text.replace(/\u00AD/gu, '').split('\n')).toEqual([
      'Chloé Vernhes a remporté dimanche à Paris le concours national des apprentis bou-',
      'langers. Une première pour l’Aveyron.',
    ]);
    expect(joined.lineNumbers).toEqual({ first: [1, 9], last: [8, 10] });
    expect(joined.repairs.map((repair) => `${repair.line} ${repair.reason} ${repair.before}`)).toEqual(['1 soft-hyphen-line-run 8 lines', '9 soft-hyphen-line-run 2 lines']);
  });

  it('joins -layout pieces set further right, and stops at a blank line', () => {
    const text = [
      `Vernhes était de re${SHY}`,
      `                   tour der${SHY}`,
      `                           riè${SHY}`,
      `                              re le four de la bou${SHY}`,
      `                                                   lan${SHY}-`,
      '',
      `ge${SHY}`,
      '',
      'rie où elle apprend le métier.',
    ].join('\n');
    const joined = joinSoftHyphenLines(text);
    expect(joined.text.replace(/\u00AD/gu, '').split('\n')).toEqual(['Vernhes était de retour derrière le four de la boulan-', '', 'ge', '', 'rie où elle apprend le métier.']);
  });

  it('puts blocks, repairs and warnings back on the source lines', () => {
    const remapped = remapLines(
      {
        blocks: [{ startLine: 1, endLine: 2 }],
        repairs: [{ kind: 'hyphen-joined', line: 2, reason: 'lexicon' }],
        warnings: [{ rule: 'layout/x', message: 'm', line: 2 }, { rule: 'layout/y', message: 'n' }],
      },
      { first: [1, 9], last: [8, 10] },
    );
    expect(remapped.blocks).toEqual([{ startLine: 1, endLine: 10 }]);
    expect(remapped.repairs.map((repair) => repair.line)).toEqual([9]);
    expect(remapped.warnings.map((warning) => warning.line)).toEqual([9, undefined]);
  });

  it('rebuilds the paragraphs of a printout cut at soft hyphens, its source lines those of the file', () => {
    const text = [
      `Le conseil mu${SHY}`,
      `ni${SHY}`,
      `ci${SHY}`,
      `pal a adopté mardi soir le bud${SHY}`,
      '-',
      `get de la ville. Le dé${SHY}`,
      `bat a duré six heures.`,
      `La séance a été sus${SHY}`,
      `pen${SHY}`,
      `due deux fois par le maire, qui a rap${SHY}`,
      '-',
      'pelé le règlement intérieur aux élus de l’opposition.',
    ].join('\n');
    const article = structureText(text, { fileName: 'shy.raw.txt', encoding: 'utf-8', sha256: '', bytes: text.length, checkLanguage: false });
    const body = article.blocks.map((block) => block.text).join(' ');
    expect(body).toContain('Le conseil municipal a adopté mardi soir le budget de la ville.');
    expect(body).toContain('La séance a été suspendue deux fois par le maire, qui a rappelé le règlement');
    expect(body).not.toMatch(/[\u00AD]|- /u);
    expect(article.blocks.at(-1)?.source.endLine).toBe(12);
    for (const repair of article.repairs) expect(repair.line).toBeLessThanOrEqual(12);
  });
});
