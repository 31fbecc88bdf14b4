import { describe, expect, it } from 'vitest';
import { isIntertitle } from '../../src/layout/intertitles.ts';
import { pageLines } from '../support/page-lines.ts';

// A column of 52 characters as `pdftotext -layout` keeps it: each paragraph's first line indented
// by five, the lines under it flush with the column's edge.
const check = (text: string, width = 52): boolean => {
  const [previous, line, next] = pageLines(text);
  return isIntertitle(line!, previous, next, width);
};

describe('an indented first line and intertitles', () => {
  it('counts a first line from its column’s edge: full with its indent, it opens a paragraph', () => {
    // 5 + 44 characters, and the next word (`Tom`) would not have fitted: the line is full.
    // Counted without its indent, it would have left room for it, as an intertitle does.
    expect(check('le public a longuement applaudi les musiciens.\n     Entourée du pianiste Paul Roux et du batteur\nTom Lacaze, elle a repris les chansons de son')).toBe(false);
    expect(check('le public a longuement applaudi les musiciens.\nEntourée du pianiste Paul Roux et du batteur\nTom Lacaze, elle a repris les chansons de son')).toBe(true);
  });

  it('still takes a short heading for an intertitle, indented or not', () => {
    expect(check('le public a longuement applaudi les musiciens.\n     Un rappel en solo\nLa contrebassiste est revenue seule sur scène.')).toBe(true);
    expect(check('le public a longuement applaudi les musiciens.\nUn rappel en solo\nLa contrebassiste est revenue seule sur scène.')).toBe(true);
  });

  it('leaves a line set far right (centred or ranged right) to the measure it shows', () => {
    // Wider than a paragraph's indent: no first line, the indent is no part of the column it fills.
    expect(check('le public a longuement applaudi les musiciens.\n                    Un rappel en solo\nLa contrebassiste est revenue seule sur scène.')).toBe(true);
  });
});
