import { describe, expect, it } from 'vitest';
import { moveMisplacedBlock } from '../../src/layout/misplaced-block.ts';
import type { FrenchLexicon } from '../../src/layout/french-lexicon.ts';
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

  describe('in text with no blank line (OCR)', () => {
    const lexicon: FrenchLexicon = { source: 'test', size: 2, loadMilliseconds: 0, has: (word) => ['diamètre', 'régulièrement'].includes(word.toLowerCase()) };
    const body = (cut: string, head: string) =>
      pageLines(
        [
          'L’orage a éclaté dimanche vers 17 h 40 sur les',
          'coteaux du Beaujolais, où il a couché les vignes.',
          head,
          'et abîmé les toitures de la commune.',
          'Aucun blessé n’était à déplorer lundi.',
          'Les pompiers ont reçu trois cents appels en',
          'deux heures. À Belleville, des grêlons de 4 à 5',
          `centimètres de ${cut}`,
          'Pour les prévisionnistes, l’épisode n’a rien de',
          'surprenant en cette saison, disent-ils encore.',
        ].join('\n'),
      );

    it('moves the one block opening on a small letter after a sentence’s end to the word it completes', () => {
      const moved = moveMisplacedBlock(body('dia-', 'mètre ont brisé des centaines de vitres'), lexicon);
      expect(contents(moved.lines)).toEqual([
        'L’orage a éclaté dimanche vers 17 h 40 sur les',
        'coteaux du Beaujolais, où il a couché les vignes.',
        'Aucun blessé n’était à déplorer lundi.',
        'Les pompiers ont reçu trois cents appels en',
        'deux heures. À Belleville, des grêlons de 4 à 5',
        'centimètres de dia-',
        'mètre ont brisé des centaines de vitres',
        'et abîmé les toitures de la commune.',
        'Pour les prévisionnistes, l’épisode n’a rien de',
        'surprenant en cette saison, disent-ils encore.',
      ]);
      expect(moved.repairs).toEqual([expect.objectContaining({ reason: 'misplaced-block', line: 3 })]);
      // The block ends where its paragraph visibly ends (a sentence's end stopping short), and the
      // lines it stood between were not printed together: the one after it is set apart.
      expect(moved.lines.find((line) => line.content.startsWith('Aucun blessé'))?.blankBefore).toBe(true);
    });

    it('moves nothing when no cut word is completed by the block, a compound name cut at its hyphen being no evidence', () => {
      const moved = moveMisplacedBlock(body('Villefranche-sur-', 'saône ont brisé des centaines de vitres'), lexicon);
      expect(moved.repairs).toEqual([]);
      expect(moveMisplacedBlock(body('dia-', 'mètre ont brisé des centaines de vitres')).repairs).toEqual([]);
    });
  });
});

describe('a column’s foot read before the column it ends, over a heading', () => {
  // The foot of a column (`vite, et …`) read first; the column stops in mid-sentence right over a
  // box's heading (`Repères`) with no blank line between them.
  const LINES = [
    'Certaines parcelles, en haut du coteau, n’ont rien donné.',
    '',
    'vite, et les vignerons doivent surveiller le sucre chaque',
    'jour, pour ne pas récolter trop tôt.',
    '',
    'Il y a trente ans, les vendanges commençaient rarement',
    'en août. Les étés plus chauds font mûrir le raisin plus',
    'Repères',
    'Surface de l’appellation : 5 400 hectares.',
  ];

  it('moves it under the line it goes on from, blank lines or none', () => {
    const expected = [LINES[0], LINES[5], LINES[6], LINES[2], LINES[3], LINES[7], LINES[8]];
    const moved = moveMisplacedBlock(pageLines(LINES.join('\n')));
    expect(contents(moved.lines)).toEqual(expected);
    expect(moved.repairs).toEqual([expect.objectContaining({ kind: 'columns-reordered', reason: 'misplaced-block' })]);
    const ocr = moveMisplacedBlock(pageLines(LINES.filter((line) => line !== '').join('\n')));
    expect(contents(ocr.lines)).toEqual(expected);
  });

  it('takes no line running into a longer line for one stopping over a heading', () => {
    const running = [...LINES.slice(0, 7), 'Repères pour les vignerons de la vallée du Lot', 'Surface de l’appellation : 5 400 hectares.'];
    expect(moveMisplacedBlock(pageLines(running.filter((line) => line !== '').join('\n'))).repairs).toEqual([]);
  });

  it('moves the next column’s head, read last by -layout, under the line it goes on from, over the box that line stops before', () => {
    const lines = pageLines(LINES.slice(4).join('\n'));
    const column = pageLines(['vite, et les vignerons doivent surveiller le sucre chaque', 'jour, pour ne pas récolter trop tôt.'].join('\n')).map((line) => ({ ...line, number: line.number + 20, column: 1 }));
    const body = [...lines, ...column];
    const moved = moveMisplacedBlock(body);
    expect(contents(moved.lines)).toEqual([LINES[5], LINES[6], column[0]?.content, column[1]?.content, LINES[7], LINES[8]]);
    // Not where the line does not stop before a heading: the body's end stays where it is.
    const running = body.map((line, index) => (index === 2 ? { ...line, content: 'Repères utiles pour les vignerons de la vallée du Lot' } : line));
    expect(moveMisplacedBlock(running).repairs).toEqual([]);
  });

  it('puts a box of entries that cut a sentence of the body in two after the body, its foot moved back over it', () => {
    const body = pageLines(
      [
        'L’eau est montée d’un mètre en six heures. Les',
        'habitants ont attendu les secours depuis la fenêtre où il',
        '',
        'Les consignes',
        'Ne pas s’engager sur une route inondée.',
        'Ne pas descendre dans les sous-sols.',
        '',
        'avait choisi de rester.',
        '',
        'Le préfet s’est rendu sur place en fin de matinée.',
      ].join('\n'),
    );
    const moved = moveMisplacedBlock(body);
    expect(contents(moved.lines)).toEqual([
      'L’eau est montée d’un mètre en six heures. Les',
      'habitants ont attendu les secours depuis la fenêtre où il',
      'avait choisi de rester.',
      'Le préfet s’est rendu sur place en fin de matinée.',
      'Les consignes',
      'Ne pas s’engager sur une route inondée.',
      'Ne pas descendre dans les sous-sols.',
    ]);
    expect(moved.repairs.map((repair) => repair.reason)).toEqual(['box-after-body', 'misplaced-block']);
    // Running text read between (a sentence ending inside a line) stays where it was read.
    const running = body.map((line) => (line.content.startsWith('Ne pas descendre') ? { ...line, content: 'Ne pas descendre. Rester chez soi.' } : line));
    expect(moveMisplacedBlock(running).repairs.map((repair) => repair.reason)).toEqual(['misplaced-block']);
  });
});

