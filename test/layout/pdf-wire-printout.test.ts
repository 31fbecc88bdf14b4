/**
 * A wire dispatch as a newsroom printer prints it: plain Latin-1 copy (straight quotes, no
 * dashes) laid out by GNU enscript in Courier, one face and one size, with enscript's page header
 * (agency, slug, `Page 1 / 1`), turned into a PDF by Ghostscript
 * (`test/fixtures/pdf/enscript-wire/`, made by its script). The expected blocks are the copy as
 * typed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/ingest/read-pdf.ts';
import { structurePdf } from '../../src/structure.ts';

const FILE = new URL('../fixtures/pdf/enscript-wire/enscript-wire.pdf', import.meta.url);

describe('PDF: a wire dispatch printed by enscript', () => {
  it('reads the apostrophe as drawn (PostScript’s Latin-1 encoding names 0x27 quoteright), and the copy quoting with straight quotes gives back the one typed', async () => {
    const document = await readPdf(new Uint8Array(readFileSync(FILE)), 'enscript-wire.pdf');
    const text = document.pages[0]!.pieces.map((piece) => piece.text).join(' ');
    expect(text).toContain('n’y croyait');
    expect(Object.values(document.fonts).filter((font) => font.typewriterQuotes).map((font) => font.name)).toEqual(['Courier']);
    const article = await structurePdf(new Uint8Array(readFileSync(FILE)), { fileName: 'enscript-wire.pdf' });
    expect(article.blocks.map((block) => block.text).join(' ')).not.toContain('’');
    expect(article.repairs).toContainEqual(expect.objectContaining({ kind: 'apostrophe-normalized', before: '’', after: "'", reason: 'typewriter-copy' }));
  });

  it('drops the printout’s header and tells the kicker and headline by blank lines and capitals', async () => {
    const article = await structurePdf(new Uint8Array(readFileSync(FILE)), { fileName: 'enscript-wire.pdf' });
    expect(article.blocks.map((block) => [block.role, block.text])).toEqual([
      ['kicker', 'FRANCE'],
      ['headline', 'A Lyon, le marché de la Croix-Rousse rouvre après deux mois de travaux'],
      ['byline', 'abc/xyz'],
      ['dateline', 'LYON, 3 déc 2026 (AFP) -'],
      ['paragraph', 'Le marché de la Croix-Rousse a rouvert mardi matin. "On n\'y croyait plus", sourit une maraîchère installée là depuis vingt ans.'],
      ['paragraph', "La mairie n'a pas précisé le coût des travaux, qui ont duré deux mois. L'association des commerçants réclame une aide pour l'hiver."],
    ]);
    expect(article.repairs).toContainEqual(expect.objectContaining({ kind: 'page-furniture-removed', before: 'Agence France-Presse LYON-MARCHE Page 1 / 1' }));
  });
});
