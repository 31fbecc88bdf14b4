import { describe, expect, it } from 'vitest';
import { readMisreadGuillemets } from '../../src/layout/ocr-guillemets.ts';
import { contents, pageLines } from '../support/page-lines.ts';

describe('guillemets OCR read as other signs', () => {
  it('reads a guillemet read twice, and `&`, `<` or `>` where a quotation opens or closes', () => {
    const result = readMisreadGuillemets(
      pageLines('Le maire s’est montré prudent. «& Nous ne voterons pas\nce budget », a-t-il dit.\n& Il faut du temps, et\nde la patience », ajoute-t-elle.\nLe préfet a salué\n< un premier pas », puis « une\nvraie surprise >, sans plus.\nOn y joue « Les Saisons >» ce soir.'),
    );
    expect(contents(result.lines)).toEqual([
      'Le maire s’est montré prudent. « Nous ne voterons pas',
      'ce budget », a-t-il dit.',
      '« Il faut du temps, et',
      'de la patience », ajoute-t-elle.',
      'Le préfet a salué',
      '« un premier pas », puis « une',
      'vraie surprise », sans plus.',
      'On y joue « Les Saisons » ce soir.',
    ]);
    expect(result.repairs.map((repair) => `${repair.before} ${repair.after}`)).toEqual(['«& «', '& «', '< «', '> »', '>» »']);
    expect(result.repairs[0]).toMatchObject({ kind: 'ocr-misread-corrected', line: 1, reason: 'guillemet-misread' });
  });

  it('leaves signs no quotation pairs with, and a text quoting with no guillemet', () => {
    const lines = pageLines('La société Durand & Fils, « fondée en 1920 », recrute.\nSi x < 3 et y > 2, on gagne.\n« Nous & vous », dit-il.');
    expect(contents(readMisreadGuillemets(lines).lines)).toEqual(contents(lines));
    const typed = pageLines('& Il faut du temps, dit-il.\nLa note > 12 compte.');
    expect(readMisreadGuillemets(typed).repairs).toEqual([]);
  });
});
