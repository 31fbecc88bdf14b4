import { describe, expect, it } from 'vitest';
import { removePageFurniture } from '../../src/layout/page-furniture.ts';
import { contents, pageLines } from '../support/page-lines.ts';

describe('a page’s head names one paper', () => {
  it('keeps the kicker under the date where the head line the pages repeat named the paper beside its section', () => {
    const text = [
      'Le Courrier du Plateau · Sports',
      '',
      'jeudi 4 mars 2027 - 7 -',
      '',
      'Natation régionale',
      '',
      'Les nageurs de Morlaix raflent six titres',
      'Le club a dominé les championnats de Bretagne, samedi, à la piscine de Brest.',
      '\fLe Courrier du Plateau · Sports',
      '',
      'Les relayeuses ont battu le record régional du 4 x 100 m quatre nages.',
    ].join('\n');
    const result = removePageFurniture(pageLines(text));
    expect(contents(result.lines)).toContain('Natation régionale');
    expect(contents(result.lines)).not.toContain('jeudi 4 mars 2027 - 7 -');
    expect(contents(result.lines)).not.toContain('Le Courrier du Plateau · Sports');
  });

  it('takes the name beside its section for the head’s cell before a line nearer the date', () => {
    const text = [
      'La Gazette du Val – Culture',
      '',
      '– 3 –',
      '',
      'mardi 8 décembre 2026',
      '',
      'Secours en montagne',
      '',
      'Deux randonneurs hélitreuillés au-dessus du lac',
      'Partis sans carte ni lampe, ils ont passé la nuit sur une vire, à 2 400 mètres.',
    ].join('\n');
    const result = removePageFurniture(pageLines(text));
    expect(contents(result.lines)).toEqual([
      'Secours en montagne',
      'Deux randonneurs hélitreuillés au-dessus du lac',
      'Partis sans carte ni lampe, ils ont passé la nuit sur une vire, à 2 400 mètres.',
    ]);
    expect(result.repairs).toContainEqual(expect.objectContaining({ kind: 'page-furniture-removed', before: 'La Gazette du Val – Culture', reason: 'running-header' }));
  });

  it('still takes a plain paper’s name beside the date, with no section beside it', () => {
    const text = ['Le Phare du Ponant', 'mercredi 25 mars 2026', 'Le port de pêche retrouve ses chalutiers', 'Les marins ont repris la mer lundi, après trois semaines de tempête.'].join('\n');
    expect(contents(removePageFurniture(pageLines(text)).lines)).toEqual(['Le port de pêche retrouve ses chalutiers', 'Les marins ont repris la mer lundi, après trois semaines de tempête.']);
  });
});
