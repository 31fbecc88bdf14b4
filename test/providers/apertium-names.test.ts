/**
 * Names kept out of the offline engine's hands (src/providers/apertium/protect-names.ts): the
 * rules on readings given by hand, then the real engine's dictionaries and the real engine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApertium, DEFAULT_MODES_DIR } from '../../src/providers/apertium/index.ts';
import { parseModeFile } from '../../src/providers/apertium/parse-mode-file.ts';
import {
  capitalisedWords,
  dictionariesOf,
  nameRanges,
  NameReader,
  protectNames,
  restoreNames,
  type NameReading,
} from '../../src/providers/apertium/protect-names.ts';

const readings = (entries: Record<string, NameReading>) => new Map(Object.entries(entries));
const named = (text: string, said: Record<string, NameReading>) =>
  nameRanges(text, readings(said)).map(([start, end]) => text.slice(start, end));

describe('which capitalised words are names', () => {
  it('reads capitalised words with their hyphenated parts, not titles, elided words or words cut at an apostrophe', () => {
    expect(capitalisedWords("M. Dupont et Mme Rose vont à Bourg-la-Reine. Qu'il vienne, dit d'Ornano à Prud'homme.").map((word) => word.word)).toEqual([
      'Dupont',
      'Rose',
      'Bourg-la-Reine',
      'Ornano',
    ]);
  });

  it('keeps unknown words and kept proper nouns, never an exonym', () => {
    expect(named('Selon M. Poutine, Malo et Lyon votent.', { Selon: 'word', Poutine: 'exonym', Malo: 'name', Lyon: 'name' })).toEqual(['Malo', 'Lyon']);
  });

  it('takes a French word into a name after a title or after a given name, not before one', () => {
    const said = { Rose: 'word', Blanc: 'word', Claire: 'given-name', Petit: 'word', Par: 'word', Les: 'word', Verts: 'word' } as const;
    expect(named('Mme Rose Blanc a parlé.', said)).toEqual(['Rose Blanc']);
    expect(named('Il a vu Claire Petit.', said)).toEqual(['Claire Petit']);
    expect(named('Par Claire Petit', said)).toEqual(['Claire Petit']);
    expect(named('Les Verts ont voté.', said)).toEqual([]);
  });

  it('joins a person’s name over its particles', () => {
    expect(named('Il cite Charles de Gaulle.', { Charles: 'given-name', Gaulle: 'name' })).toEqual(['Charles de Gaulle']);
  });

  it('keeps a capitalised surname particle between two names, not an article elsewhere', () => {
    const said = { Gwenaëlle: 'name', Le: 'word', Bihan: 'name', Du: 'word', Joachim: 'given-name', Bellay: 'name', Pen: 'name', Monde: 'word' } as const;
    expect(named('Selon Gwenaëlle Le Bihan, tout va bien.', said)).toEqual(['Gwenaëlle Le Bihan']);
    expect(named('Il lit Joachim Du Bellay.', said)).toEqual(['Joachim Du Bellay']);
    // No name before it: an article at a sentence's start, left to the engine.
    expect(named('Le Bihan est un nom breton.', said)).toEqual(['Bihan']);
    // A name before it, but a French word after: `Le` is no particle.
    expect(named('Gwenaëlle Le Monde', said)).toEqual(['Gwenaëlle']);
  });

  it('leaves two capitalised words the analyser reads as one French word (`Nouvel An`) to the engine', () => {
    expect(named('Le Nouvel An approche.', { Le: 'word', Nouvel: 'name', An: 'word', 'Le Nouvel': 'apart', 'Nouvel An': 'word' })).toEqual([]);
    expect(named('Il a vu Jean Malo.', { Jean: 'given-name', Malo: 'name', 'Jean Malo': 'apart' })).toEqual(['Jean Malo']);
  });

  it('keeps a place name of several capitalised words joined by hyphens', () => {
    expect(named('Il vit à Montoir-de-Bretagne.', { 'Montoir-de-Bretagne': 'compound-name' })).toEqual(['Montoir-de-Bretagne']);
  });
});

describe('protecting and restoring names', () => {
  const said = readings({ Malo: 'name', Rose: 'word', Blanc: 'word' });

  it('wraps names in numbered notranslate elements, outside elements already protected, and escapes what it rewrites', () => {
    const html = '<span id="s1">M. Malo &amp; Mme Rose Blanc, <span class="notranslate">Malo</span></span>';
    const result = protectNames(html, said);
    expect(result.names).toEqual(['Malo', 'Rose Blanc']);
    expect(result.html).toBe(
      '<span id="s1">M. <span class="notranslate" data-name="0">Malo</span> &amp; Mme <span class="notranslate" data-name="1">Rose Blanc</span>, <span class="notranslate">Malo</span></span>',
    );
  });

  it('writes each name back over what the engine made of it', () => {
    const answer = '<span id="s1">Mr <span class="notranslate" data-name="0">Bad</span> and Mrs <span class="notranslate" data-name="1">Rosa Blanca</span></span>';
    expect(restoreNames(answer, ['Malo', 'Rose Blanc'])).toBe('<span id="s1">Mr Malo and Mrs Rose Blanc</span>');
  });

  it('keeps the engine’s words where its rules moved the name out of the element, never losing or doubling one', () => {
    expect(restoreNames('Short of <span class="notranslate" data-name="0">feminine</span> France', ['France'])).toBe('Short of feminine France');
    expect(restoreNames('in Drôme <span class="notranslate" data-name="0"></span>, the', ['Drôme'])).toBe('in Drôme, the');
  });

  it('puts the name back over the engine’s words just before an element it emptied, as many capitalised words as the name has', () => {
    expect(restoreNames('It lives in Saint-Bad <span class="notranslate" data-name="0"></span> from 2010.', ['Saint-Malo'])).toBe(
      'It lives in Saint-Malo from 2010.',
    );
    expect(restoreNames('the riada of Loira <span class="notranslate" data-name="0"></span>, then', ['Loire'])).toBe('the riada of Loire, then');
    expect(restoreNames('of Oriental Pyrenees <span class="notranslate" data-name="0"></span> and', ['Pyrénées-Orientales'])).toBe(
      'of Oriental Pyrenees and',
    );
    expect(restoreNames('met Chat Gaulle <span class="notranslate" data-name="0"></span> there', ['Charles de Gaulle'])).toBe(
      'met Chat Gaulle there',
    );
    expect(restoreNames('it lives in <span class="notranslate" data-name="0"></span> now', ['Caen'])).toBe('it lives in now');
  });

  it('takes the engine’s unknown-word marks with its rendering of a name before an emptied element, doubling no part of it', () => {
    // The English leg marks each part it does not know (`markUnknownWords`, `reportUnknownWords`).
    expect(restoreNames('The *prefecto of *Deux-*Sèvres <span class="notranslate" data-name="0"></span> came.', ['Deux-Sèvres'])).toBe(
      'The *prefecto of Deux-Sèvres came.',
    );
    expect(restoreNames('In *Deux-*Sèvres <span class="notranslate" data-name="0"></span>, it', ['Deux-Sèvres'])).toBe('In Deux-Sèvres, it');
  });

  it('takes a sentence-opening preposition or article before the emptied element for no part of the name', () => {
    expect(restoreNames('<span id="s0">In Swear <span class="notranslate" data-name="0"></span>, the dairy closes.</span>', ['Jura'])).toBe(
      '<span id="s0">In Jura, the dairy closes.</span>',
    );
    expect(restoreNames('It rained. On Loira <span class="notranslate" data-name="0"></span>, the ships', ['Loire'])).toBe('It rained. On Loire, the ships');
    // Any other capitalised word before the run may be the name's own: left as the engine wrote it.
    expect(restoreNames('Oriental Pyrenees <span class="notranslate" data-name="0"></span> and', ['Pyrénées-Orientales'])).toBe('Oriental Pyrenees and');
  });

  it('puts a compound cut at its own hyphen back whole over its first part left before the element', () => {
    expect(restoreNames('It lives to Chapel <span class="notranslate" data-name="0">-of the-Woods</span>, near', ['Chapelle-des-Bois'])).toBe(
      'It lives to Chapelle-des-Bois, near',
    );
  });

  it('leaves elements it did not write as they are', () => {
    const answer = '<span class="notranslate">Vladimir Putin</span> and <span class="notranslate" data-name="7">x</span>';
    expect(restoreNames(answer, ['Malo'])).toBe(answer);
  });
});

const installed = ['fr-es', 'spa-eng'].every((mode) => existsSync(join(DEFAULT_MODES_DIR, `${mode}.mode`)));
const skip = installed ? false : 'Apertium with the fr-es and eng-spa pairs is not installed (npm run setup)';

describe.skipIf(skip)('names on the real engine', () => {
  const commands = ['fr-es', 'spa-eng'].flatMap((mode) => parseModeFile(readFileSync(join(DEFAULT_MODES_DIR, `${mode}.mode`), 'utf8')));
  const reader = new NameReader(dictionariesOf(commands)!);
  const withNames = createApertium();
  const withoutNames = createApertium({ protectNames: false });
  afterAll(async () => {
    reader.close();
    await withNames.close?.();
    await withoutNames.close?.();
  });

  it('finds each pair’s analyser and bilingual dictionary in the mode files', () => {
    const dictionaries = dictionariesOf(commands)!;
    expect(dictionaries.map((pair) => pair.analyser.args.at(-1)!.split('/').at(-1))).toEqual(['fr-es.automorf.bin', 'spa-eng.automorf.bin']);
    expect(dictionaries.map((pair) => pair.bilingual.args)).toEqual([
      ['-z', '-b', expect.stringMatching(/fr-es\.autobil\.bin$/)],
      ['-z', '-b', expect.stringMatching(/spa-eng\.autobil\.bin$/)],
    ]);
  });

  it('asks the dictionaries: unknown words and kept proper nouns are names, exonyms through Spanish are not', async () => {
    const said = await reader.read(['Malo', 'Jean', 'Saint-Malo', 'Poutine', 'Londres', 'Allemagne', 'Blanc', 'Bourg-la-Reine', 'Nouvel An', 'Jean Malo']);
    expect(Object.fromEntries(said)).toEqual({
      Malo: 'name',
      Jean: 'given-name',
      'Saint-Malo': 'name',
      Poutine: 'exonym',
      Londres: 'exonym',
      Allemagne: 'exonym',
      Blanc: 'word',
      'Bourg-la-Reine': 'compound-name',
      'Nouvel An': 'word',
      'Jean Malo': 'apart',
    });
  });

  it('answers reads made at once (joined into batches, a word asked twice read once) as it answers each alone', async () => {
    const fresh = new NameReader(dictionariesOf(commands)!);
    try {
      const asked = [['Malo', 'Poutine', 'Blanc'], ['Poutine', 'Jean', 'Bourg-la-Reine'], ['Malo', 'Londres', 'Nouvel An']];
      const together = await Promise.all(asked.map((words) => fresh.read(words)));
      const alone = [];
      for (const words of asked) alone.push(await reader.read(words));
      expect(together.map((said) => Object.fromEntries(said))).toEqual(alone.map((said) => Object.fromEntries(said)));
    } finally {
      fresh.close();
    }
  });

  const translate = async (provider: typeof withNames, texts: string[]) =>
    (
      await provider.doTranslate({
        segments: texts.map((text, index) => ({ id: `s${index}`, text: `<span id="s${index}">${text}</span>` })),
        sourceLanguage: 'fr',
        targetLanguage: 'en',
        format: 'html',
      })
    ).translations.map((translation) => translation.text);

  it('keeps names the engine translated as words, and still translates the exonyms and the rest', async () => {
    const french = [
      'M. Jean Malo et Mme Rose Blanc sont arrivés à Bourg-la-Reine.',
      'Reportage à Caen, où le maire a reçu M. Poutine.',
      'Le conseil départemental de la Manche a voté à Londres.',
    ];
    const [before, after] = await Promise.all([translate(withoutNames, french), translate(withNames, french)]);
    // What the engine alone does to the names, so the test shows what protection changes.
    expect(before[0]).toMatch(/Bad.*Rosa Blanca.*Villa-the-Reign/);
    expect(before[1]).toMatch(/\bFall\b/);
    expect(after[0]).toBe('<span id="s0">Mr Jean Malo and Mrs Rose Blanc arrived to Bourg-la-Reine.</span>');
    expect(after[1]).toContain('Caen');
    expect(after[1]).toContain('Putin');
    expect(after[2]).toContain('London');
    expect(after[2]).toContain('Manche');
    for (const text of after) expect(text).not.toContain('data-name');
  });

  it('doubles no part of a name the engine moved out of its element while it marks the words it does not know', async () => {
    const marking = createApertium({ markUnknownWords: true });
    try {
      const [answer] = await translate(marking, ['Le préfet des Deux-Sèvres est venu.']);
      expect(answer).toContain('of Deux-Sèvres came.');
      expect(answer).not.toContain('Deux-Deux');
    } finally {
      await marking.close?.();
    }
  });

  it('leaves no element behind and the same words elsewhere when the engine moves a name out of its element', async () => {
    const [answer] = await translate(withNames, ['Coupe de France féminine : Besançon renverse Metz.']);
    expect(answer).not.toContain('notranslate');
    expect(answer!.match(/France/g)).toHaveLength(1);
  });

  it('keeps a place name the engine moved out of its element after a sentence-opening preposition, and a compound it cut at its hyphen', async () => {
    const french = ['Dans le Jura, la fromagerie ferme.', 'Sur la Loire, les bateaux passent.', 'Elle vit à Chapelle-des-Bois, près de Mouthe.'];
    const [before, after] = await Promise.all([translate(withoutNames, french), translate(withNames, french)]);
    expect(before[0]).toMatch(/^<span id="s0">In Swear,/);
    expect(before[2]).toMatch(/Chapel-of the-/);
    expect(after[0]).toMatch(/^<span id="s0">In Jura,/);
    expect(after[1]).toMatch(/^<span id="s1">On Loire,/);
    expect(after[2]).toContain(' Chapelle-des-Bois, ');
    expect(after[2]).not.toMatch(/Chapel\b/);
    for (const text of after) expect(text).not.toContain('data-name');
  });
});
