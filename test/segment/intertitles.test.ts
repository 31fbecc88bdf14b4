/**
 * The structure stage marks each paragraph that is an intertitle (`Block.intertitle`,
 * src/segment/intertitles.ts) once, whichever layout read the text, for the editions to read:
 * hand-typed pages, a printed page, a plain text and a web page.
 */
import { describe, expect, it } from 'vitest';
import { structureText } from '../../src/structure.ts';
import type { StructuredArticle } from '../../src/types.ts';

const marks = (article: StructuredArticle) => article.blocks.filter((block) => block.intertitle === true).map((block) => block.text);
const read = (text: string, fileName = 'marche.txt') => structureText(text, { fileName, checkLanguage: false });

describe('the structure stage marks intertitles', () => {
  it('a printed page (pdftotext): a short heading between paragraphs, not a question the layout set apart too', () => {
    const article = read(
      [
        'Le marché couvert rouvre ses portes',
        '',
        'Le marché couvert de la Croix-Rousse rouvre samedi après deux ans de',
        'travaux. Les commerçants retrouvent leurs étals, repeints pendant l’été,',
        'et leurs clients de toujours.',
        'Des loyers inchangés',
        'Les loyers des étals restent les mêmes qu’avant le chantier, a assuré la',
        'mairie lundi. Les bouchers et les fromagers avaient craint une hausse.',
        'Et maintenant ?',
        'La ville veut ouvrir le marché le dimanche matin dès le printemps, pour',
        'attirer les familles du quartier qui travaillent en semaine.',
        '',
      ].join('\n'),
    );
    expect(article.source.layout).toBe('print');
    expect(marks(article)).toEqual(['Des loyers inchangés']);
    // The layout gave both a paragraph of its own, and says so; only the heading is marked.
    expect(article.warnings.filter((warning) => warning.rule === 'layout/intertitle')).toHaveLength(2);
    expect(article.blocks.map((block) => block.text)).toContain('Et maintenant ?');
    // Running text and furniture carry no key at all (the JSON of `segment` is as before for them).
    expect(article.blocks.filter((block) => block.intertitle !== true).every((block) => !('intertitle' in block))).toBe(true);
  });

  it('a plain text: a short paragraph between two, not the closing name', () => {
    const article = read(
      [
        'Le marché couvert rouvre ses portes',
        '',
        'Le marché couvert de la Croix-Rousse rouvre samedi après deux ans de travaux. Les commerçants retrouvent leurs étals.',
        '',
        'Des loyers inchangés',
        '',
        'Les loyers des étals restent les mêmes qu’avant le chantier, a assuré la mairie lundi.',
        '',
        'Claire Vautrin',
        '',
      ].join('\n'),
    );
    expect(article.source.layout).toBe('plain');
    expect(marks(article)).toEqual(['Des loyers inchangés']);
  });

  it('a web page: a heading after the headline, not the headline', () => {
    const article = read(
      '<!DOCTYPE html><html lang="fr"><head><title>Le marché</title></head><body><article><h1>Le marché couvert rouvre ses portes</h1><p>Le marché couvert de la Croix-Rousse rouvre samedi après deux ans de travaux. Les commerçants retrouvent leurs étals.</p><h2>Des loyers inchangés</h2><p>Les loyers des étals restent les mêmes qu’avant le chantier, a assuré la mairie lundi.</p></article></body></html>',
      'marche.html',
    );
    expect(article.source.layout).toBe('html');
    expect(marks(article)).toEqual(['Des loyers inchangés']);
    expect(article.blocks.find((block) => block.role === 'headline')).not.toHaveProperty('intertitle');
  });
});
