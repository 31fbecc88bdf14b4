import { describe, expect, it } from 'vitest';
import { joinWordPerLineRuns } from '../../src/layout/word-per-line-runs.ts';
import { contents, pageLines } from '../support/page-lines.ts';

describe('joinWordPerLineRuns', () => {
  it('joins a run of one-word lines into the printed line whose wide spaces the extraction took for line breaks', () => {
    const lines = pageLines(['Les pompiers sont arrivés au hameau', 'de', 'Villeneuve.', 'Le', 'camion', 'est reparti vers la caserne une heure plus tard.'].join('\n'));
    const result = joinWordPerLineRuns(lines);
    expect(contents(result.lines)).toEqual(['Les pompiers sont arrivés au hameau', 'de Villeneuve. Le camion', 'est reparti vers la caserne une heure plus tard.']);
    expect(result.lines[1]?.number).toBe(2);
    expect(result.repairs.map((repair) => `${repair.kind} ${repair.line} ${repair.before}`)).toEqual(['line-rejoined 2 de | Villeneuve. | Le | camion']);
  });

  it('keeps a paragraph’s last line of one word, a folio, a kicker in capitals and a drop cap on their lines', () => {
    const text = ['SPORTS', 'RUGBY', 'L', 'e match a duré deux heures, et le public', 'est resté.', 'Le lendemain, tout le monde est reparti', 'vers la ville.', '12', 'Après'].join('\n');
    expect(contents(joinWordPerLineRuns(pageLines(text)).lines)).toEqual(text.split('\n'));
  });

  it('ends a run at a word cut by a line-end hyphen, and at a blank line or a page break', () => {
    const lines = pageLines(['Il', 'a', 're-', 'pris', 'la route.', '', 'Puis', 'il', '\fest', 'parti.'].join('\n'));
    expect(contents(joinWordPerLineRuns(lines).lines)).toEqual(['Il a re-', 'pris', 'la route.', 'Puis il', 'est parti.']);
  });

  it('keeps a wire desk’s signature under a last line of one word', () => {
    const text = ['Le ministre a promis une réponse avant', 'l’été.', 'abd-lc/mf'].join('\n');
    expect(contents(joinWordPerLineRuns(pageLines(text)).lines)).toEqual(text.split('\n'));
  });

  it('takes a number with a stop or a comma after it for a word of the run, not a folio', () => {
    const lines = pageLines(['contre 5,10 m lors de la crue de', 'janvier', '2021.', 'En', 'cause,', 'selon', 'Météo-France, un épisode de pluies.', '11'].join('\n'));
    expect(contents(joinWordPerLineRuns(lines).lines)).toEqual(['contre 5,10 m lors de la crue de', 'janvier 2021. En cause, selon', 'Météo-France, un épisode de pluies.', '11']);
  });

  it('takes a figure’s digit groups set apart by a stretched line for words of the run, where the sentence goes on after them', () => {
    // Chromium's justified line `médecins généralistes pour 10 000` read a word a line: the
    // `000` alone was taken for a folio and lost.
    const lines = pageLines(['Le territoire compte aujourd’hui 2,9', 'médecins', 'généralistes', 'pour', '10', '000', 'habitants, contre 8,4 à l’échelle du pays.', '', '12'].join('\n'));
    expect(contents(joinWordPerLineRuns(lines).lines)).toEqual(['Le territoire compte aujourd’hui 2,9', 'médecins généralistes pour 10 000', 'habitants, contre 8,4 à l’échelle du pays.', '12']);
  });

  it('leaves a number alone after a run for a folio when no sentence goes on past it', () => {
    const text = ['Le camion est reparti vers la caserne une heure plus tard,', 'vers', 'midi.', '14', 'Le lendemain, tout le monde est reparti vers la ville.'].join('\n');
    expect(contents(joinWordPerLineRuns(pageLines(text)).lines)).toEqual(['Le camion est reparti vers la caserne une heure plus tard,', 'vers midi.', '14', 'Le lendemain, tout le monde est reparti vers la ville.']);
  });

  it('leaves a signature under a last line of one word on its own line', () => {
    const text = ['"Mon neveu est parti en août", dit Mamadou Diop, en montrant', 'l’horizon.', 'abd-lc/mf'].join('\n');
    expect(contents(joinWordPerLineRuns(pageLines(text)).lines)).toEqual(text.split('\n'));
  });

  it('cuts a run two printed lines long after the sentence ending the first, when that part fills a line', () => {
    // A browser's printout draws each word apart: a paragraph's last line, then the next one's
    // first, stretched, read one word a line (the column holds about 34 characters).
    const lines = pageLines(
      [
        'Nous mesurons un recul de quarante',
        'et un mètres en un an, explique la',
        'glaciologue, Mme Claire Vautrin, de',
        'des', 'géosciences', 'de', 'l’environnement.', 'Le', 'front', 'du', 'glacier', 'suisse', 'a',
        'perdu près de trois cents mètres.',
      ].join('\n'),
    );
    const result = joinWordPerLineRuns(lines);
    expect(contents(result.lines)).toEqual([
      'Nous mesurons un recul de quarante',
      'et un mètres en un an, explique la',
      'glaciologue, Mme Claire Vautrin, de',
      'des géosciences de l’environnement.',
      'Le front du glacier suisse a',
      'perdu près de trois cents mètres.',
    ]);
    expect(result.lines.slice(3, 5).map((line) => line.stretched)).toEqual([true, true]);
    expect(result.repairs).toHaveLength(2);
  });

  it('leaves a long run joined where the sentence ends past the first printed line’s end: that part is longer than a line', () => {
    // Two stretched lines, `de jeunes enfants attendent` / `sous le préau. Aucun car ne`, read a word
    // a line (a column of about 30 characters): the sentence ends inside the second line, and a
    // cut after it would end a paragraph in the middle of one.
    const lines = pageLines(
      [
        'Il est huit heures, rue Haute,',
        'devant l’école, et une vingtaine',
        'de', 'jeunes', 'enfants', 'attendent', 'sous', 'le', 'préau.', 'Aucun', 'car', 'ne',
        'viendra : la ligne 4, qui avait',
        'un arrêt dans le bourg, a été',
        'supprimée en novembre dernier.',
      ].join('\n'),
    );
    const result = joinWordPerLineRuns(lines);
    expect(contents(result.lines)[2]).toBe('de jeunes enfants attendent sous le préau. Aucun car ne');
    expect(result.repairs).toHaveLength(1);
  });

  it('leaves a long run joined where the sentence ends early in it: the printed line may go on past it', () => {
    const lines = pageLines(
      ['Les maires ont refusé de préciser', 'leur', 'position.', 'Les', 'professionnels', 'réclament', 'une', 'aide', 'rapide', 'de l’État avant la fin du mois.'].join('\n'),
    );
    expect(contents(joinWordPerLineRuns(lines).lines)).toEqual([
      'Les maires ont refusé de préciser',
      'leur position. Les professionnels réclament une aide rapide',
      'de l’État avant la fin du mois.',
    ]);
  });

  it('cuts a paragraph’s last word from a heading under it when the run would have held the next line’s first word', () => {
    // OCR-like text has no blank lines: an agenda's day under a paragraph's last line of one word
    // reads as a run of one-word lines, yet a stretched line never has room for the next word.
    const printed = [
      'Elle abrite désormais un espace pour les',
      'adolescents, avec des jeux vidéo et un',
      'studio d’enregistrement. L’inscription',
      'reste gratuite pour les habitants de',
      'l’agglomération.',
      'Mercredi',
      '15 h : atelier de bande dessinée avec',
      'l’auteur Thomas Grelier.',
    ];
    const result = joinWordPerLineRuns(pageLines(printed.join('\n')));
    expect(contents(result.lines)).toEqual(printed);
  });

  it('keeps a run joined when the next line goes on in small letters, or its first word would not have fitted', () => {
    const column = ['Elle abrite désormais un espace pour les', 'adolescents, avec des jeux vidéo et un', 'studio d’enregistrement. L’inscription'];
    const running = pageLines([...column, 'Astruc-Vidal.', 'Le', 'programme mêle Couperin, Bach et une'].join('\n'));
    expect(contents(joinWordPerLineRuns(running).lines).slice(3)).toEqual(['Astruc-Vidal. Le', 'programme mêle Couperin, Bach et une']);
    const full = pageLines([...column, 'départementales.', 'Villeneuve-sur-Lot', 'Sainte-Livrade-sur-Lot reste à l’écart.'].join('\n'));
    expect(contents(joinWordPerLineRuns(full).lines).slice(3)).toEqual(['départementales. Villeneuve-sur-Lot', 'Sainte-Livrade-sur-Lot reste à l’écart.']);
  });

  it('takes a guillemet alone for a word of the run: the no-break space binding it to its word was stretched too', () => {
    // A justified line opening a quotation (`« On nous demande de`), read a word a line: the
    // guillemet alone stopped the run and was read as a paragraph of its own.
    const lines = pageLines(['Sur le terrain, la patience s’épuise.', '«', 'On', 'nous', 'demande', 'de', 'repeupler au printemps alors que la', 'trésorerie est à sec »', 'explique-t-elle.'].join('\n'));
    expect(contents(joinWordPerLineRuns(lines).lines)).toEqual(['Sur le terrain, la patience s’épuise.', '« On nous demande de', 'repeupler au printemps alors que la', 'trésorerie est à sec »', 'explique-t-elle.']);
    // Alone, with no word of the run beside it, it is left where it is.
    const alone = ['Elle a cité la règle :', '«', 'Nul n’est censé ignorer la loi. »'].join('\n');
    expect(contents(joinWordPerLineRuns(pageLines(alone)).lines)).toEqual(alone.split('\n'));
  });
});
