/**
 * A web page's chrome told by its words: on a saved page's blocks and on a browser's copy of a
 * page, a paragraph a line, the prompts, buttons and dates a reader does not take for the
 * article are left out and said so; a paragraph that merely opens like one is kept.
 */
import { describe, expect, it } from 'vitest';
import { webChromeReason } from '../../src/layout/web-chrome.ts';
import { structureText } from '../../src/structure.ts';

describe('webChromeReason', () => {
  it('names sharing and reading prompts, related links, dates and separators standing alone', () => {
    for (const chrome of [
      'Partager',
      'Partager sur Facebook',
      'Facebook',
      'Copier le lien',
      'Temps de lecture : 4 min.',
      'Lecture : 3 min',
      'Article réservé aux abonnés',
      'Lire aussi | Les chantiers du tramway prennent du retard',
      'Publié le 3 décembre 2026 à 10h12',
      'Mis à jour le 03/12/2026 à 11:40',
      'mercredi 3 décembre 2026',
      'Le 29 novembre 2026 à 17:05',
      '•',
      'Publicité',
    ]) {
      expect(webChromeReason(chrome), chrome).toBeDefined();
    }
  });

  it('keeps what is the article\'s own text, even when it opens like a prompt', () => {
    for (const text of [
      'Partager le gâteau entre les six enfants n’a pas été simple, raconte la mère de famille, qui tient la boulangerie depuis vingt ans.',
      'Lire aussi entre les lignes du rapport, c’est découvrir que la commune a emprunté deux fois plus que prévu en 2025.',
      'Publicité mensongère : le tribunal condamne l’agence',
      'Le 29 novembre, la mairie a voté le budget.',
      'Facebook a fermé son bureau de Lyon',
    ]) {
      expect(webChromeReason(text), text).toBeUndefined();
    }
  });
});

describe('a browser\'s copy of a page, a paragraph a line', () => {
  const copy = [
    'Le tramway de Besançon prolongé jusqu’à Chalezeule',
    'Les travaux de la nouvelle branche commenceront au printemps. Huit stations sont prévues sur quatre kilomètres.',
    'Par Élodie Marchand',
    'Publié le 3 décembre 2026 à 10h12',
    'Temps de lecture : 3 min.',
    'Partager',
    'Le conseil communautaire a voté lundi soir le prolongement de la ligne 2 du tramway jusqu’à la zone commerciale de Chalezeule, un projet évoqué depuis dix ans et chiffré aujourd’hui à 96 millions d’euros.',
    'Lire aussi | Les chantiers du tramway prennent du retard',
    'Les premiers travaux, sur les réseaux d’eau et d’électricité, commenceront en avril. La mise en service est annoncée pour la rentrée 2029, avec une rame toutes les six minutes aux heures de pointe.',
    'Article réservé aux abonnés',
  ].join('\n');

  it('reads the article and leaves out the page\'s chrome, each drop a repair', () => {
    const article = structureText(copy, { fileName: 'copie.txt' });
    expect(article.source.layout).toBe('plain');
    const text = article.blocks.map((block) => block.text).join('\n');
    for (const chrome of ['Publié le', 'Temps de lecture', 'Partager', 'Lire aussi', 'réservé aux abonnés']) expect(text).not.toContain(chrome);
    expect(article.blocks.filter((block) => block.role === 'paragraph').map((block) => block.text.slice(0, 30))).toEqual([
      'Le conseil communautaire a vot',
      'Les premiers travaux, sur les ',
    ]);
    expect(article.repairs.filter((repair) => repair.kind === 'page-furniture-removed').map((repair) => repair.line)).toEqual([4, 5, 6, 8, 10]);
  });

  it('leaves a text with blank lines between its blocks as it is: the chrome is only read off a browser\'s copy', () => {
    const typed = 'Le titre\n\nPartager\n\nLe conseil communautaire a voté lundi soir le prolongement de la ligne.\n';
    expect(structureText(typed, { fileName: 'typed.txt' }).blocks.some((block) => block.text === 'Partager')).toBe(true);
  });
});
