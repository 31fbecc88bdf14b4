import { describe, expect, it } from 'vitest';
import { normalizeOcr } from '../../src/layout/ocr-normalize.ts';
import { contents, pageLines } from '../support/page-lines.ts';

describe('OCR conventions', () => {
  it('turns a line-end ¬ into a hyphen and expands ligatures, recording each', () => {
    const result = normalizeOcr(pageLines('La conﬁance des ﬂeuves est inﬁ¬\nnie.'));
    expect(contents(result.lines)).toEqual(['La confiance des fleuves est infi-', 'nie.']);
    expect(result.repairs.map((repair) => repair.kind)).toEqual(['ocr-hyphen-replaced', 'ligature-expanded']);
    expect(result.repairs[1]).toMatchObject({ before: 'conﬁance ﬂeuves inﬁ-', after: 'confiance fleuves infi-' });
  });

  it('makes apostrophes follow the article’s majority, never touching a quote mark', () => {
    const result = normalizeOcr(pageLines("L’usine d’Annecy et l’atelier d'Evian.\nIl dit 'non' à l’idée."));
    expect(contents(result.lines)).toEqual(['L’usine d’Annecy et l’atelier d’Evian.', "Il dit 'non' à l’idée."]);
    expect(result.repairs).toEqual([expect.objectContaining({ kind: 'apostrophe-normalized', line: 1, before: "'", after: '’' })]);
  });

  it('leaves the apostrophes of a copy typed in ASCII to typed-apostrophes.ts, which made them straight before any layout', () => {
    const text = '"C’est un jour historique", a déclaré le ministre.\nL’opérateur table sur 70.000 voyageurs d\'ici à 2028.';
    const result = normalizeOcr(pageLines(text));
    expect(contents(result.lines)).toEqual(text.split('\n'));
    expect(result.repairs).toEqual([]);
  });

  it('takes a few curly apostrophes in OCR as the printed form: OCR reads a printed ’ as \' but not the reverse', () => {
    const result = normalizeOcr(pageLines("L'usine d'Annecy et l'atelier d’Evian.\nL’idée du rachat, l'an passé."));
    expect(contents(result.lines)).toEqual(['L’usine d’Annecy et l’atelier d’Evian.', 'L’idée du rachat, l’an passé.']);
    expect(result.repairs).toEqual([
      expect.objectContaining({ kind: 'apostrophe-normalized', line: 1, before: "'", after: '’', reason: 'ocr-misreads-curly-as-straight' }),
      expect.objectContaining({ kind: 'apostrophe-normalized', line: 2, reason: 'ocr-misreads-curly-as-straight' }),
    ]);
    expect(result.warnings).toBeUndefined();
    // One curly apostrophe among straight ones is enough: OCR made none out of a printed '.
    const single = normalizeOcr(pageLines("L'usine d'Annecy et l'atelier d’Evian."));
    expect(contents(single.lines)).toEqual(['L’usine d’Annecy et l’atelier d’Evian.']);
    expect(single.warnings).toBeUndefined();
  });

  it('in a text with a library’s OCR conventions (¬, ligatures), follows the majority and warns when it is narrow', () => {
    const narrow = normalizeOcr(pageLines("L'usine d'Annecy et l'atelier d’Evian ﬁnit.\nL’idée du rachat."));
    expect(contents(narrow.lines)).toEqual(["L'usine d'Annecy et l'atelier d'Evian finit.", "L'idée du rachat."]);
    expect(narrow.warnings).toEqual([expect.objectContaining({ rule: 'layout/apostrophes-mixed', line: 1 })]);
    expect(narrow.repairs.filter((repair) => repair.kind === 'apostrophe-normalized')).toEqual([
      expect.objectContaining({ reason: 'article-majority' }),
      expect.objectContaining({ reason: 'article-majority' }),
    ]);
    const decisive = normalizeOcr(pageLines("L’usine d’Annecy et l’atelier d'Evian ﬁnit.\nL’idée d’un rachat."));
    expect(decisive.warnings).toBeUndefined();
    expect(contents(decisive.lines)[0]).toBe('L’usine d’Annecy et l’atelier d’Evian finit.');
  });

  it('in such a text, leans to ’ where the page quotes with guillemets, unless straight ones outnumber it by more than their weight', () => {
    // 4 straight against 2 curly: a majority alone, but « » show software that curls the apostrophe too.
    const leaning = normalizeOcr(pageLines("« L'usine d'Annecy », dit-il, l'atelier d'Evian ﬁnit.\nL’idée d’un rachat."));
    expect(contents(leaning.lines)).toEqual(['« L’usine d’Annecy », dit-il, l’atelier d’Evian finit.', 'L’idée d’un rachat.']);
    expect(leaning.repairs.filter((repair) => repair.kind === 'apostrophe-normalized')).toEqual([
      expect.objectContaining({ before: "'", after: '’', reason: 'typographic-quotes' }),
    ]);
    expect(leaning.warnings).toEqual([expect.objectContaining({ rule: 'layout/apostrophes-mixed' })]);
    // 5 straight against 1 curly: more than the quotes weigh, the straight form was printed.
    const outweighed = normalizeOcr(pageLines("« L'usine d'Annecy », dit-il, l'atelier d'Evian ﬁnit.\nL’idée d'un rachat."));
    expect(contents(outweighed.lines)[1]).toBe("L'idée d'un rachat.");
    // The same counts without guillemets: the majority.
    const unquoted = normalizeOcr(pageLines("L'usine d'Annecy, dit-il, l'atelier d'Evian ﬁnit.\nL’idée d’un rachat."));
    expect(contents(unquoted.lines)[1]).toBe("L'idée d'un rachat.");
  });

  it('does not count the apostrophe of the paper’s name in a page’s head, which the paper’s template sets', () => {
    const text = "La Gazette de l’Est            Jeudi 12 février 2026\nL'usine d'Annecy et l'atelier d'Evian.\nL'idée du rachat.";
    const result = normalizeOcr(pageLines(text));
    expect(contents(result.lines).slice(1)).toEqual(["L'usine d'Annecy et l'atelier d'Evian.", "L'idée du rachat."]);
    expect(result.repairs.filter((repair) => repair.kind === 'apostrophe-normalized')).toEqual([]);
    // A library's OCR text: the name alone on its line does not tip a narrow majority either.
    const library = normalizeOcr(pageLines("L’Écho des Vallées\nL’Indépendant des Monts\nL'usine d'Annecy ﬁnit, l’atelier aussi."));
    expect(contents(library.lines)[2]).toBe("L'usine d'Annecy finit, l'atelier aussi.");
  });

  it('changes nothing in a clean text', () => {
    const lines = pageLines("L'usine d'Annecy ferme.");
    expect(normalizeOcr(lines)).toEqual({ lines, repairs: [] });
  });
});
