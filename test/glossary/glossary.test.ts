import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { foldForTerms } from '../../src/glossary/find-term-matches.ts';
import { BilingualError } from '../../src/errors.ts';
import {
  createGlossary,
  findTermMatches,
  loadGlossary,
  parseGlossary,
  protectTerms,
  protectTermsInText,
  toProviderGlossary,
  type ProtectedTerm,
} from '../../src/glossary/index.ts';

const glossary = createGlossary({
  terms: {
    'Chine Nouvelle': 'Xinhua',
    ndlr: { target: 'Ed.', caseSensitive: false },
    Poutine: 'Putin',
    'M. Poutine': 'Mr. Putin',
    'Vladimir Poutine': 'Vladimir Putin',
    Alep: 'Aleppo',
    'Etat islamique': 'Islamic State',
    'Bachar Al-Assad': 'Bashar al-Assad',
  },
  doNotTranslate: ['Barack Obama', { term: 'G20', wholeWord: true }],
});

function thrown(run: () => unknown): BilingualError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BilingualError);
    return error as BilingualError;
  }
  throw new Error('expected a BilingualError');
}

describe('glossary file validation', () => {
  it.each([
    {
      name: 'a wrong type, on the line of the value',
      yaml: 'terms:\n  Chine Nouvelle: Xinhua\n  ndlr:\n    target: 3\n',
      code: 'CONFIG_INVALID',
      expected: /line 4, terms\.ndlr\.target: .*expected string/,
    },
    {
      name: 'an unknown option, on the line of the key',
      yaml: 'terms:\n  a: b\ndoNotTranslate:\n  - Obama\n  - { term: G20, wholWord: true }\n',
      code: 'CONFIG_INVALID',
      expected: /line 5, doNotTranslate\.1\.wholWord: unknown key/,
    },
    {
      name: 'an unknown top-level key',
      yaml: 'terms:\n  a: b\n\nglosary:\n  - x\n',
      code: 'CONFIG_INVALID',
      expected: /line 4, glosary: unknown key/,
    },
    {
      name: 'an empty translation',
      yaml: 'terms:\n  Poutine: ""\n',
      code: 'CONFIG_INVALID',
      expected: /line 2, terms\.Poutine: must not be empty/,
    },
    {
      name: 'a term both translated and kept',
      yaml: 'terms:\n  Poutine: Putin\ndoNotTranslate:\n  - Kremlin\n  - Poutine\n',
      code: 'CONFIG_INVALID',
      expected: /line 5, doNotTranslate\.1: "Poutine" is also under terms/,
    },
    {
      name: 'a list where a map is expected',
      yaml: 'terms:\n  - Poutine\n',
      code: 'CONFIG_INVALID',
      expected: /line 2, terms: .*expected record/,
    },
    {
      name: 'a duplicated key (YAML syntax)',
      yaml: 'terms:\n  Poutine: Putin\n  Poutine: Poutine\n',
      code: 'CONFIG_SYNTAX',
      expected: /line 3: Map keys must be unique/,
    },
    {
      name: 'broken YAML',
      yaml: 'terms:\n  Poutine: [Putin\n',
      code: 'CONFIG_SYNTAX',
      expected: /line \d+/,
    },
  ])('reports $name with its line', ({ yaml, code, expected }) => {
    const error = thrown(() => parseGlossary(yaml, 'config/glossary.yaml'));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/^The glossary config\/glossary\.yaml /);
    expect(error.message).toMatch(expected);
    expect(error.details.file).toBe('config/glossary.yaml');
  });

  it('accepts an empty file as an empty glossary', () => {
    expect(parseGlossary('').terms).toEqual([]);
    expect(parseGlossary('# nothing yet\n').terms).toEqual([]);
  });

  it('applies defaults: case-sensitive, whole words', () => {
    const parsed = parseGlossary('terms:\n  Poutine: Putin\n  ndlr: { target: Ed., caseSensitive: false }\ndoNotTranslate: [G20]\n');
    expect(parsed.terms).toEqual([
      { source: 'Poutine', target: 'Putin', caseSensitive: true, wholeWord: true, doNotTranslate: false },
      { source: 'ndlr', target: 'Ed.', caseSensitive: false, wholeWord: true, doNotTranslate: false },
      { source: 'G20', target: 'G20', caseSensitive: true, wholeWord: true, doNotTranslate: true },
    ]);
  });
});

describe('glossary version', () => {
  const base = 'terms:\n  Poutine: Putin\n  Alep: Aleppo\ndoNotTranslate: [G20]\n';

  it('is a sha256 that ignores comments, layout and order', () => {
    const version = parseGlossary(base).version;
    expect(version).toMatch(/^[0-9a-f]{64}$/);
    expect(parseGlossary('# house terms\ndoNotTranslate:\n  - G20\nterms:\n  Alep: Aleppo   # city\n  Poutine: Putin\n').version).toBe(version);
  });

  it('keeps the value it had when terms were sorted with localeCompare (accents and capitals in English collation order)', () => {
    // The version keys the translation cache: made by a collator now, it must not change.
    const text = 'terms:\n  été: summer\n  Ete: Ete\n  étage: floor\n  Etat: State\n  éa: x\n  Zèbre: Zebra\n  abc: ABC\n  Abc: Abc2\ndoNotTranslate: [G20, Élysée, elysee, ABC]\n';
    expect(parseGlossary(text).version).toBe('75edd27bb76356a5fb73762cd40ee1d5c8494337fb9f48525d3eafca1ebc51c4');
  });

  it.each([
    ['a translation changes', base.replace('Putin', 'Poutine (Putin)')],
    ['a term is added', base.replace('[G20]', '[G20, Kremlin]')],
    ['an option changes', base.replace('Alep: Aleppo', 'Alep: { target: Aleppo, caseSensitive: false }')],
    ['a term moves from translated to kept', 'terms:\n  Alep: Aleppo\ndoNotTranslate: [G20, Poutine]\n'],
    ['a transliteration is added', `${base}transliterations:\n  Moscou: Moscow\n`],
  ])('changes when %s', (_name, changed) => {
    expect(parseGlossary(changed).version).not.toBe(parseGlossary(base).version);
  });
});

describe('loadGlossary', () => {
  const folder = mkdtempSync(join(tmpdir(), 'glossary-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('reads the project glossary with the seed names', async () => {
    const project = await loadGlossary('config/glossary.yaml');
    const targets = Object.fromEntries(project.terms.map((term) => [term.source, term.target]));
    expect(targets).toMatchObject({
      'Chine Nouvelle': 'Xinhua',
      ndlr: 'Ed.',
      'Vladimir Poutine': 'Vladimir Putin',
      'M. Poutine': 'Mr. Putin',
      'Bachar Al-Assad': 'Bashar al-Assad',
      'Dmitri Peskov': 'Dmitry Peskov',
      'Barack Obama': 'Barack Obama',
      'John Kerry': 'John Kerry',
      'Theresa May': 'Theresa May',
    });
    expect(project.terms.find((term) => term.source === 'Etats-Unis')).toBeUndefined();
  });

  it('names the file and line of a problem, and a missing file', async () => {
    const path = join(folder, 'bad.yaml');
    writeFileSync(path, 'terms:\n  Poutine: Putin\n  Alep: 12\n');
    await expect(loadGlossary(path)).rejects.toMatchObject({ code: 'CONFIG_INVALID', message: expect.stringMatching(/bad\.yaml .*line 3/) });
    await expect(loadGlossary(join(folder, 'none.yaml'))).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: expect.stringMatching(/none\.yaml does not exist/),
    });
  });
});

describe('toProviderGlossary', () => {
  it('splits translated and kept terms and keeps the version', () => {
    const provider = toProviderGlossary(glossary);
    expect(provider.version).toBe(glossary.version);
    expect(provider.entries).toContainEqual({ source: 'Chine Nouvelle', target: 'Xinhua' });
    expect(provider.doNotTranslate).toEqual(['Barack Obama', 'G20']);
    expect(provider.entries.map((entry) => entry.source)).not.toContain('G20');
  });
});

describe('findTermMatches', () => {
  it.each([
    ['longest first', 'Selon M. Poutine, Vladimir Poutine et Poutine.', ['M. Poutine', 'Vladimir Poutine', 'Poutine']],
    ['elided article', "la banlieue sud d'Alep et l’Alep moderne", ['Alep', 'Alep']],
    ['not inside a longer word or compound', 'Les Poutinistes et les anti-Poutine de Alepville.', []],
    ['accent dropped on a capital', "Le groupe État islamique et l'Etat islamique", ['Etat islamique', 'Etat islamique']],
    ['no-break space inside a term', 'l’agence Chine\u00a0Nouvelle', ['Chine Nouvelle']],
    ['case-insensitive term', '(hier, NDLR) et (ndlr) et (Ndlr)', ['ndlr', 'ndlr', 'ndlr']],
    ['case-sensitive term in capitals', 'POUTINE ET LA SYRIE', ['Poutine']],
    ['case-sensitive term in the wrong case', 'une poutine au fromage', []],
  ])('%s', (_name, text, sources) => {
    expect(findTermMatches(text, glossary.terms).map((match) => match.term.source)).toEqual(sources);
  });
});

describe('protectTerms (html)', () => {
  it('wraps terms, escaped, at sentence start, after elision, and not inside longer words', () => {
    const html =
      '<span id="p1.s1">Poutine a parlé à l&#39;agence Chine Nouvelle &amp; à d&#39;autres.</span> ' +
      '<span id="p1.s2">L&#39;armée est au sud d&#39;Alep &lt;nord&gt;, dit M. Poutine (Poutinisme).</span>';
    const result = protectTerms(html, glossary);
    expect(result.html).toBe(
      '<span id="p1.s1"><span class="notranslate">Putin</span> a parlé à l\'agence <span class="notranslate">Xinhua</span> &amp; à d\'autres.</span> ' +
        '<span id="p1.s2">L\'armée est au sud d\'<span class="notranslate">Aleppo</span> &lt;nord&gt;, dit <span class="notranslate">Mr. Putin</span> (Poutinisme).</span>',
    );
    expect(result.terms.map((term) => [term.sentenceId, term.source, term.target])).toEqual([
      ['p1.s1', 'Poutine', 'Putin'],
      ['p1.s1', 'Chine Nouvelle', 'Xinhua'],
      ['p1.s2', 'Alep', 'Aleppo'],
      ['p1.s2', 'M. Poutine', 'Mr. Putin'],
    ]);
  });

  it('never touches tags or attributes, nor text already marked translate="no" or notranslate', () => {
    const html =
      '<span id="Poutine" title="Alep"><span class="x">Alep</span> <span translate="no">Poutine</span> <b>G20</b> <i class="a notranslate">Alep</i></span>';
    const result = protectTerms(html, glossary);
    expect(result.html).toBe(
      '<span id="Poutine" title="Alep"><span class="x"><span class="notranslate">Aleppo</span></span> <span translate="no">Poutine</span> <b><span class="notranslate">G20</span></b> <i class="a notranslate">Alep</i></span>',
    );
    expect(result.terms.map((term) => term.sentenceId)).toEqual(['Poutine', 'Poutine']);
  });

  it('reads markup with the shared tokenizer: a > inside a quoted attribute does not end the tag', () => {
    // The old /<[^>]*>/ cut the tag at the first >, and protected the rest of the attribute as text.
    const html = '<span id="a" title="5 > Alep">Alep</span>';
    expect(protectTerms(html, glossary).html).toBe('<span id="a" title="5 > Alep"><span class="notranslate">Aleppo</span></span>');
  });

  it('escapes and decodes text nodes like the rest of the project', () => {
    // Quotes stay escaped as wrapSentences wrote them; &rsquo; is decoded; a reference that is
    // no character is kept (the old decoder threw a RangeError on it).
    const html = '<span id="a">Il a dit &quot;Alep&quot; au sud d&rsquo;Alep &#x110000;.</span>';
    expect(protectTerms(html, glossary).html).toBe(
      '<span id="a">Il a dit &quot;<span class="notranslate">Aleppo</span>&quot; au sud d’<span class="notranslate">Aleppo</span> &amp;#x110000;.</span>',
    );
  });

  it('escapes a target holding markup characters', () => {
    const hostile = createGlossary({ terms: { AT: 'AT&T <Inc>' } });
    const result = protectTerms('<span id="s1">AT & co</span>', hostile);
    expect(result.html).toBe('<span id="s1"><span class="notranslate">AT&amp;T &lt;Inc&gt;</span> &amp; co</span>');
    expect(result.restore(result.html)).toBe('<span id="s1">AT&amp;T &lt;Inc&gt; &amp; co</span>');
  });

  it('round-trips: restore unwraps the elements and keeps their text', () => {
    const result = protectTerms('<span id="a">Selon M. Poutine, le G20 (ndlr) à Alep.</span>', glossary);
    // What an engine that honours notranslate (Google) sends back.
    const translated = result.html
      .replace('Selon ', 'According to ')
      .replace(', le ', ', the ')
      .replace(' à ', ' in ');
    let lost: ProtectedTerm[] | undefined;
    expect(result.restore(translated, (terms) => (lost = terms))).toBe('<span id="a">According to Mr. Putin, the G20 (Ed.) in Aleppo.</span>');
    expect(lost).toBeUndefined();
  });

  it('restores terms moved to another place, and cleans engine marks inside the element', () => {
    const result = protectTerms('<span id="a">Chine Nouvelle et Alep.</span>', glossary);
    const translated = '<span id="a">Aleppo <span class="notranslate">*Aleppo</span> and *<span class="notranslate">Xinhua</span>.</span>';
    const lost = restoreReporting(result.restore, translated);
    expect(lost.html).toBe('<span id="a">Aleppo Aleppo and Xinhua.</span>');
    expect(lost.terms).toEqual([]);
  });

  it('reports a term whose element was lost, with its sentence', () => {
    const result = protectTerms('<span id="p1.s1">Poutine parle.</span><span id="p1.s2">Alep tombe.</span>', glossary);
    const translated = '<span id="p1.s1">Poutine speaks.</span><span id="p1.s2"><span class="notranslate">Aleppo</span> falls.</span>';
    const restored = restoreReporting(result.restore, translated);
    expect(restored.html).toBe('<span id="p1.s1">Poutine speaks.</span><span id="p1.s2">Aleppo falls.</span>');
    expect(restored.terms.map((term) => [term.sentenceId, term.source, term.target])).toEqual([['p1.s1', 'Poutine', 'Putin']]);
  });

  it('overwrites what an engine that translates the element\'s text made of it, in order within the sentence', () => {
    // Apertium translates the text of a notranslate element (only translate="no" is hidden
    // from it): a name can come back changed beyond recognition, and the element stays ours.
    const result = protectTerms('<span id="a">Theresa May et M. Poutine.</span><span id="b">Chine Nouvelle.</span>', createGlossary({
      terms: { 'M. Poutine': 'Mr. Putin', 'Chine Nouvelle': 'Xinhua' },
      doNotTranslate: ['Theresa May'],
    }));
    const translated =
      '<span id="a"><span class="notranslate">Theresa Can</span> and <span class="notranslate">Sr. Putin</span>.</span>' +
      '<span id="b"><span class="notranslate">Nuevo</span>.</span>';
    const restored = restoreReporting(result.restore, translated);
    expect(restored.html).toBe('<span id="a">Theresa May and Mr. Putin.</span><span id="b">Xinhua.</span>');
    expect(restored.terms).toEqual([]);
  });

  it('does not give a changed element a term of another sentence', () => {
    const result = protectTerms('<span id="a">Chine Nouvelle.</span><span id="b">Rien.</span>', glossary);
    const translated = '<span id="a">Nothing.</span><span id="b"><span class="notranslate">Nuevo</span>.</span>';
    const restored = restoreReporting(result.restore, translated);
    expect(restored.html).toBe('<span id="a">Nothing.</span><span id="b">Nuevo.</span>');
    expect(restored.terms.map((term) => term.target)).toEqual(['Xinhua']);
  });
});

function restoreReporting(restore: (text: string, onLost?: (lost: ProtectedTerm[]) => void) => string, text: string) {
  let terms: ProtectedTerm[] = [];
  const html = restore(text, (lost) => (terms = lost));
  return { html, terms };
}

describe('protectTermsInText (plain text)', () => {
  it('replaces terms by numbered placeholders and restores them, spaces inside tolerated', () => {
    const result = protectTermsInText("Selon M. Poutine, l'agence Chine Nouvelle (ndlr).", glossary);
    expect(result.text).toBe("Selon ⟦1⟧, l'agence ⟦2⟧ (⟦3⟧).");
    const restored = restoreReporting(result.restore, 'According to ⟦ 1 ⟧, the agency ⟦2⟧ (⟦3⟧).');
    expect(restored.html).toBe('According to Mr. Putin, the agency Xinhua (Ed.).');
    expect(restored.terms).toEqual([]);
  });

  it('reports a lost placeholder', () => {
    const result = protectTermsInText('Poutine à Alep.', glossary);
    const restored = restoreReporting(result.restore, '⟦1⟧ in Aleppo.');
    expect(restored.html).toBe('Putin in Aleppo.');
    expect(restored.terms.map((term) => term.source)).toEqual(['Alep']);
  });
});

describe('foldForTerms', () => {
  it('folds as decomposing, dropping the marks and lowering the case of the whole text, for every character of the basic plane', () => {
    const whole = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (const sentence of ["L'État et l’ŒUVRE — « Déjà » : ÉLYSÉE, Ångström, İstanbul\u202f!", 'ΣΟΦΟΣ, Zoe\u0308 et 한국']) {
      expect(foldForTerms(sentence)).toBe(whole(sentence));
    }
    for (let code = 0; code < 0x10000; code += 1) {
      const text = `É${String.fromCharCode(code)}Œ`;
      expect(foldForTerms(text), code.toString(16)).toBe(whole(text));
    }
  });
});
