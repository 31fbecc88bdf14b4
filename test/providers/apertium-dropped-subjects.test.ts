/**
 * Subjects the pivot drops after a comma, and `on` (src/providers/apertium/dropped-subjects.ts):
 * `Quant à la mairie, elle n'a pas répondu` came back `As for the city council, has not answered`,
 * `On peut aussi acheter` `Can also buy`.
 */
import { describe, expect, it } from 'vitest';
import { restoreDroppedSubjects, rewriteDroppedSubjects } from '../../src/providers/apertium/dropped-subjects.ts';
import { apertiumInstalled, translateTexts, useApertiumPair } from '../support/apertium-pair.ts';

describe('rewriteDroppedSubjects', () => {
  it.each([
    ["Quant à la mairie, elle n'a pas répondu.", "Quant à la mairie; elle n'a pas répondu."],
    ['Quant au maire, il refuse.', 'Quant au maire; il refuse.'],
    ['Depuis lundi, ils refusent de partir.', 'Depuis lundi; ils refusent de partir.'],
    ['Lundi, elle estime que le projet est cher.', 'Lundi; elle estime que le projet est cher.'],
    ['On peut aussi acheter des billets.', 'Il peut aussi acheter des billets.'],
    ['« On a craqué »', '« Il a craqué »'],
    ["Du côté de l'opposition, on se frotte les mains.", "Du côté de l'opposition; il se frotte les mains."],
    ['Le maire a répondu, mais on ne sait pas pourquoi.', 'Le maire a répondu; mais il ne sait pas pourquoi.'],
    ['Le maire parle et on écoute.', 'Le maire parle; et il écoute.'],
    ["Le maire dit qu'on ne sait pas.", "Le maire dit; qu'il ne sait pas."],
    ['Quand on arrive, la porte est fermée.', 'Quand il arrive, la porte est fermée.'],
    ['« Mais on ne sait pas. »', '« Mais il ne sait pas. »'],
    ['Née en 1932 dans une ferme, elle avait appris les plantes.', 'Née en 1932 dans une ferme; elle avait appris les plantes.'],
    ['Gardienne de refuge, elle raconte.', 'Gardienne de refuge; elle raconte.'],
    ['Avant de dégager la chaussée, il faudra purger la falaise.', 'Avant de dégager la chaussée; il faudra purger la falaise.'],
    ['La semaine dernière, il y en avait sept.', 'La semaine dernière; il y en avait sept.'],
  ])('%s', (french, edited) => {
    expect(rewriteDroppedSubjects(french, '')).toBe(edited);
  });

  it('leaves a pronoun whose person nothing in the sentence says, and an on that is someone else', () => {
    for (const french of [
      'À 19 ans, elle a remporté le concours.',
      'Conçu pour 180 repas, il en sert 412.',
      "On ne m'indemnise pas.",
      'On nous parle de mesure temporaire.',
      'Elle-même, elle refuse.',
      'Le maire, on le sait, refuse.',
      'Dans la salle, elle attend son tour.',
      'Pour tenir, il nous manque dix tonnes.',
      'Présenté au centre de la salle, il est entouré de broches.',
      "Un sentier qu'on ne marche plus disparaît.",
      "— Qu'est-ce qu'on fait, la nuit ?",
      "On a joué tout ce qu'on voulait.".replace(/^On a/u, 'Il a'),
      "Elles battent, si bien qu'on n'entend jamais le même tic-tac.",
      'Un derby comme on les aime.',
      'On ne sait pas si on aura un salaire.'.replace(/^On/u, 'Nul'),
    ]) {
      expect(rewriteDroppedSubjects(french, '')).toBe(french.replace(', on le', '; il le'));
    }
    // Not the start of the sentence: an `On` inside it is a name's part or after other words.
    expect(rewriteDroppedSubjects('On peut partir.', 'Et ')).toBe('On peut partir.');
  });
});

describe('restoreDroppedSubjects', () => {
  it.each([
    ['As for the city council; it has not answered.', "Quant à la mairie, elle n'a pas répondu.", 'As for the city council, it has not answered.'],
    ['As for the mayor; it has not answered.', "Quant au maire, il n'a pas répondu.", 'As for the mayor, he has not answered.'],
    ['As for Mrs Martin; it refuses.', 'Quant à Mme Martin, elle refuse.', 'As for Mrs Martin, she refuses.'],
    ['From Monday; they deny to leave.', 'Depuis lundi, ils refusent de partir.', 'From Monday, they deny to leave.'],
    ['Monday; it estimates that no.', 'Lundi, elle estime que non.', 'Monday, she estimates that no.'],
    ['It can also buy tickets.', 'On peut aussi acheter des billets.', 'People can also buy tickets.'],
    ['It rubs the hands.', 'On se frotte les mains.', 'People rub the hands.'],
    ['It then goes home.', 'On rentre ensuite.', 'People then go home.'],
    ['No longer it will see the horizon.', "On ne verra plus l'horizon.", 'No longer people will see the horizon.'],
    ['« It has cracked »', '« On a craqué »', '« We have cracked »'],
    ['— It watches.', '— On regarde.', '— We watch.'],
    ['« Every day; it fixes the quotas. »', '« Chaque jour, on fixe les quotas. »', '« Every day, we fix the quotas. »'],
    ['It has since 1990, it is here.', 'On a depuis 1990, il est ici.', 'People have since 1990, it is here.'],
    ['The mayor answered; but it does not know reason.', 'Le maire a répondu, mais on ne sait pas pourquoi.', 'The mayor answered, but people do not know reason.'],
    ['The mayor speaks; and it listens.', 'Le maire parle et on écoute.', 'The mayor speaks and people listen.'],
    ['« The evening; it returns; and it sleeps. »', '« Le soir, on rentre et on dort. »', '« The evening, we return and we sleep. »'],
    ['When it arrives, the door is closed.', 'Quand on arrive, la porte est fermée.', 'When people arrive, the door is closed.'],
    ['Been born in 1932; it had learnt the plants.', 'Née en 1932, elle avait appris les plantes.', 'Been born in 1932, she had learnt the plants.'],
    ['« We played; afterwards it removed half », sums up the pianist.', '« On a joué, puis on a enlevé la moitié », résume le pianiste.', '« We played, afterwards we removed half », sums up the pianist.'],
    ['« We form young people; and it can not reproach it », it ascertains Mrs Lambert.', '« On forme des jeunes, et on ne peut pas le reprocher », constate Mme Lambert.', '« We form young people, and we can not reproach it », ascertains Mrs Lambert.'],
    ['Before clearing; it will be necessary to purge.', 'Avant de dégager, il faudra purger.', 'Before clearing, it will be necessary to purge.'],
  ])('%s', (english, french, expected) => {
    expect(restoreDroppedSubjects(english, french)).toBe(expected);
  });

  it('puts back the commas among the French’s own semicolons, and in each sentence of a block', () => {
    expect(restoreDroppedSubjects('Two hours; then; they left; it rained.', 'Deux heures ; puis, ils sont partis ; il a plu.')).toBe('Two hours; then, they left; it rained.');
    const french = '<span id="p1.s1">« On y va. »</span> <span id="p1.s2">Quant au maire, il refuse.</span> <span id="p1.s3">On y va.</span>';
    const english = '<span id="p1.s1">« It goes. »</span> <span id="p1.s2">As for the mayor; it refuses.</span> <span id="p1.s3">It goes.</span>';
    expect(restoreDroppedSubjects(english, french)).toBe('<span id="p1.s1">« We go. »</span> <span id="p1.s2">As for the mayor, he refuses.</span> <span id="p1.s3">People go.</span>');
  });

  it('reads a sentence inside a quotation opened in an earlier sentence as the speaker’s', () => {
    const french = '<span id="p1.s1">« Le soir, tout ferme.</span> <span id="p1.s2">On attend. »</span>';
    const english = '<span id="p1.s1">« The evening, all closes.</span> <span id="p1.s2">It waits. »</span>';
    expect(restoreDroppedSubjects(english, french)).toContain('We wait. »');
  });

  it('puts back every comma when the engine moved a semicolon, and leaves the subject', () => {
    expect(restoreDroppedSubjects('From Monday deny; to leave.', 'Depuis lundi, ils refusent de partir.')).toBe('From Monday deny, to leave.');
  });
});

describe.skipIf(!apertiumInstalled)('on the real engine', () => {
  const engines = useApertiumPair();

  it('gives back the subject after a fronted phrase and for on', async () => {
    const french = ["Quant à la mairie, elle n'a pas répondu.", 'Depuis lundi, ils refusent de partir.', 'On peut aussi acheter des billets sur place.', '« On a entendu des explosions vers 3 heures. »'];
    const [before, after] = await Promise.all([translateTexts(engines.plain(), french, 'html'), translateTexts(engines.edited(), french, 'html')]);
    expect(before[0]).toMatch(/city council, has not answered/);
    expect(before[1]).toMatch(/Monday, deny/);
    expect(before[2]).toMatch(/^Can also buy/);
    expect(before[3]).toMatch(/^« It has felt /);
    expect(after[0]).toMatch(/^As for the city council, it has not answered/);
    expect(after[1]).toMatch(/Monday, they /);
    expect(after[2]).toMatch(/^People can also buy/);
    expect(after[3]).toMatch(/^« We /);
  });

  it('gives on a subject after a conjunction, and il/elle after a birth or before an impersonal verb', async () => {
    const french = ['Le maire de la commune a répondu, mais on ne sait pas pourquoi.', 'Le maire de la commune parle et on écoute.', 'Quand on arrive, la porte est fermée.', 'Née en 1932 dans une ferme du Larzac, elle avait appris les plantes.', 'Avant de dégager la chaussée, il faudra purger la falaise.'];
    const [before, after] = await Promise.all([translateTexts(engines.plain(), french, 'html'), translateTexts(engines.edited(), french, 'html')]);
    expect(before[0]).toMatch(/, but +does not know/);
    expect(before[1]).toMatch(/speaks and listens/);
    expect(before[2]).toMatch(/^When arrive,/);
    expect(before[3]).toMatch(/Larzac, had learnt/);
    expect(before[4]).toMatch(/shod, will /);
    expect(after[0]).toMatch(/, but people do not know/);
    expect(after[1]).toMatch(/speaks and people listen/);
    expect(after[2]).toMatch(/^When people arrive,/);
    expect(after[3]).toMatch(/Larzac, she had learnt/);
    expect(after[4]).toMatch(/shod, it will be necessary/);
  });
});
