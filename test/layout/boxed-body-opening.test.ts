import { describe, expect, it } from 'vitest';
import { findBodyDateline } from '../../src/layout/body-dateline.ts';
import { bodyEndReadFirst, findBoxedBodyOpening } from '../../src/layout/boxed-body-opening.ts';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import type { PageLine } from '../../src/layout/page-line.ts';
import { structureText } from '../../src/structure.ts';
import { pageLines } from '../support/page-lines.ts';

/** Paragraphs as an extraction writing text boxes gives them: each box its lines, a blank line after it. */
function boxes(...texts: string[][]): PageLine[][] {
  const lines = pageLines(texts.map((box) => box.join('\n')).join('\n\n'));
  const paragraphs: PageLine[][] = [];
  let at = 0;
  for (const box of texts) {
    paragraphs.push(lines.slice(at, at + box.length));
    at += box.length;
  }
  return paragraphs;
}

describe('the body’s opening read from an extraction’s text boxes', () => {
  it('takes a dateline opening a box after the first paragraphs for the body’s start, and the name boxed above it for the byline', () => {
    const paragraphs = boxes(
      ['Le programme du week-end', 'Samedi : visite des ateliers.'],
      ['Dimanche : marché des potiers.'],
      ['Les horaires sont affichés en mairie.'],
      ['Le four du potier, restauré au printemps.'],
      ['Claire Moreau'],
      ['VALLAURIS — Le vieux four a repris du service', 'samedi, après trois ans de travaux.'],
      ['La mairie prévoit de l’ouvrir aux écoles.'],
    );
    const found = findBoxedBodyOpening(findBodyDateline(paragraphs), getFrenchLexicon());
    expect(found.opens).toBe(5);
    expect([...found.bylines]).toEqual([4]);
    expect(found.repairs.map((repair) => [repair.reason, repair.after])).toEqual([
      ['dateline-box', 'dateline'],
      ['byline-box', 'byline'],
    ]);
  });

  it('leaves a dateline inside a box, and a name boxed after a sentence it completes, alone', () => {
    const paragraphs = boxes(
      ['Une photo du port, mardi.'],
      ['Un encadré sur la marée.'],
      ['Le coefficient sera de 110, selon'],
      ['Anne Le Goff'],
      ['Les quais ont été inondés dans la nuit,', 'BREST — selon la capitainerie — jusqu’au môle.'],
    );
    const found = findBoxedBodyOpening(findBodyDateline(paragraphs), getFrenchLexicon());
    expect(found.opens).toBe(0);
    expect(found.bylines.size).toBe(0);
    expect(found.repairs).toEqual([]);
  });

  it('takes a name boxed alone after a box closing on a sentence’s end for the signature the extraction moved up', () => {
    const paragraphs = boxes(
      ['Le chantier a duré trois ans et coûté', '2,4 millions d’euros.'],
      ['Hélène Marchetti'],
      ['L’orgue a été construit en 1748 par un', 'facteur toulousain.'],
    );
    const found = findBoxedBodyOpening(findBodyDateline(paragraphs), getFrenchLexicon());
    expect([...found.bylines]).toEqual([1]);
    expect(found.repairs[0]).toMatchObject({ kind: 'role-assigned', after: 'byline', reason: 'byline-box', line: 4 });
    // A paper's title boxed alone so is no signature: its last word is a French word, or it is set in capitals.
    for (const title of ['Le Progrès', 'Midi Montagnes', 'LE PROGRÈS']) {
      const titled = boxes(['Le chantier a coûté 2,4 millions d’euros.'], [title], ['L’orgue date de 1748.']);
      expect(findBoxedBodyOpening(findBodyDateline(titled), getFrenchLexicon()).bylines.size).toBe(0);
    }
  });

  it('takes `Par` and a name in a box of one line inside the body for a byline, with or without a dateline after it', () => {
    const paragraphs = boxes(
      ['Le conseil municipal a voté la reconstruction', 'de la cantine, lundi soir.'],
      ['Par Sandrine Poyet'],
      ['Le bâtiment actuel, construit en 1971, ne répond', 'plus aux normes.'],
    );
    const found = findBoxedBodyOpening(findBodyDateline(paragraphs), getFrenchLexicon());
    expect([...found.bylines]).toEqual([1]);
    // `Par` opening a line of a longer box is a sentence's word, not a byline.
    const inside = boxes(['Le conseil a voté la reconstruction', 'Par Sandrine Poyet'], ['Le bâtiment date de 1971.']);
    expect(findBoxedBodyOpening(findBodyDateline(inside), getFrenchLexicon()).bylines.size).toBe(0);
  });

  it('gives the byline and the dateline their roles in a text shaped as pdfminer writes it', () => {
    const text = [
      'Judo',
      '',
      'Six podiums pour le club au tournoi régional',
      '',
      'Les podiums du club',
      '',
      'Moins de 60 kg cadets : 1. Yanis Belkacem.',
      'Moins de 70 kg juniors : 2. Inès Mazet.',
      '',
      'Prochaine étape',
      '',
      'Les deux vainqueurs sont qualifiés pour les championnats',
      'de France, prévus fin février à Ceyrat.',
      '',
      'Quatre cents combattants s’étaient donné rendez-vous',
      'samedi au gymnase. Le club a décroché deux titres.',
      '',
      'Par Karim Boudjellal',
      '',
      'ISSOIRE — Dès 8 h 30, les tatamis étaient pleins. Venus de',
      'onze départements, les combattants des catégories cadets',
      'et juniors ont enchaîné près de six cents combats jusqu’au',
      'soir, sous les yeux de plusieurs centaines de parents.',
      '',
      'Chez les moins de 60 kg, Yanis Belkacem a dominé sa caté-',
      'gorie sans concéder le moindre avantage. Le jeune Issoirien',
      'a remporté ses cinq combats avant la limite, dont la finale',
      'face au favori clermontois, battu sur une projection.',
      '',
      'Le club repart aussi avec deux médailles d’argent et deux',
      'de bronze. Son entraîneur y voit la récompense d’un travail',
      'de fond mené depuis trois saisons avec les plus jeunes.',
      '',
      '\f',
    ].join('\n');
    const article = structureText(text, { fileName: 'judo.pdfminer.txt' });
    const roles = article.blocks.map((block) => [block.role, block.text.slice(0, 20)]);
    expect(roles).toContainEqual(['byline', 'Par Karim Boudjellal']);
    expect(roles).toContainEqual(['dateline', 'ISSOIRE —']);
    expect(article.blocks.find((block) => block.text.startsWith('Dès 8 h 30'))?.role).toBe('paragraph');
  });

  it('puts whole paragraphs read before the byline that opens the body after the body’s last paragraph', () => {
    const paragraphs = boxes(
      ['Au retour, la navette attendait les randonneurs', 'sur le parking du col.'],
      ['Par Lucie Marchand'],
      ['Le sentier a rouvert samedi, après deux mois', 'de travaux sur les passerelles.'],
      ['Les agents de l’Office national des forêts', 'ont remplacé quarante marches de bois.'],
    );
    const found = findBoxedBodyOpening(findBodyDateline(paragraphs), getFrenchLexicon());
    const read = bodyEndReadFirst(found);
    expect(read.order).toEqual([1, 2, 3, 0]);
    expect(read.repairs).toEqual([expect.objectContaining({ kind: 'columns-reordered', reason: 'body-end-read-first', line: 1 })]);
    // A signature right above the dateline opening the body marks it as well.
    const signed = boxes(['Le refuge rouvrira en juin.'], ['Lucie Marchand'], ['BARÈGES — Le sentier a rouvert samedi.'], ['Les marches sont neuves.']);
    expect(bodyEndReadFirst(findBoxedBodyOpening(findBodyDateline(signed), getFrenchLexicon())).order).toEqual([1, 2, 3, 0]);
  });

  it('leaves paragraphs before a byline in place when nothing says they are the body’s end', () => {
    const lexicon = getFrenchLexicon();
    const identity = (paragraphs: PageLine[][]) => bodyEndReadFirst(findBoxedBodyOpening(findBodyDateline(paragraphs), lexicon));
    // The byline closes the text: nothing after it.
    expect(identity(boxes(['Le sentier a rouvert samedi.'], ['Les marches sont neuves.'], ['Par Lucie Marchand'])).repairs).toEqual([]);
    // What came before runs on into the byline's side: it stops in the middle of a sentence.
    expect(identity(boxes(['Le sentier a rouvert samedi, après'], ['Par Lucie Marchand'], ['Les marches sont neuves.'], ['La navette attend au col.'])).repairs).toEqual([]);
    // It opens on a small letter: the end of a sentence begun elsewhere, misplaced-block's to place.
    expect(identity(boxes(['deux mois de travaux.'], ['Par Lucie Marchand'], ['Les marches sont neuves.'], ['La navette attend au col.'])).repairs).toEqual([]);
    // Two paragraphs in a row end no sentence: a page's head (kicker, headline) read there.
    expect(identity(boxes(['Randonnée'], ['Le sentier des cascades rouvre'], ['Par Lucie Marchand'], ['Les marches sont neuves.'], ['La navette attend au col.'], ['Le parking est gratuit.'])).repairs).toEqual([]);
    // More came before than after: the byline is the body's, not its opening.
    expect(identity(boxes(['Le sentier a rouvert samedi.'], ['Les marches sont neuves.'], ['Par Lucie Marchand'], ['La navette attend au col.'])).repairs).toEqual([]);
  });

  it('reads the body’s end pdfminer wrote under the standfirst back after the body, the head read on top', () => {
    const text = [
      'RANDONNÉE',
      '',
      'Le sentier des cascades rouvre',
      'après deux mois de travaux',
      '',
      'Les passerelles emportées par la crue de mars ont été reconstruites. Le parcours est de',
      'nouveau ouvert à tous, chiens tenus en laisse.',
      '',
      'Le retour se fait par le même chemin. Il faut',
      'compter trois heures, et emporter de l’eau.',
      '',
      'Par Lucie Marchand',
      '',
      'CAUTERETS — Le sentier a rouvert samedi matin,',
      'après deux mois de travaux sur les passerelles.',
      'Une centaine de marcheurs attendaient déjà.',
      '',
      'Les agents de l’Office national des forêts ont',
      'remplacé quarante marches de bois et posé des',
      'rambardes neuves le long des gorges. Le chantier',
      'a coûté 180 000 euros, payés par la commune.',
      '',
      'Les chiens restent admis, tenus en laisse. Les',
      'vélos, eux, sont interdits sur tout le parcours,',
      'comme les années précédentes.',
      '',
      'Une fête est prévue le 14 juin au départ du',
      'sentier, avec des visites guidées des gorges.',
      '',
      '\f',
    ].join('\n');
    const article = structureText(text, { fileName: 'sentier.pdfminer.txt' });
    const body = article.blocks.filter((block) => block.role === 'paragraph').map((block) => block.text.slice(0, 20));
    expect(body).toEqual(['Le sentier a rouvert', 'Les agents de l’Offi', 'Les chiens restent a', 'Une fête est prévue ', 'Le retour se fait pa']);
    expect(article.blocks.find((block) => block.role === 'byline')?.text).toBe('Par Lucie Marchand');
  });
});
