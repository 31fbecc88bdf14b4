import { describe, expect, it } from 'vitest';
import { moveMisplacedBlock } from '../../src/layout/misplaced-block.ts';
import { pageLines } from '../support/page-lines.ts';

const contents = (lines: ReturnType<typeof pageLines>): string[] => lines.map((line) => line.content);

describe('a block read out of place', () => {
  it('moves the article’s last line, read before the body, back to the unfinished end', () => {
    const body = pageLines(
      ['a connu de longues pannes.', '', 'GRENOBLE — Il aura fallu cinq heures.', 'Le projet promet beaucoup.', 'Elle rappelle que celui de Brest,', 'inauguré en 2016,'].join('\n'),
    );
    const moved = moveMisplacedBlock(body);
    expect(contents(moved.lines)).toEqual(['GRENOBLE — Il aura fallu cinq heures.', 'Le projet promet beaucoup.', 'Elle rappelle que celui de Brest,', 'inauguré en 2016,', 'a connu de longues pannes.']);
    expect(moved.repairs).toEqual([expect.objectContaining({ kind: 'columns-reordered', line: 1, reason: 'misplaced-block' })]);
  });

  it('moves a column’s foot read after the next column to where that column stops', () => {
    const body = pageLines(
      [
        'Le reste ira aux plages rongées par l’érosion.',
        '',
        'régional conchylicole, M. Bruno Fabre.',
        'Une enquête doit s’ouvrir en mai.',
        '',
        'C’est ce chiffre qui alarme les producteurs,',
        'rappelle le président du comité',
      ].join('\n'),
    );
    expect(contents(moveMisplacedBlock(body).lines)).toEqual([
      'Le reste ira aux plages rongées par l’érosion.',
      'C’est ce chiffre qui alarme les producteurs,',
      'rappelle le président du comité',
      'régional conchylicole, M. Bruno Fabre.',
      'Une enquête doit s’ouvrir en mai.',
    ]);
  });

  it('moves the rest of a word cut at the body’s last line, read earlier, back after it', () => {
    const body = pageLines(
      ['La ville annonce un encadrement des meublés.', '', 'gence, pour deux semaines au plus.', 'Elle a signé 85 conventions.', '', 'Des solutions de dépannage', 'L’université a rouvert son dispositif d’ur-'].join('\n'),
    );
    expect(contents(moveMisplacedBlock(body).lines).slice(-3)).toEqual(['L’université a rouvert son dispositif d’ur-', 'gence, pour deux semaines au plus.', 'Elle a signé 85 conventions.']);
  });

  it('moves a column’s head, read before the foot of the column it continues, after that foot', () => {
    const body = pageLines(
      [
        'Derrière lui, 1 200 bêtes s’étirent sur près',
        'd’un kilomètre.',
        '',
        'traversent les Cévennes depuis l’Antiquité.',
        'Les bergers y passent trois nuits.',
        '',
        '— On part tôt, explique-t-il.',
        '',
        'Les drailles, ces chemins de pierre sèche,',
        'des chemins de transhumance bordés de murets,',
        '',
        'Le grand-père, Émile, fait encore la première',
        'étape avec le troupeau et les chiens.',
      ].join('\n'),
    );
    const moved = moveMisplacedBlock(body);
    expect(contents(moved.lines)).toEqual([
      'Derrière lui, 1 200 bêtes s’étirent sur près',
      'd’un kilomètre.',
      '— On part tôt, explique-t-il.',
      'Les drailles, ces chemins de pierre sèche,',
      'des chemins de transhumance bordés de murets,',
      'traversent les Cévennes depuis l’Antiquité.',
      'Les bergers y passent trois nuits.',
      'Le grand-père, Émile, fait encore la première',
      'étape avec le troupeau et les chiens.',
    ]);
    expect(moved.repairs).toEqual([expect.objectContaining({ kind: 'columns-reordered', line: 4, reason: 'misplaced-block' })]);
  });

  it('moves nothing into a finished body whose lines ending on no stop are headings (a line alone), or two', () => {
    const heading = pageLines(
      ['Le maire a tenu une longue réunion publique hier.', '', 'une suite en minuscule, qui finit.', '', 'Un chantier de deux ans et demi', '', 'Le chantier commencera au printemps prochain.', '', 'Les travaux, selon', '', 'La séance a été levée vers minuit, sans vote.'].join('\n'),
    );
    expect(moveMisplacedBlock(heading).repairs).toEqual([]);
    const two = pageLines(
      ['Le maire a tenu une longue réunion publique, et', '', 'Le chantier commencera au printemps prochain.', '', 'une suite en minuscule qui finit.', '', 'Les élus de l’opposition ont voté contre, mais', '', 'La séance a été levée vers minuit.'].join('\n'),
    );
    expect(moveMisplacedBlock(two).repairs).toEqual([]);
  });

  it('leaves a finished body, a line running on without a break, and two candidates alone', () => {
    const finished = pageLines('Une phrase finie.\n\nsuite en minuscule.\nFin.');
    expect(moveMisplacedBlock(finished).repairs).toEqual([]);
    const runningOn = pageLines('Une phrase finie.\nsuite sans ligne blanche.\n\nUne fin qui ne finit pas');
    expect(moveMisplacedBlock(runningOn).repairs).toEqual([]);
    const two = pageLines('Une phrase finie.\n\nune suite.\n\nune autre suite.\n\nUne fin qui ne finit pas');
    expect(moveMisplacedBlock(two).repairs).toEqual([]);
  });
});
