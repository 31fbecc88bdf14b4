/**
 * The structure stage carries its decision that a paragraph is an intertitle on the block
 * (`Block.intertitle`), whichever layout read it, so that the editions read it instead of telling
 * it again; the warning a person reads is still there.
 */
import { describe, expect, it } from 'vitest';
import { structureText } from '../../src/structure.ts';
import type { StructuredArticle } from '../../src/types.ts';

const marks = (article: StructuredArticle) => article.blocks.filter((block) => block.intertitle === true).map((block) => block.text);
const read = (text: string, fileName = 'marche.txt') => structureText(text, { fileName, checkLanguage: false });

describe('the blocks the layout took for intertitles', () => {
  it('a printed page (pdftotext): a short line between paragraphs, a question too, marked; the warnings kept', () => {
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
    expect(marks(article)).toEqual(['Des loyers inchangés', 'Et maintenant ?']);
    expect(article.warnings.filter((warning) => warning.rule === 'layout/intertitle')).toHaveLength(2);
    // Running text and furniture carry no mark at all (the JSON of `segment` is as before for them).
    expect(article.blocks.filter((block) => block.intertitle !== true).every((block) => !('intertitle' in block))).toBe(true);
  });

  it('the seed’s print layout: a short line carrying a paragraph’s trailing space', () => {
    const article = read(
      [
        'Le marché couvert de la Croix-Rousse rouvre samedi après deux',
        'ans de travaux. Les commerçants retrouvent leurs étals, repeints',
        'pendant l’été, et leurs clients de toujours. ',
        'Des loyers inchangés ',
        'Les loyers des étals restent les mêmes qu’avant le chantier, a',
        'assuré la mairie lundi. Les bouchers et les fromagers avaient',
        'craint une hausse de leurs loyers. ',
        'La ville veut ouvrir le marché le dimanche matin dès le printemps,',
        'pour attirer les familles qui travaillent en semaine. ',
        '',
        ' MARCHÉS',
        'Le marché couvert rouvre ses portes',
        '',
      ].join('\n'),
    );
    expect(article.source.layout).toBe('print');
    expect(marks(article)).toEqual(['Des loyers inchangés']);
  });

  it('a plain text: a short paragraph between two, not the last line', () => {
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

  it('a web page: a heading after the headline, as its markup says, a question too', () => {
    const article = read(
      '<!DOCTYPE html><html lang="fr"><head><title>Le marché</title></head><body><article><h1>Le marché couvert rouvre ses portes</h1><p>Le marché couvert de la Croix-Rousse rouvre samedi après deux ans de travaux. Les commerçants retrouvent leurs étals.</p><h2>Et les loyers ?</h2><p>Les loyers des étals restent les mêmes qu’avant le chantier, a assuré la mairie lundi.</p></article></body></html>',
      'marche.html',
    );
    expect(article.source.layout).toBe('html');
    expect(marks(article)).toEqual(['Et les loyers ?']);
    expect(article.blocks.find((block) => block.role === 'headline')).not.toHaveProperty('intertitle');
  });
});
