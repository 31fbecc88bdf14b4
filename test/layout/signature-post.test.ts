/** A signature giving the writer's post beside the name (signature-post.ts), on the text paths. */
import { describe, expect, it } from 'vitest';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { createDocumentEvidence } from '../../src/layout/join-lines.ts';
import { layoutPage } from '../../src/layout/page-layout.ts';
import { isSignedWithPost } from '../../src/layout/signature-post.ts';

describe('isSignedWithPost', () => {
  it('reads a name and its post, either way round', () => {
    for (const line of ['Nicolas Ferrier, envoyé spécial', 'Me Anne Roux-Verdier, avocate au barreau de Tours', 'Karim B., correspondant à Oran', 'Le président, Jean Dupont', 'La maire, Anne Roux']) {
      expect(isSignedWithPost(line), line).toBe(true);
    }
  });

  it('reads no sentence, clause or list naming a person as one', () => {
    for (const line of [
      'Nicolas Ferrier, envoyé spécial.',
      'Jean Dupont, qui préside le club',
      'Jean Dupont, il faut le dire',
      'Le président, Jean Dupont, a signé',
      'Jean Dupont, 42 ans',
      'À Coltines, le pylône',
      'Pour Marc Vidal, le compte',
      'Davide Morandi, n’a été repris',
      'Anne Roux, professeure de',
      'Anne Roux, toxicologue au centre anti-',
      'Le président, AFP',
      'Les enfants, les parents et les enseignants',
      'Anne Roux, une avocate bien connue des tribunaux de toute la région Centre-Val de Loire',
    ]) {
      expect(isSignedWithPost(line), line).toBe(false);
    }
  });
});

/** A short article's page as pdftotext writes it, closed by `last`. */
const page = (last: string) =>
  [
    'Les berges de la Loire rouvrent',
    '',
    'Les travaux de consolidation se sont achevés mardi, après huit mois de chantier sur',
    'les deux rives. Le sentier longe désormais le fleuve sur trois kilomètres.',
    'Les promeneurs pourront l’emprunter dès samedi, de 8 heures à 20 heures, et la',
    'commune prévoit d’y installer des bancs au printemps prochain.',
    last,
  ].join('\n');
const blocks = (text: string) => layoutPage(text, { lexicon: getFrenchLexicon(), document: createDocumentEvidence(text) }).blocks;
const roles = (text: string) => blocks(text).map((block) => block.role);

describe('a signature with a post closing the body', () => {
  it('is the byline, alone on the last line after a sentence\'s end', () => {
    for (const signature of ['Claire Morin, correspondante à Saumur', 'Le maire, Claire Morin']) {
      const read = blocks(page(signature));
      expect(read.filter((block) => block.role === 'byline').map((block) => block.text)).toEqual([signature]);
      expect(read.filter((block) => block.role === 'paragraph').map((block) => block.text).join(' ')).not.toContain('Claire Morin');
    }
  });

  it('is no byline where the line before it leaves a sentence open', () => {
    const open = page('Claire Morin, correspondante à Saumur').replace('au printemps prochain.', 'au printemps prochain, selon');
    expect(roles(open)).not.toContain('byline');
  });
});
