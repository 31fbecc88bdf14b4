import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { createDocumentEvidence } from '../../src/layout/join-lines.ts';
import { layoutPage } from '../../src/layout/page-layout.ts';
import { removePageFurniture } from '../../src/layout/page-furniture.ts';
import { findDrawnBoxes, isFrameEdge } from '../../src/layout/picture-frames.ts';
import { contents, pageLines } from '../support/page-lines.ts';

// A printout draws a picture's place as a box of characters; written by hand, as a2ps prints one.
const EDGE = '+−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−+';
const body = [
  'La halle du marché couvert rouvre ses portes samedi',
  'après deux ans de travaux. Les commerçants ont repris',
  'leurs places habituelles.',
];
const after = ['Un parking de quatre-vingts places', 'ouvrira au printemps derrière la halle, a précisé la', 'mairie.'];

describe('boxes drawn with characters', () => {
  it('knows a frame’s edge, not a line of dashes or a sum', () => {
    expect(isFrameEdge(EDGE)).toBe(true);
    expect(isFrameEdge('+-------+')).toBe(true);
    expect(isFrameEdge('-------')).toBe(false);
    expect(isFrameEdge('+ 12 +')).toBe(false);
    expect(isFrameEdge('+--+')).toBe(false);
  });

  it('takes an empty frame out and marks the line under it; a run with no closing edge stays', () => {
    const lines = pageLines([...body, EDGE, '| |', '|', '| |', EDGE, 'La halle, samedi matin.', ...after].join('\n'));
    const result = removePageFurniture(lines);
    expect(contents(result.lines)).toEqual([...body, 'La halle, samedi matin.', ...after]);
    expect(result.lines.find((line) => line.content === 'La halle, samedi matin.')?.underPicture).toBe(true);
    expect(result.repairs.filter((repair) => repair.reason === 'drawn-box')).toHaveLength(5);
    const open = pageLines([...body, EDGE, '| |', ...after].join('\n'));
    expect(findDrawnBoxes(open, () => false)).toEqual([]);
  });

  it('keeps the words of a box around text, its bars out, across a page head printed inside it', () => {
    const lines = pageLines([...body, EDGE, '| Repères |', '| Longueur : 42 mètres. |', 'Le Courrier du Val Page 1/2', '| Coût : 3 millions d’euros. |', EDGE].join('\n'));
    const boxes = findDrawnBoxes(lines, (index) => index === 6);
    expect(boxes).toHaveLength(1);
    expect([...(boxes[0]?.texts.values() ?? [])]).toEqual(['Repères', 'Longueur : 42 mètres.', 'Coût : 3 millions d’euros.']);
    expect(contents(removePageFurniture(lines).lines).slice(3)).toEqual(['Repères', 'Longueur : 42 mètres.', 'Coût : 3 millions d’euros.']);
  });

  it('keeps the words of a box whose right bars the extraction read as lines of their own', () => {
    const lines = pageLines([...body, EDGE, '| Repères', '|', '| Longueur : 42 mètres.', '|', EDGE, ...after].join('\n'));
    expect(contents(removePageFurniture(lines).lines)).toEqual([...body, 'Repères', 'Longueur : 42 mètres.', ...after]);
  });

  it('reads the sentence under a picture’s frame as its caption, whatever its verb', () => {
    const text = [...body, EDGE, '| |', '| |', EDGE, 'Une commerçante installe son étal sous', 'la nouvelle charpente.', ...after].join('\n');
    const context = { lexicon: getFrenchLexicon(), document: createDocumentEvidence(text) };
    const blocks = layoutPage(text, context).blocks;
    expect(blocks.map((block) => block.role).sort()).toEqual(['caption', 'paragraph', 'paragraph']);
    expect(blocks.find((block) => block.role === 'caption')?.text).toBe('Une commerçante installe son étal sous la nouvelle charpente.');
    expect(blocks.map((block) => block.text).join(' ')).not.toMatch(/[|+−]/u);
  });
});
