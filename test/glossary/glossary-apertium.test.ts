/**
 * The glossary protection with the real Apertium engine (no mocks): a paragraph of the seed
 * article, protected, translated, restored. Skipped where the Debian pairs are not installed.
 */
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGlossary, protectTerms, type ProtectedTerm } from '../../src/glossary/index.ts';
import { createApertium } from '../../src/providers/apertium/index.ts';
import type { TranslationProvider } from '../../src/providers/types.ts';
import { runQaChecks } from '../../src/qa/checks.ts';

const installed = ['fr-es', 'spa-eng'].every((mode) => existsSync(`/usr/share/apertium/modes/${mode}.mode`));

/** Seed paragraphs as the segmenter gives them (sentences in `<span id>`, text escaped). */
const paragraph = [
  ['p7.s1', 'Selon M. Poutine, la principale difficulté des discussions reste de déterminer quel groupe de combattants fait partie de l&#39;opposition à Bachar Al-Assad dite «modérée» et quel groupe est terroriste.'],
  ['p13.s1', 'L&#39;armée syrienne continue d&#39;avancer dans la zone afin d&#39;imposer «un siège presque total» aux rebelles situés dans la partie est d&#39;Alep, selon la même source, citée par l&#39;agence de presse Chine Nouvelle.'],
  ['p5.s1', 'Vendredi, le Président russe Vladimir Poutine avait estimé que Moscou et Washington pourraient parvenir «bientôt» à un accord.'],
  ['p10.s2', 'La rencontre aura lieu plutôt demain, mais on ne peut pas exclure qu&#39;elle puisse avoir lieu aujourd&#39;hui (hier, ndlr), selon M. Peskov.'],
] as const;

describe.skipIf(!installed)('glossary protection through Apertium', () => {
  let provider: TranslationProvider | undefined;
  afterAll(async () => provider?.close?.());

  it('gives English with Xinhua, Putin and the other glossary names, and loses no term', async () => {
    const glossary = await loadGlossary('config/glossary.yaml');
    const html = paragraph.map(([id, text]) => `<span id="${id}">${text}</span>`).join(' ');
    const protection = protectTerms(html, glossary);
    expect(protection.terms.map((term) => term.target)).toEqual(['Mr. Putin', 'Bashar al-Assad', 'Aleppo', 'Xinhua', 'Vladimir Putin', 'Ed.', 'Mr. Peskov']);

    provider = createApertium();
    const result = await provider.doTranslate({
      segments: [{ id: 'p', text: protection.html }],
      sourceLanguage: 'fr',
      targetLanguage: 'en',
      format: 'html',
    });
    let lost: ProtectedTerm[] = [];
    const english = protection.restore(result.translations[0]!.text, (terms) => (lost = terms));

    expect(lost).toEqual([]);
    expect(english).not.toContain('translate="no"');
    expect(english).toContain('Xinhua');
    expect(english).toContain('Mr. Putin');
    expect(english).toContain('Vladimir Putin');
    expect(english).toContain('Bashar al-Assad');
    expect(english).toContain('(yesterday, Ed.)');
    expect(english).not.toMatch(/Chine Nouvelle|Poutine|ndlr/);
    for (const [id] of paragraph) expect(english).toContain(`<span id="${id}">`);

    // The glossary check agrees: no term is reported missing on any sentence.
    for (const [id, french] of paragraph) {
      const sentence = new RegExp(`<span id="${id.replace('.', '\\.')}">([\\s\\S]*?)</span>`).exec(english)?.[1] ?? '';
      const findings = runQaChecks(
        { source: french.replace(/&#39;/g, "'"), translation: sentence.replace(/&#39;/g, "'").replace(/&amp;/g, '&') },
        { glossary },
      );
      expect(findings.filter((item) => item.check === 'qa/glossary')).toEqual([]);
    }
  });

  it('without protection the same engine misses the glossary (what the check is for)', async () => {
    const glossary = await loadGlossary('config/glossary.yaml');
    provider ??= createApertium();
    const [id, french] = paragraph[1];
    const result = await provider.doTranslate({
      segments: [{ id, text: french.replace(/&#39;/g, "'") }],
      sourceLanguage: 'fr',
      targetLanguage: 'en',
      format: 'text',
    });
    const findings = runQaChecks({ source: french.replace(/&#39;/g, "'"), translation: result.translations[0]!.text }, { glossary });
    expect(findings).toContainEqual(expect.objectContaining({ check: 'qa/glossary', message: expect.stringContaining('Xinhua') }));
  });
});
