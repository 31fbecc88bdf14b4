import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { createDocumentEvidence } from '../../src/layout/join-lines.ts';
import { layoutPlain } from '../../src/layout/plain-layout.ts';

const layout = (text: string) => layoutPlain(text, { lexicon: getFrenchLexicon(), document: createDocumentEvidence(text) });
const paragraphs = (text: string) => layout(text).blocks.filter((block) => block.role === 'paragraph').map((block) => block.text);

/** A page read by OCR that sets a blank line between paragraphs: lines wrapped at the column's measure. */
const OCR_PAGE = [
  'Le tramway gagne les quartiers nord',
  '',
  "La troisième ligne a été inaugurée vendredi après l'attente de",
  'vingt-six mois de travaux. « Nous avons attendu longtemps », dit',
  "l’élu, qui l’a rappelé devant l’usine. Les premiers voyageurs sont",
  'montés à 6h40 pour tout l’après- midi, «un grand jour ».',
].join('\n');

describe('plain text read off a page by OCR', () => {
  it('gets the apostrophes OCR mixed made one, where its lines are wrapped at a measure', () => {
    const [body] = paragraphs(OCR_PAGE);
    expect(body).toContain("l’attente de vingt-six mois");
    expect(body).not.toContain("'");
  });

  it('gets the French spacing OCR dropped and a compound stretched after its hyphen closed', () => {
    const [body] = paragraphs(OCR_PAGE);
    expect(body).toContain('à 6 h 40 pour tout l’après-midi, « un grand jour ».');
    const repairs = layout(OCR_PAGE).repairs.map((repair) => repair.reason);
    expect(repairs).toEqual(expect.arrayContaining(['french-spacing', 'space-after-compound-hyphen', 'ocr-misreads-curly-as-straight']));
  });

  it('leaves a typed article, a paragraph a line, with its apostrophes as its author mixed them', () => {
    const text = 'Grève au port\n\nLes dockers n’ont pas été payés, selon l\'Entreprise portuaire.\n\nUne réunion est prévue avec l\'inspection du travail.';
    expect(paragraphs(text)).toEqual(['Les dockers n’ont pas été payés, selon l\'Entreprise portuaire.', 'Une réunion est prévue avec l\'inspection du travail.']);
  });
});
