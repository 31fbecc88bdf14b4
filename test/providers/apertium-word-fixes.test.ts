/**
 * Words the pivot through Spanish reads as other words, put right from the French
 * (src/providers/apertium/word-fixes.ts): `le car` (a coach) read as `because`, and `après-midi`
 * and `soir` mixed up through the Spanish `tarde`.
 */
import { describe, expect, it } from 'vitest';
import { postEditWords, preEditWords } from '../../src/providers/apertium/word-fixes.ts';
import { apertiumInstalled, translateTexts, useApertiumPair } from '../support/apertium-pair.ts';

describe('preEditWords', () => {
  it.each([
    ['Le car scolaire a quitté la route.', "L'autocar scolaire a quitté la route."],
    ['Les élèves montent dans le car, puis du car au quai.', "Les élèves montent dans l'autocar, puis de l'autocar au quai."],
    ['Ce car est neuf ; les cars aussi.', 'Cet autocar est neuf ; les autocars aussi.'],
    // After `en` too (session 51: `partir en car` came out `leave in because`).
    ['Les élèves partiront en car vers Lyon.', 'Les élèves partiront en autocar vers Lyon.'],
  ])('reads car after a determiner as the noun: %s', (french, edited) => {
    expect(preEditWords(french)).toBe(edited);
  });

  it('leaves the conjunction and the words that hold car alone', () => {
    const french = 'Il est rentré tôt, car il pleuvait. Le carnaval, la carte et le Carlton. Il en parle, car en carton.';
    expect(preEditWords(french)).toBe(french);
  });
});

describe('postEditWords', () => {
  it('puts right the part of the day the French does not name', () => {
    expect(postEditWords('The courses have restarted the evening.', 'Les cours ont repris l’après-midi.')).toBe('The courses have restarted the afternoon.');
    expect(postEditWords('Evening: he will come this afternoon.', 'Ce soir, il viendra.')).toBe('Evening: he will come this evening.');
  });

  it('writes a day and its part, and a past period, the English way where the French has them', () => {
    expect(postEditWords('It came the Tuesday in the morning.', 'Il est venu mardi matin.')).toBe('It came on Tuesday morning.');
    expect(postEditWords('The Tuesday in the afternoon, it rained.', 'Mardi soir, il pleuvait.')).toBe('On Tuesday evening, it rained.');
    expect(postEditWords('Sunday Late, the students.', 'Dimanche après-midi, les élèves.')).toBe('Sunday afternoon, the students.');
    expect(postEditWords('The month last, and the week last.', 'Le mois dernier, et la semaine dernière.')).toBe('Last month, and last week.');
    // Without the French for it, nothing moves.
    expect(postEditWords('The Tuesday in the morning.', 'Le mardi, le matin.')).toBe('The Tuesday in the morning.');
  });

  it('drops the pivot’s article before a percentage the French gives none, and reads depuis as since or for', () => {
    expect(postEditWords('The prize has bounced of the 8,5 %.', 'Le prix a bondi de 8,5 %.')).toBe('The price has bounced of 8,5 %.');
    expect(postEditWords('The tax went of the 3 % to the 5 %, and the 38 % rest.', 'Le taux est passé de 3 % à 5 %, et les 38 % restent.')).toBe('The tax went of 3 % to 5 %, and the 38 % rest.');
    expect(postEditWords('It is in arrest from 12 March 2015.', 'Il est en détention depuis le 12 mars 2015.')).toBe('It is in arrest since 12 March 2015.');
    expect(postEditWords('It directs the digs from 2010, from ten years.', 'Il dirige les fouilles depuis 2010, depuis dix ans.')).toBe('It directs the digs since 2010, for ten years.');
    // `from` the French does not say with `depuis`.
    expect(postEditWords('From 2010 to 2015.', 'De 2010 à 2015.')).toBe('From 2010 to 2015.');
  });

  it('reads esperar as hope where the French hopes, and as wait before a duration where it waits', () => {
    expect(postEditWords('It expects a victory; they expected to win.', 'Elle espère une victoire ; ils espéraient gagner.')).toBe('It hopes for a victory; they hoped to win.');
    expect(postEditWords('It will be necessary to expect three months.', "Il sera nécessaire d'attendre trois mois.")).toBe('It will be necessary to wait three months.');
    // Both verbs in the French: expect stays before an object (which verb is whose is not read), and
    // is wait with nothing after it; neither verb: expect stays.
    expect(postEditWords('It expects that they expect.', 'Il espère qu’ils attendent.')).toBe('It expects that they wait.');
    expect(postEditWords('The results are expected Tuesday.', 'Les résultats sont prévus mardi.')).toBe('The results are expected Tuesday.');
  });

  it('reads mañana as morning where the French has a morning and no tomorrow, and a day with its article and part as a habit', () => {
    expect(postEditWords('The market takes place each Saturday tomorrow.', 'Le marché a lieu chaque samedi matin.')).toBe('The market takes place each Saturday morning.');
    expect(postEditWords('It will be opened the Wednesday afternoon and the Sunday tomorrow.', 'Il sera ouvert le mercredi après-midi et le dimanche matin.')).toBe('It will be opened on Wednesday afternoons and on Sunday mornings.');
    // Tomorrow where the French says demain; one day, with its date.
    expect(postEditWords('Tomorrow morning.', 'Demain matin.')).toBe('Tomorrow morning.');
    expect(postEditWords('It came the Tuesday morning 12 May.', 'Il est venu le mardi matin 12 mai.')).toBe('It came the Tuesday morning 12 May.');
    expect(postEditWords('Seats were installed from the Thursday tomorrow.', 'Des fauteuils ont été installés dès le jeudi matin.')).toBe('Seats were installed from the Thursday morning.');
  });

  it('writes months after a number, news without an article, and their for leur', () => {
    expect(postEditWords('After twenty-two month of works, and 12 month later.', 'Après vingt-deux mois de travaux, et 12 mois plus tard.')).toBe('After twenty-two months of works, and 12 months later.');
    expect(postEditWords('One month.', 'Un mois.')).toBe('One month.');
    expect(postEditWords('It is a good news. A news.', "C'est une bonne nouvelle. Une nouvelle.")).toBe('It is good news. News.');
    expect(postEditWords('The inhabitants sold his house and his lands.', 'Les habitants ont vendu leur maison et leurs terres.')).toBe('The inhabitants sold their house and their lands.');
    expect(postEditWords('It told them that his mayor left his car.', 'Il leur a dit que leur maire avait laissé sa voiture.')).toBe('It told them that their mayor left his car.');
    // The possessives do not pair one to one: nothing moves.
    expect(postEditWords('The inhabitants sold the house.', 'Les habitants ont vendu leur maison.')).toBe('The inhabitants sold the house.');
  });

  it('writes times, whose, as for, wait at a sentence’s end, and a place’s name before its noun, where the French has them so', () => {
    expect(postEditWords('The bridge was rebuilt three time.', 'Le pont a été reconstruit trois fois.')).toBe('The bridge was rebuilt three times.');
    expect(postEditWords('Quant To the project, remains.', 'Quant au projet, il reste.')).toBe('As for the project, remains.');
    expect(postEditWords('The tram will expect.', 'Le tram attendra.')).toBe('The tram will wait.');
    expect(postEditWords('The swimming pool Jean-Bouin and the bridge Wilson.', 'La piscine Jean-Bouin et le pont Wilson.')).toBe('The Jean-Bouin swimming pool and the Wilson bridge.');
    // The name the French does not give after the noun, and a plain time: left.
    expect(postEditWords('The bridge Wilson.', 'Le pont de Wilson.')).toBe('The bridge Wilson.');
    expect(postEditWords('Each time.', 'Chaque fois.')).toBe('Each time.');
  });

  it('leaves both words where the French names both parts of the day, or neither', () => {
    const english = 'He came this afternoon, not this afternoon.';
    expect(postEditWords(english, 'Il est venu cet après-midi, pas ce soir.')).toBe(english);
    expect(postEditWords('A quiet evening.', 'Une soirée calme.')).toBe('A quiet evening.');
    expect(postEditWords('The evening news.', 'Le journal télévisé.')).toBe('The evening news.');
  });
});

describe('postEditWords: prix', () => {
  it.each([
    ['The prize of the meal is fixed.', 'Le prix du repas est fixé.', 'The price of the meal is fixed.'],
    ['At the prize of 28 euros.', 'Au prix de 28 euros.', 'At the price of 28 euros.'],
    ['The prizes, they, do not go down.', 'Les prix, eux, ne baissent pas.', 'The prices, they, do not go down.'],
    ['Prize of the honey heaves', 'Le prix du miel en hausse', 'Price of the honey heaves'],
  ])('%s', (english, french, expected) => {
    expect(postEditWords(english, french)).toBe(expected);
  });

  it('keeps prize where the French awards it, and where the two languages do not pair one to one', () => {
    for (const [english, french] of [
      ['He wins the first prize.', 'Il remporte le 1er prix.'],
      ['Prize of the public : « X »', 'Prix du public : « X »'],
      ['It has received the prize Goncourt.', 'Elle a reçu le prix Goncourt.'],
      ['The jury gave its prize to a price.', 'Le jury a donné son prix à un film.'],
      ['The prize and the prize.', 'Le prix.'],
      ['He has dedicated his prize to his team.', 'Il a dédié son prix à son équipe.'],
    ]) {
      expect(postEditWords(english!, french!)).toBe(english);
    }
    // One price and one prize in the same block: each by its own sentence.
    expect(postEditWords('The prize rises. It won the prize.', 'Le prix augmente. Il a remporté le prix.')).toBe('The price rises. It won the prize.');
  });
});

describe('postEditWords: bassin', () => {
  it('says pool for a swimming pool’s bassin and basin for any other, where the French has no lac', () => {
    expect(postEditWords('The lake of 50 metres is closed.', 'Le bassin de 50 mètres est fermé.')).toBe('The pool of 50 metres is closed.');
    expect(postEditWords('The olympic lake reopens.', 'Le bassin olympique rouvre.')).toBe('The olympic pool reopens.');
    expect(postEditWords('The lakes of work touched.', "Les bassins d'emploi touchés.")).toBe('The basins of work touched.');
    expect(postEditWords('At the entrance of the lake.', "À l'entrée du bassin.")).toBe('At the entrance of the basin.');
    expect(postEditWords('The lake and the lake.', 'Le lac et le bassin.')).toBe('The lake and the lake.');
    expect(postEditWords('The lake and the lake.', 'Le bassin.')).toBe('The lake and the lake.');
  });
});

describe('preEditWords and postEditWords: rouvre, préfet, halle, magasin', () => {
  it('sends rouvre the verb as rouvrent, and leaves the oak and a first person', () => {
    expect(preEditWords('Le magasin rouvre lundi.')).toBe('Le magasin rouvrent lundi.');
    expect(preEditWords('La boutique, qui rouvre, est belle.')).toBe('La boutique, qui rouvrent, est belle.');
    for (const french of ['Un chêne rouvre de trois siècles.', 'Le rouvre pousse lentement.', 'Je rouvre le dossier.']) expect(preEditWords(french)).toBe(french);
  });

  it('puts reopen back in the singular where the French has rouvre', () => {
    expect(postEditWords('The shop reopen Monday.', 'Le magasin rouvre lundi.')).toBe('The shop reopens Monday.');
    expect(postEditWords('The pool reopen and the schools reopen.', 'La piscine rouvre et les écoles rouvrent.')).toBe('The pool reopens and the schools reopen.');
    expect(postEditWords('I reopen the file.', 'Je rouvre le dossier.')).toBe('I reopen the file.');
  });

  it.each([
    ['The prefecto has signed.', 'Le préfet a signé.', 'The prefect has signed.'],
    ['The *prefectos and the low-prefecto.', 'Les préfets et le sous-préfet.', 'The prefects and the sub-prefect.'],
    ['The préfète also.', 'La préfète aussi.', 'The prefect also.'],
    ['The leadership and the low-leadership.', 'La préfecture et la sous-préfecture.', 'The prefecture and the sub-prefecture.'],
    ['The loge will be renovated.', 'La halle sera rénovée.', 'The hall will be renovated.'],
    ['The Loges of the market.', 'Les halles du marché.', 'The Halls of the market.'],
    ['The tent of bicycles and the tents.', 'Le magasin de vélos et les boutiques.', 'The store of bicycles and the stores.'],
  ])('%s', (english, french, expected) => {
    expect(postEditWords(english, french)).toBe(expected);
  });

  it('leaves the word where the French has the other one, or the two do not pair', () => {
    expect(postEditWords('The tent and the tent.', 'La tente et le magasin.')).toBe('The tent and the tent.');
    expect(postEditWords('The loge of the theatre and the loge.', 'La loge du théâtre et la halle.')).toBe('The loge of the theatre and the loge.');
    expect(postEditWords('The leadership and the leadership.', 'La direction et la préfecture.')).toBe('The leadership and the leadership.');
    expect(postEditWords('The tent and the tent.', 'Le magasin.')).toBe('The tent and the tent.');
  });
});

describe.skipIf(!apertiumInstalled)('on the real engine', () => {
  const engines = useApertiumPair();

  it('says coach, not because, and afternoon where the French says après-midi', async () => {
    const french = ['Le car transportait des élèves.', 'Les cours ont repris l’après-midi.'];
    const [before, after] = await Promise.all([translateTexts(engines.plain(), french), translateTexts(engines.edited(), french)]);
    expect(before[0]).toMatch(/\bbecause\b/);
    expect(before[1]).toMatch(/\bevening\b/);
    expect(after[0]).toMatch(/^The \W?coach\b/);
    expect(after[0]).not.toMatch(/because/);
    expect(after[1]).toMatch(/\bafternoon\b/);
  });

  it('says coach, not because, after en (session 51)', async () => {
    const french = ['Les élèves partiront en car vers Lyon.'];
    const [before, after] = await Promise.all([translateTexts(engines.plain(), french), translateTexts(engines.edited(), french)]);
    expect(before[0]).toMatch(/\bin because\b/);
    expect(after[0]).toMatch(/\bcoach\b/);
    expect(after[0]).not.toMatch(/because/);
  });

  it('says price where the French prix is one, and prize where it is awarded', async () => {
    const french = ['Le prix du billet passe à 2 euros.', 'Elle a remporté le premier prix du concours.'];
    const [before, after] = await Promise.all([translateTexts(engines.plain(), french), translateTexts(engines.edited(), french)]);
    expect(before[0]).toMatch(/^The prize of the/);
    expect(after[0]).toMatch(/^The price of the/);
    expect(after[1]).toMatch(/\bprize\b/);
  });

  it('says pool or basin for bassin, not lake', async () => {
    const french = ['Le bassin de 50 mètres est fermé.', 'Les chalutiers bloquent l’entrée du bassin.'];
    const [before, after] = await Promise.all([translateTexts(engines.plain(), french), translateTexts(engines.edited(), french)]);
    expect(before[0]).toMatch(/\blake\b/);
    expect(before[1]).toMatch(/\blake\b/);
    expect(after[0]).toMatch(/^The pool of 50 metres/);
    expect(after[1]).toMatch(/\bbasin\b/);
  });

  it('writes their for leur, months after a number and morning for matin', async () => {
    const french = ['Les habitants ont vendu leur maison.', 'Il sera nécessaire d’attendre trois mois.', 'Le marché a lieu le samedi matin.'];
    const [before, after] = await Promise.all([translateTexts(engines.plain(), french), translateTexts(engines.edited(), french)]);
    expect(before[0]).toMatch(/\bhis house\b/);
    expect(before[2]).toMatch(/\btomorrow\b/);
    expect(after[0]).toMatch(/\btheir house\b/);
    expect(after[1]).toMatch(/\bwait three months\b/);
    expect(after[2]).toMatch(/\bon Saturday mornings\b/);
  });
  it('reads rouvre as the verb, and says prefect, prefecture, hall and store', async () => {
    const french = ['La boutique rouvre.', 'Le préfet et la préfecture ont répondu.', 'La halle sera rénovée.', 'Le magasin ferme.'];
    const [before, after] = await Promise.all([translateTexts(engines.plain(), french), translateTexts(engines.edited(), french)]);
    expect(before[0]).toMatch(/\boak\b/);
    expect(before[1]).toMatch(/\bprefecto\b.*\bleadership\b/);
    expect(before[2]).toMatch(/\bloge\b/);
    expect(before[3]).toMatch(/\btent\b/);
    expect(after[0]).toMatch(/^The store reopens\./);
    expect(after[1]).toMatch(/^The prefect and the prefecture /);
    expect(after[2]).toMatch(/^The hall will be/);
    expect(after[3]).toMatch(/^The store /);
  });
});
