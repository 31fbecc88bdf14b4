import { describe, expect, it } from 'vitest';
import { correctLetterMisreads } from '../../src/layout/ocr-letter-misreads.ts';
import { contents, pageLines } from '../support/page-lines.ts';

describe('OCR letter misreads', () => {
  it('reads `ler` as `1er`, and as the Roman `Ier` before a century, even on the next line', () => {
    const result = correctLetterMisreads(pageLines('Depuis le ler mars, et du ler\njuillet au ler septembre.\nVers le ler siècle av. J.-C., ou le ler\nsiècle.'));
    expect(contents(result.lines)).toEqual(['Depuis le 1er mars, et du 1er', 'juillet au 1er septembre.', 'Vers le Ier siècle av. J.-C., ou le Ier', 'siècle.']);
    expect(result.repairs).toHaveLength(5);
    expect(result.repairs[0]).toMatchObject({ kind: 'ocr-misread-corrected', line: 1, before: 'ler', after: '1er' });
  });

  it('reads `Ile` before `siècle` as `IIe`, and `I]` before a small letter as `Il`', () => {
    const result = correctLetterMisreads(pageLines('À la fin du Ile siècle, sur l’Ile Verte.\nNÎMES — I] aura fallu trois ans. « I] avait raison. »'));
    expect(contents(result.lines)).toEqual(['À la fin du IIe siècle, sur l’Ile Verte.', 'NÎMES — Il aura fallu trois ans. « Il avait raison. »']);
  });

  it('leaves the end of a word hyphenated on the line before, and words holding the letters, as they are', () => {
    const lines = pageLines('Il faut rappe-\nler l’équipement, parler, ne pas hurler.\nLe lycée Jules-Ferry I] A (bâtiment).');
    expect(contents(correctLetterMisreads(lines).lines)).toEqual(contents(lines));
  });

  it('reads `IL` opening a sentence before a small letter as `Il`, and leaves capitals elsewhere', () => {
    const lines = pageLines('"Mon neveu est parti. IL était pêcheur, comme moi."\nIL faut partir.\nLA SOCIÉTÉ IL Y A DIX ANS, et le sigle IL des élus.');
    expect(contents(correctLetterMisreads(lines).lines)).toEqual(['"Mon neveu est parti. Il était pêcheur, comme moi."', 'Il faut partir.', 'LA SOCIÉTÉ IL Y A DIX ANS, et le sigle IL des élus.']);
  });
});
