import { describe, expect, it } from 'vitest';
import { createGlossary } from '../../src/glossary/index.ts';
import {
  checkEmpty,
  checkGlossary,
  checkLengthRatio,
  checkNames,
  checkNumbers,
  checkQuotes,
  checkUntranslated,
  qaArticle,
  runQaChecks,
  setInCapitals,
} from '../../src/qa/index.ts';
import type { AlignedArticle, QaFinding } from '../../src/types.ts';

const glossary = createGlossary({
  terms: {
    'Chine Nouvelle': 'Xinhua',
    ndlr: { target: 'Ed.', caseSensitive: false },
    Poutine: 'Putin',
    'M. Poutine': 'Mr. Putin',
    'Sergueï Lavrov': 'Sergei Lavrov',
  },
  doNotTranslate: ['Barack Obama', 'G20'],
  transliterations: { 'Etats-Unis': 'United States', Etat: 'State', Sommet: 'Summit' },
});

const severities = (findings: QaFinding[]) => findings.map((item) => item.severity);

describe('qa/numbers', () => {
  it.each([
    ['decimal comma', 'Le baril coûte 48,70 dollars.', 'A barrel costs 48.70 dollars.'],
    ['decimal shortened', 'Le baril coûte 48,70 dollars.', 'A barrel costs $48.7.'],
    ['percentage', 'Le chômage atteint 3,5 % en France.', 'Unemployment reaches 3.5% in France.'],
    ['percentage in words', 'Une hausse de 12 pour cent.', 'A rise of 12 percent.'],
    ['thousands with space', 'Quelque 1 234 personnes sont venues.', 'Some 1,234 people came.'],
    ['thousands with narrow no-break space', 'Quelque 12\u202f500 soldats.', 'Some 12,500 soldiers.'],
    ['first of the month', 'Depuis le 1er janvier, rien.', 'Since January 1, nothing.'],
    ['date with year', 'Le 5 septembre 2016 à Hangzhou.', 'On September 5, 2016 in Hangzhou.'],
    ['British date', 'Le 5 septembre 2016 à Hangzhou.', 'On 5 September 2016 in Hangzhou.'],
    ['date range', 'Les 14-15 septembre.', 'On September 14-15.'],
    ['time, 12-hour clock', 'La réunion commence à 14h30.', 'The meeting begins at 2:30 pm.'],
    ['time, 24-hour clock', 'La réunion commence à 14 h 30.', 'The meeting begins at 14:30.'],
    ['time without am/pm', 'Rendez-vous à 14h30.', 'Meet at 2:30.'],
    ['time with the part of the day', 'Le train part à 8 heures du soir, arrive à 3 h 30 du matin.', 'The train leaves at 8 pm, arrives at 3:30 am.'],
    ['a 24-hour time with the part of the day', 'Ouvert jusqu’à 22 heures du soir.', 'Open until 10 pm.'],
    ['identifier', 'En marge du G20 de Hangzhou.', 'On the sidelines of the G-20 in Hangzhou.'],
    ['ordinal', 'Le 2e jour, au XXe siècle.', 'On the 2nd day, in the 20th century.'],
    ['year', 'En 2015, la guerre.', 'In 2015, the war.'],
    ['no numbers', 'Rien à signaler.', 'Nothing to report.'],
  ])('passes: %s', (_name, source, translation) => {
    expect(checkNumbers({ source, translation })).toEqual([]);
  });

  it.each([
    ['a changed value', 'Le baril coûte 48,70 dollars.', 'A barrel costs 47.70 dollars.', ['error', 'warning'], /"48,70" is missing .*48\.70/],
    ['a decimal read as thousands', 'Une baisse de 1,234 point.', 'A drop of 1,234 points.', ['error', 'warning'], /"1,234" is missing .*1\.234/],
    ['a lost percentage sign', 'Le chômage atteint 3,5 %.', 'Unemployment reaches 3.5.', ['error', 'warning'], /3,5 %" is missing .*3\.5%/],
    ['a decimal kept French', 'Le baril coûte 48,70 dollars.', 'A barrel costs 48,70 dollars.', ['warning'], /"48,70" is still written the French way/],
    ['thousands kept French', 'Quelque 1 234 personnes.', 'Some 1 234 people.', ['warning'], /French way \(English: 1,234\)/],
    ['a dropped year', 'Le 5 septembre 2016.', 'On September 5.', ['error'], /"2016" is missing/],
    ['a wrong day', 'Le 1er janvier.', 'On January 2.', ['error', 'warning'], /"1er janvier" is missing .*January 1/],
    ['a time shifted', 'À 14h30.', 'At 4:30 pm.', ['error', 'warning'], /"14h30" is missing/],
    ['a time on the wrong half of the day', 'À 8 heures du soir.', 'At 8 am.', ['error', 'warning'], /"8 heures" is missing/],
    ['a time kept French', 'À 14h30.', 'At 14h30.', ['warning'], /still written the French way \(English: 14:30 or 2:30 pm\)/],
    ['a morning time kept French', 'À 9h30.', 'At 9h30.', ['warning'], /\(English: 9:30 am\)/],
    ['an ordinal kept French', 'Le 2e jour.', 'The 2e day.', ['warning'], /"2e" is still written/],
    ['a number added', 'Des civils sont morts.', 'Twelve civilians, 3 children, died.', ['warning'], /"3" in the English is not in the French/],
    ['an identifier changed', 'Au G20.', 'At the G7.', ['error', 'warning'], /"G20" is missing/],
  ])('fails: %s', (_name, source, translation, expectedSeverities, message) => {
    const findings = checkNumbers({ source, translation });
    expect(severities(findings)).toEqual(expectedSeverities);
    expect(findings.every((item) => item.check === 'qa/numbers')).toBe(true);
    expect(findings.map((item) => item.message).join(' ')).toMatch(message);
  });
});

describe('qa/names', () => {
  it.each([
    ['same names', 'Le secrétaire américain John Kerry a vu Sergueï Lavrov.', 'US Secretary John Kerry met Sergei Lavrov.'],
    ['glossary translation', 'Selon M. Poutine, rien.', 'According to Mr. Putin, nothing.'],
    ['transliteration by spelling rules', 'Le porte-parole Dmitri Peskov et Bachar Al-Assad.', 'Spokesman Dmitry Peskov and Bashar al-Assad.'],
    ['place names sharing a stem', 'Des diplomates à Genève, en Syrie et à Moscou.', 'Diplomats in Geneva, in Syria and in Moscow.'],
    ['transliteration from the glossary', 'Le département d\'Etat et les Etats-Unis au Sommet.', 'The State Department and the United States at the summit.'],
    ['capital at sentence start or after a quote', 'Néanmoins, il a dit: «Nous avançons.»', 'Nevertheless, he said: "We are moving forward."'],
    ['lower case in English', 'Le Président américain parle.', 'The American president speaks.'],
    ['text set in capitals', 'CONFLIT SYRIEN', 'SYRIAN CONFLICT'],
    ['acronym with its letters reordered', 'Selon la BCE et le FMI, rien.', 'According to the ECB and the IMF, nothing.'],
    ['French spelling of k', 'La Banque de France et la République tchèque.', 'The Bank of France and the Czech Republic.'],
    ['a Roman ordinal, no name', 'Une cheffe du XVe arrondissement, sous la IIIe République.', 'A chef from the 15th arrondissement, under the Third Republic.'],
    ['titles of address, not names', 'Selon Mme Leroy, Mlle Roux et Me Dupont, rien.', 'According to Mrs Leroy, Miss Roux and Maître Dupont, nothing.'],
    ['a title the English writes otherwise', 'Il a vu Mme Leroy.', 'He saw Ms Leroy.'],
  ])('passes: %s', (_name, source, translation) => {
    expect(checkNames({ source, translation }, glossary)).toEqual([]);
  });

  it('passes places French names its own way by their English names, with no glossary', () => {
    const source = 'Des camions d’Espagne, des Pays-Bas et de Grande-Bretagne, puis Londres et Afrique du Sud.';
    expect(checkNames({ source, translation: 'Trucks from Spain, the Netherlands and Britain, then London and South Africa.' })).toEqual([]);
    expect(checkNames({ source, translation: 'Trucks from Spain, the Low Countries and Britain, then London and Africa.' }).map((item) => /"([^"]+)"/.exec(item.message)?.[1])).toEqual(['Pays-Bas', 'Sud']);
  });

  it.each([
    ['a dropped name', 'Le ministre Sergueï Lavrov et John Kerry.', 'The minister and John.', ['Kerry']],
    ['two dropped names', 'Il a vu Lavrov et Hangzhou.', 'He saw him there.', ['Lavrov', 'Hangzhou']],
    ['a place that became another', 'Les combats à Alep continuent.', 'The fighting in Homs continues.', ['Alep']],
    ['an acronym replaced', 'Selon la BCE, rien.', 'According to the Fed, nothing.', ['BCE']],
    ['a transliteration missing', 'Les Etats-Unis refusent.', 'Washington refuses.', ['Etats-Unis']],
    ['a place translated into another', 'Les camions arrivent des Pays-Bas et d’Espagne.', 'The trucks arrive from the Low Countries and from Spain.', ['Pays-Bas']],
  ])('fails: %s', (_name, source, translation, names) => {
    const findings = checkNames({ source, translation }, glossary);
    expect(findings.map((item) => /"([^"]+)"/.exec(item.message)?.[1])).toEqual(names);
    expect(findings.every((item) => item.check === 'qa/names' && item.severity === 'warning')).toBe(true);
  });
});

describe('qa/quotes', () => {
  it.each([
    ['guillemets to curly quotes', '«Nous avançons», a-t-il dit.', '"We are moving forward," he said.'],
    ['guillemets kept', '«Nous avançons» (hier).', '«We are moving» (yesterday).'],
    ['curly quotes', 'Il a parlé d’une «dose de scepticisme».', 'He spoke of “a dose of skepticism”.'],
    ['quotation split across sentences, same in both', '«Il y a des enfants.', '"There are children.'],
    ['no quotes', 'Rien.', 'Nothing.'],
  ])('passes: %s', (_name, source, translation) => {
    expect(checkQuotes({ source, translation })).toEqual([]);
  });

  it.each([
    ['an unclosed quote', '«Nous avançons», a-t-il dit.', '"We are moving forward, he said.', ['error']],
    ['an unclosed parenthesis', 'Aujourd’hui (hier, ndlr).', 'Today (yesterday, Ed.', ['error']],
    ['parentheses reversed', 'Aujourd’hui (hier).', 'Today )yesterday(.', ['error']],
    ['a quotation lost', '«Nous avançons», a-t-il dit.', 'We are moving forward, he said.', ['warning']],
    ['a parenthesis lost', 'Alep (nord) tombe.', 'Aleppo, north, falls.', ['warning']],
  ])('fails: %s', (_name, source, translation, expectedSeverities) => {
    const findings = checkQuotes({ source, translation });
    expect(severities(findings)).toEqual(expectedSeverities);
    expect(findings.every((item) => item.check === 'qa/quotes')).toBe(true);
  });
});

describe('qa/quotes counts', () => {
  it('counts each kind of mark, straight quotes in pairs', () => {
    const findings = checkQuotes({ source: '«Oui» et «non» (deux fois) (ou trois).', translation: '"Yes" and no (twice) or three.' });
    expect(findings.map((item) => item.message)).toEqual([
      'The French has 2 quotation(s), the English 1.',
      'The French has 2 parenthesis(es), the English 1.',
    ]);
  });

  it('takes a closing parenthesis before any opening one as out of order, even when they balance', () => {
    expect(severities(checkQuotes({ source: 'Un (deux) trois (quatre).', translation: 'One )two( three (four).' }))).toEqual(['error']);
  });
});

describe('qa/untranslated', () => {
  it.each([
    ['a real translation', 'Les Russes ont reculé sur des points.', 'The Russians have backed down on some points.'],
    ['names only, equal on purpose', 'Barack Obama', 'Barack Obama'],
    ['French names in English', 'Le journal Le Monde et La Paz.', 'The newspaper Le Monde and La Paz.'],
    ['English words that are also French', 'Il compte sur son fils et sur un plan.', 'He relies on his son and on a plan, plus a fallback.'],
  ])('passes: %s', (_name, source, translation) => {
    expect(checkUntranslated({ source, translation })).toEqual([]);
  });

  it.each([
    ['the French unchanged', 'Les Russes ont reculé.', 'Les Russes ont reculé.', 'error', /unchanged/],
    ['the French with other spacing and case', 'Les Russes  ont reculé.', 'les russes ont reculé.', 'error', /unchanged/],
    ['mostly French', 'Les Russes ont reculé sur des points où nous pensions.', 'The Russes ont reculé sur des points où nous pensions.', 'error', /mostly French/],
    ['partly French', 'Ils travaillent sans relâche avec les autres négociateurs pour la paix.', 'They work without respite with the other negotiators pour la peace today.', 'warning', /partly French/],
  ])('fails: %s', (_name, source, translation, severity, message) => {
    const findings = checkUntranslated({ source, translation });
    expect(findings).toEqual([{ check: 'qa/untranslated', severity, message: expect.stringMatching(message) }]);
  });
});

describe('qa/empty', () => {
  it.each([
    ['a translation', 'Bonjour.', 'Hello.'],
    ['both empty', '', ''],
    ['blank source', ' ', ''],
  ])('passes: %s', (_name, source, translation) => {
    expect(checkEmpty({ source, translation })).toEqual([]);
  });

  it.each([
    ['empty', 'Bonjour.', ''],
    ['blank', 'Bonjour.', ' \u00a0\n'],
  ])('fails: %s', (_name, source, translation) => {
    expect(checkEmpty({ source, translation })).toEqual([{ check: 'qa/empty', severity: 'error', message: expect.any(String) }]);
  });

  it('is the only finding for an empty translation', () => {
    expect(runQaChecks({ source: 'Le 5 septembre, Poutine a parlé au G20.', translation: '' }, { glossary }).map((item) => item.check)).toEqual(['qa/empty']);
  });
});

describe('qa/length-ratio', () => {
  it.each([
    ['usual ratio', 'Les Russes ont reculé sur des points importants.', 'The Russians backed down on important points.'],
    ['short sentence not judged', 'Oui.', 'Yes, indeed, that is absolutely right.'],
    ['at the edge', 'x'.repeat(100), 'y'.repeat(50)],
  ])('passes: %s', (_name, source, translation) => {
    expect(checkLengthRatio({ source, translation })).toEqual([]);
  });

  it.each([
    ['too short', 'Les Russes ont reculé sur des points importants hier soir.', 'Russians backed.', /unusually short/],
    ['too long', 'Les Russes ont reculé hier.', 'The Russians, as everybody had long expected, backed down yesterday on several points.', /unusually long/],
  ])('fails: %s', (_name, source, translation, message) => {
    expect(checkLengthRatio({ source, translation })).toEqual([{ check: 'qa/length-ratio', severity: 'warning', message: expect.stringMatching(message) }]);
  });

  it('takes its bounds from the options', () => {
    const pair = { source: 'Les Russes ont reculé sur des points.', translation: 'The Russians have backed down on some points.' };
    expect(checkLengthRatio(pair, { lengthRatio: { min: 0.5, max: 1.1 } })).toHaveLength(1);
  });
});

describe('qa/glossary', () => {
  it.each([
    ['translated term', "Citée par l'agence Chine Nouvelle.", 'Quoted by the Xinhua agency.'],
    ['kept term', 'Barack Obama au G20.', 'Barack Obama at the G20.'],
    ['case-insensitive term', '(hier, NDLR)', '(yesterday, Ed.)'],
    ['longest term wins', 'Selon M. Poutine.', 'According to Mr. Putin.'],
    ['no term', 'Rien.', 'Nothing.'],
  ])('passes: %s', (_name, source, translation) => {
    expect(checkGlossary({ source, translation }, glossary)).toEqual([]);
  });

  it.each([
    ['a term translated literally', "Citée par l'agence Chine Nouvelle.", 'Quoted by the New China agency.', /"Chine Nouvelle" must be translated "Xinhua"/],
    ['a kept term changed', 'Barack Obama au G20.', 'Barack Obama at the G-20.', /"G20" must be kept as it is/],
    ['a name left in French', 'Selon M. Poutine.', 'According to Mr. Poutine.', /"M\. Poutine" must be translated "Mr\. Putin"/],
    ['a partial translation', 'Sergueï Lavrov a dit.', 'Sergey Lavrov said.', /"Sergueï Lavrov" must be translated "Sergei Lavrov"/],
  ])('fails: %s', (_name, source, translation, message) => {
    expect(checkGlossary({ source, translation }, glossary)).toEqual([{ check: 'qa/glossary', severity: 'error', message: expect.stringMatching(message) }]);
  });

  it('does nothing without a glossary', () => {
    expect(checkGlossary({ source: 'Chine Nouvelle', translation: 'New China' })).toEqual([]);
  });
});

describe('runQaChecks and qaArticle', () => {
  it('passes a good pair and can disable checks', () => {
    const pair = { source: 'Le 5 septembre, M. Poutine a parlé au G20 (ndlr).', translation: 'On September 5, Mr. Putin spoke at the G20 (Ed.).' };
    expect(runQaChecks(pair, { glossary })).toEqual([]);
    const bad = { source: 'Le 5 septembre, M. Poutine a parlé.', translation: 'On September 6, Mr. Poutine spoke.' };
    expect(new Set(runQaChecks(bad, { glossary }).map((item) => item.check))).toEqual(new Set(['qa/numbers', 'qa/glossary']));
    expect(runQaChecks(bad, { glossary, options: { disabled: ['qa/numbers', 'qa/glossary'] } })).toEqual([]);
  });

  it('records findings on each sentence without changing the input, and summarises', () => {
    const article: AlignedArticle = {
      source: { file: 'a.txt', encoding: 'utf-8', sha256: 'ab', bytes: 10, layout: 'plain' },
      language: 'fr',
      repairs: [],
      warnings: [],
      translation: { provider: 'apertium', engine: 'apertium 3', sourceLanguage: 'fr', targetLanguage: 'en', date: '2016-09-05T00:00:00Z' },
      blocks: [
        {
          id: 'p1',
          role: 'paragraph',
          text: '',
          source: { startLine: 1, endLine: 2 },
          translation: '',
          sentences: [
            { id: 'p1.s1', text: 'Le baril coûte 48,70 dollars.', translation: 'A barrel costs 48.70 dollars.', alignment: 'markup' },
            { id: 'p1.s2', text: 'Le baril coûte 48,70 dollars.', translation: '', alignment: 'markup' },
            { id: 'p1.s3', text: 'Le baril coûte 48,70 dollars.', translation: 'A barrel costs 48,70 dollars.', alignment: 'markup' },
          ],
        },
      ],
    };
    const { article: checked, summary } = qaArticle(article, glossary);
    expect(article.blocks[0]!.sentences[0]!.qa).toBeUndefined();
    expect(checked.blocks[0]!.sentences.map((sentence) => sentence.qa?.map((item) => item.check))).toEqual([[], ['qa/empty'], ['qa/numbers']]);
    expect(summary).toEqual({ checked: 3, failed: 1, warned: 1, byCheck: { 'qa/empty': 1, 'qa/numbers': 1 } });
  });
});

describe('qaArticle and merged sentences', () => {
  it('does not report a sentence merged into another as empty, and checks the receiver against both', () => {
    const article = {
      source: { file: 'm.txt', encoding: 'utf-8', sha256: '0'.repeat(64), bytes: 1, layout: 'plain' as const },
      language: 'fr' as const,
      repairs: [],
      warnings: [],
      translation: { provider: 'test', engine: 'test 1', sourceLanguage: 'fr' as const, targetLanguage: 'en' as const, date: '2026-01-01T00:00:00.000Z' },
      blocks: [
        {
          id: 'p1',
          role: 'paragraph' as const,
          text: 'Le budget atteint 48,70 millions. Il a été voté hier.',
          translation: 'The budget reaches 48.70 million and was voted yesterday.',
          source: { startLine: 1, endLine: 1 },
          sentences: [
            { id: 'p1.s1', text: 'Le budget atteint 48,70 millions.', translation: 'The budget reaches 48.70 million and was voted yesterday.', alignment: 'inferred' as const },
            { id: 'p1.s2', text: 'Il a été voté hier.', translation: '', alignment: 'inferred' as const, mergedInto: 'p1.s1' },
          ],
        },
      ],
    };
    const { article: checked, summary } = qaArticle(article);
    expect(summary.failed).toBe(0);
    const [first, second] = checked.blocks[0]!.sentences;
    expect(second!.qa).toEqual([]);
    // Checked against both French sentences: the length ratio is normal, the number is there.
    expect(first!.qa!.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(first!.qa!.map((finding) => finding.check)).not.toContain('qa/length-ratio');
  });
});

describe('setInCapitals', () => {
  /** What `checkNames` computed before: two copies of the text, their lengths compared. */
  const byCopies = (text: string) => {
    const letters = text.replace(/[^\p{L}]/gu, '');
    return letters.length > 0 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.6;
  };

  it('tells a headline set in capitals from a sentence, as the two copies did', () => {
    const texts = [
      '',
      '2016 : 12 %',
      'LA SYRIE À GENÈVE',
      'La Syrie à Genève',
      'ÉTATS-UNIS ET RUSSIE : LE G20 ÉCHOUE',
      'Les États-Unis et la Russie au G20',
      'OTAN, ONU et UE',
      'ÇA VA, dit-il',
      'ΑΘΗΝΑ και Ρώμη',
      'ΑΘΗΝΑ ΚΑΙ ΡΏΜΗ',
      'İSTANBUL ı',
      'ǅemal ǈubljana',
      '𝐀𝐁𝐂 abc',
      '𝐀𝐁𝐂𝐃 ab',
      'x\ud835 y\udc00 Z',
      'ABC def',
      'ABCD ef',
      'Ab',
    ];
    for (const text of texts) expect(setInCapitals(text), JSON.stringify(text)).toBe(byCopies(text));
  });
});

describe('the normalised text the checks read', () => {
  /** What the checks normalised a text to before session 45: every run of spaces replaced, whatever it was. */
  const everyRun = (text: string) => text.normalize('NFC').replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

  it('collapses spaces as replacing every run did: only runs that are not one plain space change', () => {
    const sources = [
      'Les Russes ont reculé sur des points importants.',
      'Les  Russes ont\treculé sur des points\u00a0importants.',
      ' Les Russes\n ont reculé sur des points importants. ',
      'Les Russes\u2003ont reculé sur des\u00a0 points importants.',
      'Les Russes ont reculé\u202f: sur des points\u3000importants\u2028.',
      'L’ONU a dit « non » aux Russes, sur des points importants.',
    ];
    for (const source of sources) {
      const [finding] = checkLengthRatio({ source, translation: 'No.' }, { lengthRatio: { min: 0.9, max: 1.1 } });
      expect(finding?.message, JSON.stringify(source)).toContain(`3 characters for ${everyRun(source).length} in French`);
    }
  });
});
