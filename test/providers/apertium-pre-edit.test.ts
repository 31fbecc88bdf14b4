/**
 * Pre-editing of the French sent to Apertium and post-editing of its English
 * (src/providers/apertium/pre-edit.ts): the rewrites themselves, that markup is never touched,
 * and, on the real engine where it is installed, that the faults they fix are gone.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApertium } from '../../src/providers/apertium/index.ts';
import { postEdit, PRE_EDIT_VERSION, preEdit } from '../../src/providers/apertium/pre-edit.ts';
import type { TextFormat, TranslationProvider } from '../../src/providers/types.ts';

describe('preEdit: a subject pronoun after its verb', () => {
  it.each([
    ['Néanmoins, a-t-il indiqué, les chefs se rencontreront.', 'Néanmoins, il a indiqué, les chefs se rencontreront.'],
    ['«Non», a-t-elle ajouté.', '«Non», elle a ajouté.'],
    ['«Oui», avait-il aussitôt ajouté.', '«Oui», il avait aussitôt ajouté.'],
    ['«Oui», dit-il.', '«Oui», il dit.'],
    ['«Certainement pas», répond-on à Bercy.', '«Certainement pas», on répond à Bercy.'],
    ['Le projet, estime-t-on, est prêt.', 'Le projet, on estime, est prêt.'],
    ['«C’est fini» — ont-ils expliqué — hier.', '«C’est fini» — ils ont expliqué — hier.'],
    ['“Yes”, affirment-elles.', '“Yes”, elles affirment.'],
    ['«Non», ai-je dit.', '«Non», j\'ai dit.'],
  ])('swaps it in an incise: %s', (french, expected) => {
    expect(preEdit(french, 'text')).toBe(expected);
  });

  it.each([
    ['«Oui», n\'a-t-il pas caché.', '«Oui», il n\'a pas caché.'],
    ['«Oui», s’est-il félicité.', '«Oui», il s’est félicité.'],
    ['«Oui», lui a-t-il dit.', '«Oui», il lui a dit.'],
    ['Les a-t-il vus ?', 'Il les a vus ?'],
    ['Y a-t-il un accord ?', 'Il y a un accord ?'],
  ])('moves ne and object pronouns with the verb: %s', (french, expected) => {
    expect(preEdit(french, 'text')).toBe(expected);
  });

  it.each([
    ['Peut-être a-t-il raison.', 'Peut-être il a raison.'],
    ['Aussi a-t-il refusé.', 'Aussi il a refusé.'],
    // `il faut` then says `il est nécessaire de` for the engine (pre-edit-falloir.ts).
    ['Sans doute faut-il attendre.', "Sans doute il est nécessaire d'attendre."],
  ])('swaps it after an adverb that makes French invert: %s', (french, expected) => {
    expect(preEdit(french, 'text')).toBe(expected);
  });

  it.each([
    ['Avait-elle le choix?', 'Elle avait le choix?'],
    ['Est-il malade ?', 'Il est malade ?'],
    ['Faut-il y voir le début d\'une politique d\'austérité?', 'Il est nécessaire d\'y voir le début d\'une politique d\'austérité?'],
    ['Il est malade. Reviendra-t-il ?', 'Il est malade. Reviendra-t-il ?'.replace('Reviendra-t-il', 'Il reviendra')],
    ['«Faut-il partir ?», demande-t-il.', '«Il est nécessaire de partir ?», il demande.'],
    ['Et a-t-il raison ?', 'Et il a raison ?'],
  ])('makes a yes/no question an intonation question: %s', (french, expected) => {
    expect(preEdit(french, 'text')).toBe(expected);
  });

  it.each([
    ['Pourquoi a-t-il refusé ?', 'Pourquoi est-ce qu\'il a refusé ?'],
    ['Où en est-on ?', 'Où est-ce qu\'on en est ?'],
    ['Que veut-il dire ?', 'Qu\'est-ce qu\'il veut dire ?'],
    ['Qu\'a-t-il dit ?', 'Qu\'est-ce qu\'il a dit ?'],
    ['Qu’en pense-t-elle ?', 'Qu’est-ce qu’elle en pense ?'],
    ['Et maintenant, que fait-on ?', 'Et maintenant, qu\'est-ce qu\'on fait ?'],
  ])('puts est-ce que after a question word: %s', (french, expected) => {
    expect(preEdit(french, 'text')).toBe(expected);
  });

  it('drops the repeated pronoun after a noun subject in a question', () => {
    expect(preEdit('Le gouvernement a-t-il menti ?', 'text')).toBe('Le gouvernement a menti ?');
    expect(preEdit('Pourquoi le gouvernement les a-t-il cachés ?', 'text')).toBe('Pourquoi le gouvernement les a cachés ?');
  });

  it('drops the repeated pronoun after an inverting adverb and a noun subject', () => {
    expect(preEdit('Aussi le ministre a-t-il renoncé à son projet.', 'text')).toBe('Aussi le ministre a renoncé à son projet.');
    expect(preEdit('«Ainsi la ville a-t-elle perdu 10 % de ses habitants», dit-il.', 'text')).toBe(
      '«Ainsi la ville a perdu 10 % de ses habitants», il dit.',
    );
    // A comma after the adverb makes the words after it an incise, not a subject.
    expect(preEdit('Aussi, le ministre a-t-il dit, rien.', 'text')).toBe('Aussi, le ministre a-t-il dit, rien.');
  });

  it.each([
    'Toujours est-il que rien n\'a changé.', // an idiom: not an adverb that inverts
    'Quel accord a-t-il signé ?', // is `accord` the subject? dropping `il` would say so
    'Combien de pays ont-ils signé ?',
    'Puisse-t-il réussir !', // a wish
    'Fût-il ministre, il perdrait.', // a concession
    'Reviendra-t-il demain.', // a sentence-initial inversion that is no question
    'Le ministre a-t-il dit cela.', // nor is this one
    'Dites-nous tout, rendez-vous demain.', // nous/vous after a hyphen are objects of imperatives
    'le qu\'en-dira-t-on', // a noun
    'Jean-Paul et Marie-Elle à Saint-On.', // names
    'Qu\'est-ce qu\'il a dit ?', // already in order
    'Peut-être, c\'est-à-dire, vis-à-vis.',
  ])('leaves alone what it cannot rewrite safely: %s', (french) => {
    expect(preEdit(french, 'text')).toBe(french);
  });
});

/** The markup of a fragment, in order: tags and the whole of protected elements. */
function markupOf(html: string): string[] {
  return html.match(/<span class="notranslate">[^<]*<\/span>|<[^>]+>/g) ?? [];
}

describe('preEdit on the HTML fragments the provider receives', () => {
  it('edits the text of each sentence element, never the markup', () => {
    const html = '<span id="p1.s1">«Non», a-t-il dit.</span> <span id="p1.s2">Avait-elle le choix ?</span>';
    expect(preEdit(html, 'html')).toBe('<span id="p1.s1">«Non», il a dit.</span> <span id="p1.s2">Elle avait le choix ?</span>');
  });

  it('reads a protected name as a subject, and leaves its text alone', () => {
    const html = '<span id="p1.s1"><span class="notranslate">Barack Obama</span> a-t-il menti ?</span>';
    expect(preEdit(html, 'html')).toBe('<span id="p1.s1"><span class="notranslate">Barack Obama</span> a menti ?</span>');
    const inside = '<span id="p1.s1">«Oui», <span class="notranslate">a-t-il dit</span> hier.</span>';
    expect(preEdit(inside, 'html')).toBe(inside);
    const translateNo = '<span id="p1.s1">«Oui», <b translate="no">dit-il</b>.</span>';
    expect(preEdit(translateNo, 'html')).toBe(translateNo);
  });

  it('keeps entities as they are written and uses the apostrophe of the text', () => {
    expect(preEdit('<span id="a">«L&#39;accord», l&#39;a-t-il dit &amp; répété ?</span>', 'html')).toBe(
      '<span id="a">«L&#39;accord», il l&#39;a dit &amp; répété ?</span>',
    );
    expect(preEdit('<span id="a">«&lt;Oui&gt;», n’a-t-il pas dit.</span>', 'html')).toBe('<span id="a">«&lt;Oui&gt;», il n’a pas dit.</span>');
  });

  it('reads the context of a verb only inside its own sentence element', () => {
    // The comma ends the first sentence: the second starts with an inversion that is no question.
    const html = '<span id="p1.s1">Il a dit oui,</span> <span id="p1.s2">a-t-il dit.</span>';
    expect(preEdit(html, 'html')).toBe(html);
    // A question mark in the next sentence does not make this one a question.
    const next = '<span id="p1.s1">Reviendra-t-il demain.</span> <span id="p1.s2">Qui sait ?</span>';
    expect(preEdit(next, 'html')).toBe(next);
  });

  it('never adds, drops or moves markup, whatever the text', () => {
    const fragments = [
      '<span id="p1.s1">«Oui», a-t-il <span class="notranslate">John Kerry</span> dit,</span> <span id="p1.s2">Faut-il <span class="notranslate">partir</span> ?</span>',
      '<span id="p2.s1">Que <span class="notranslate">Sergueï Lavrov</span> veut-il ?</span><span id="p2.s2">Où en est-on</span>',
      '<span id="p3.s1"><!-- note -->«Non», dit-il<br>répond-on.</span>',
    ];
    for (const html of fragments) expect(markupOf(preEdit(html, 'html'))).toEqual(markupOf(html));
  });

  it('opens a sentence on `En` where it opens on `À`, a capitalised name and a comma, nowhere else', () => {
    expect(preEdit('<span id="p1.s1">À <span class="notranslate">Quimper</span>, la pêche reprend.</span>', 'html')).toBe(
      '<span id="p1.s1">En <span class="notranslate">Quimper</span>, la pêche reprend.</span>',
    );
    // (and `on` after the comma goes as `; il`: dropped-subjects.ts)
    expect(preEdit('«À Paris comme à Lyon, on attend.', 'text')).toBe('«En Paris comme à Lyon; il attend.');
    // A person addressed, a time, no comma, or `À` inside the sentence: left as written.
    for (const text of ['À M. Dupont, il a écrit.', 'À 10 heures, il arrive.', 'À la fin, il part.', 'À Dieu ne plaise.', 'Il vit. À Paris, il travaille.']) {
      expect(preEdit(text, 'text')).toBe(text);
    }
    const second = '<span id="p1.s1">Il vit ici,</span> <span id="p1.s2">et à <span class="notranslate">Paris</span>, il travaille.</span>';
    expect(preEdit(second, 'html')).toBe(second);
  });

  it('returns the same string when there is nothing to rewrite', () => {
    const html = '<span id="p1.s1">Le président a dit «non».</span>';
    expect(preEdit(html, 'html')).toBe(html);
  });
});

describe('preEdit: the être perfect of verbs of movement', () => {
  it.each([
    ['Elle est arrivée hier.', 'Elle a arrivée hier.'],
    ['Ils sont rapidement repartis, puis ils seront revenus.', 'Ils ont rapidement repartis, puis ils auront revenus.'],
    ['Après être descendu, il parle.', 'Après avoir descendu, il parle.'],
    ['Le maire est déjà venu.', 'Le maire a déjà venu.'],
  ])('writes avoir for être before the participle: %s', (french, edited) => {
    expect(preEdit(french, 'text')).toBe(edited);
  });

  it.each([
    ['a negation', 'Il n’est pas encore arrivé. Ils ne sont pas venus.'],
    ['c’est, an idiom', "C'est arrivé hier."],
    ['y before the verb', 'Il y est allé.'],
    ['a reflexive verb', 'Les faits se sont passés la nuit. Nous nous sommes rendus à Lyon.'],
    ['a participle that is a noun there', 'Elle est partie prenante du projet.'],
    ['a passive of another verb', 'La maison est vendue.'],
    ['passé, which reads another way', 'Il est passé 20 heures.'],
    ['the participle étant', 'Étant arrivés tôt, nous avons attendu.'],
  ])('leaves être alone: %s', (_name, french) => {
    expect(preEdit(french, 'text')).toBe(french);
  });

  it('edits only text between tags, never across one', () => {
    expect(preEdit('<span id="p1.s1">La <span class="notranslate" data-name="1">Loire</span> est montée.</span>', 'html')).toBe(
      '<span id="p1.s1">La <span class="notranslate" data-name="1">Loire</span> a montée.</span>',
    );
  });
});

describe('postEdit', () => {
  it('reads an HTML source once for its text: entities decoded, a tag as a space for the numbers, no tag for the rest', () => {
    const source = '<span id="a">Il a perdu 2&#160;500 emplois, soit 40&nbsp;%</span> <span id="b">de l&rsquo;effectif, à 14h30.</span>';
    const english = '<span id="a">It has lost 2 500 jobs, that is 40 %</span> <span id="b">of the workforce, at 14h30.</span>';
    expect(postEdit(english, source, 'html')).toBe('<span id="a">It lost 2,500 jobs, that is 40%</span> <span id="b">of the workforce, at 2:30 pm.</span>');
    // Two numbers on each side of a tag are two numbers, not `12 500`.
    expect(postEdit('<span id="a">About 12</span><span id="b">500 people.</span>', '<span id="a">Vers 12</span><span id="b">500 personnes.</span>', 'html')).toBe(
      '<span id="a">About 12</span><span id="b">500 people.</span>',
    );
  });

  it('drops a hyphen the engine left glued to one word', () => {
    expect(postEdit('“We advance”, had- declared.', '«Nous avançons», avait-il déclaré.', 'text')).toBe('“We advance”, had declared.');
    expect(postEdit('“Surely no”, -it answers.', '«Certainement pas», répond-on.', 'text')).toBe('“Surely no”, it answers.');
    expect(postEdit('“Yes”, it says-.', '«Oui», dit-il.', 'text')).toBe('“Yes”, it says.');
  });

  it('keeps hyphens between words, before numbers, and those the French has', () => {
    expect(postEdit('The vice-president won 3-1, -5 %.', 'Le vice-président a gagné 3-1, -5 %.', 'text')).toBe('The vice-president won 3-1, -5%.');
    expect(postEdit('pre- and post-electoral', 'pré- et post-électoral', 'text')).toBe('pre- and post-electoral');
  });

  it('edits only text in HTML, and keeps a hyphen against a protected name', () => {
    const source = '<span id="a">«Oui», avait-il dit.</span> <span id="b">l’ex-<span class="notranslate">Obama</span></span>';
    const english = '<span id="a">“Yes”, had- said.</span> <span id="b">the ex-<span class="notranslate">Obama</span></span>';
    expect(postEdit(english, source, 'html')).toBe(
      '<span id="a">“Yes”, had said.</span> <span id="b">the ex-<span class="notranslate">Obama</span></span>',
    );
    expect(postEdit('<span id="a">“Yes”, had-</span>', '<span id="a">«Oui», avait-il</span>', 'html')).toBe('<span id="a">“Yes”, had</span>');
  });

  it('writes Mrs for the Spanish Sra the pivot leaves for Mme, only when the French has Mme', () => {
    expect(postEdit('The president, Sra Fatima Aït-Ahmed, refused.', 'La présidente, Mme Fatima Aït-Ahmed, a refusé.', 'text')).toBe(
      'The president, Mrs Fatima Aït-Ahmed, refused.',
    );
    expect(postEdit('The Sra Kim spoke.', 'La Sra Kim a parlé, selon Mme Park.', 'text')).toBe('The Sra Kim spoke.');
    expect(postEdit('Sra Kim spoke.', 'Sra Kim a parlé.', 'text')).toBe('Sra Kim spoke.');
  });

  it('writes the English title before a name the French gives a title, from the forms the engine makes of it', () => {
    expect(postEdit('According to M. Martin, the mayor.', 'Selon M. Martin, le maire.', 'text')).toBe('According to Mr Martin, the mayor.');
    expect(postEdit('#Mm. *Martin and Durand have visited.', 'MM. Martin et Durand ont visité.', 'text')).toBe('Messrs *Martin and Durand visited.');
    expect(postEdit('**Mlle Durand and the *Dr Petit have cured.', 'Mlle Durand et le Dr Petit ont soigné.', 'text')).toBe('Miss Durand and Dr Petit cured.');
    expect(postEdit('M Dupont, lawyer, has spoken.', 'Me Dupont, avocat, a parlé.', 'text')).toBe('Maître Dupont, lawyer, spoke.');
    expect(postEdit('The Pr Garnier answers.', 'Le Pr Garnier répond.', 'text')).toBe('Professor Garnier answers.');
    // The unknown-word mark on the pivot's Spanish title goes with it: the title is known now.
    expect(postEdit('*Sra Leroy has thanked.', 'Mme Leroy a remercié.', 'text')).toBe('Mrs Leroy thanked.');
    // In sentence markup, a name the engine was kept from (restored as written) after its title.
    expect(postEdit('<span id="p1.s1">According to M. Étienne Roux, nothing.</span>', '<span id="p1.s1">Selon M. <span class="notranslate" data-name="1">Étienne</span> Roux, rien.</span>', 'html')).toBe(
      '<span id="p1.s1">According to Mr Étienne Roux, nothing.</span>',
    );
  });

  it('writes and for the And the pivot capitalises between two names, when the French has et', () => {
    expect(postEdit('*Lyon And Paris are far.', 'Lyon et Paris sont loin.', 'text')).toBe('*Lyon and Paris are far.');
    expect(postEdit('<span id="a">**Benali And **Saïdi are there.</span>', '<span id="a">Benali et Saïdi sont là.</span>', 'html')).toBe('<span id="a">**Benali and **Saïdi are there.</span>');
    // A title in capitals (`And` before a capital the French does not join with `et`) stays.
    expect(postEdit('Pride And Prejudice.', 'Orgueil, préjugés.', 'text')).toBe('Pride And Prejudice.');
  });

  it('leaves a title alone where the French has none before that name, and an initial that is not a title', () => {
    // `M.` as an initial (`J.-M. Martin`), a title before another name, a dropped name.
    expect(postEdit('J.-M. Martin has spoken.', 'J.-M. Martin a parlé.', 'text')).toBe('J.-M. Martin spoke.');
    expect(postEdit('M. Durand has spoken.', 'M. Martin a parlé.', 'text')).toBe('M. Durand spoke.');
    expect(postEdit('The doctor has spoken.', 'Le Dr Petit a parlé.', 'text')).toBe('The doctor spoke.');
    // `Mmes`, which has no one English title, stays as the engine wrote it.
    expect(postEdit('Mmes Roux and Petit.', 'Mmes Roux et Petit.', 'text')).toBe('Mmes Roux and Petit.');
  });
});

const installed = ['fr-es', 'spa-eng'].every((mode) => existsSync(`/usr/share/apertium/modes/${mode}.mode`));

/** Spanish the engine glued from an auxiliary and a participle (`haindicado`, `seha`), or a hyphen left against one word. */
const GLUED_SPANISH = /\b(?:se)?(?:ha|han|había|habían)(?:\p{Ll}+(?:ado|ido|to|cho)\b|\b(?=\s+\p{Ll}+(?:ed|en|t)\b))|\bseha\b/u;
const STRAY_HYPHEN = /\p{L}-(?=[\s,.;:!?»”")]|$)|(?:^|[\s«“(])-\p{L}/u;

describe.skipIf(!installed)('pre-editing on the real engine', () => {
  let edited: TranslationProvider;
  let plain: TranslationProvider;
  beforeAll(() => {
    edited = createApertium();
    plain = createApertium({ preEdit: false });
  });
  afterAll(async () => {
    await edited.close?.();
    await plain.close?.();
  });

  const translate = async (provider: TranslationProvider, texts: string[], format: TextFormat = 'text') =>
    (
      await provider.doTranslate({
        segments: texts.map((text, index) => ({ id: `s${index}`, text })),
        sourceLanguage: 'fr',
        targetLanguage: 'en',
        format,
      })
    ).translations.map((translation) => translation.text);

  it('names the pre-edit version in the description, so translations cached without it are not reused', async () => {
    const [withEdit, without] = await Promise.all([edited.doDescribe(), plain.doDescribe()]);
    expect(withEdit).toBe(`${without} ${PRE_EDIT_VERSION} names kept`);
  });

  it('turns inverted incises the engine glued or hyphenated into English verbs', async () => {
    const french = [
      '«Mon client n\'a jamais vu ces documents», a-t-il assuré.',
      '«Nous avançons petit à petit», avait-il déclaré.',
      'Vingt-six pays l\'ont déjà fait, a-t-on appris de source diplomatique.',
      '«Certainement pas», répond-on à Bercy.',
      '«Oui», ont-ils expliqué.',
    ];
    const before = await translate(plain, french);
    const after = await translate(edited, french);
    // The faults are real without the pre-edit…
    expect(before.filter((english) => GLUED_SPANISH.test(english) || STRAY_HYPHEN.test(english)).length).toBeGreaterThanOrEqual(4);
    // …and gone with it.
    for (const english of after) {
      expect(english).not.toMatch(GLUED_SPANISH);
      expect(english).not.toMatch(STRAY_HYPHEN);
    }
    // The speaker's incise after a quotation, as English writes it (post-edit-incises.ts).
    expect(after[0]).toMatch(/», he said\.$/);
    expect(after[1]).toMatch(/», he said\.$/);
    expect(after[3]).toMatch(/\bit answers\b/);
  });

  it('says where a sentence opening on `À` and a place happens, not where it goes', async () => {
    const french = ['À Quimper, la pêche reprend.', 'À Paris comme à Lyon, on attend.'];
    const [before, after] = await Promise.all([translate(plain, french), translate(edited, french)]);
    expect(before.every((english) => english.startsWith('To '))).toBe(true);
    expect(after[0]).toMatch(/^In Quimper, /);
    expect(after[1]).toMatch(/^In Paris /);
  });

  it('gives the perfect of a verb of movement as the English perfect, not `is arrived`', async () => {
    const french = ['Le maire est venu hier.', 'Les pompiers sont rapidement intervenus.', 'Les prix sont montés.', 'Ils seront partis demain.'];
    const [before, after] = await Promise.all([translate(plain, french), translate(edited, french)]);
    // The fault is real without the pre-edit: `is come`, `are taken part`, `are gone up`, `will be left`…
    expect(before.filter((english) => /\b(?:is|are|will be) (?:\w+ )?(?:come|taken|gone|left)\b/.test(english))).toHaveLength(4);
    // …and the English past with it (the simple past, as English reports a finished event: post-edit-tenses.ts).
    expect(after[0]).toMatch(/\bcame\b/);
    expect(after[1]).toMatch(/\btook part\b/);
    expect(after[2]).toMatch(/\bwent up\b/);
    expect(after[3]).toMatch(/\bwill have left\b/);
  });

  it('keeps the sentence elements of an HTML paragraph whole while editing inside them', async () => {
    const html =
      '<span id="p1.s1">«Nous tiendrons nos engagements», a-t-il déclaré.</span> <span id="p1.s2">Avait-elle le choix ?</span> <span id="p1.s3">«Certainement pas», répond-on à Bercy.</span>';
    const [english] = await translate(edited, [html], 'html');
    expect(english!.match(/<span id="[^"]+">|<\/span>/g)).toEqual(html.match(/<span id="[^"]+">|<\/span>/g));
    expect(english).not.toMatch(GLUED_SPANISH);
    expect(english).not.toMatch(STRAY_HYPHEN);
  });

  it('leaves no glued auxiliary or stray hyphen in the sentences with an inversion of the fixture articles', async () => {
    const folder = join(import.meta.dirname, '..', 'fixtures', 'articles');
    const sentences = readdirSync(folder)
      .filter((name) => name.endsWith('.expected.json'))
      .flatMap((name) => {
        const article = JSON.parse(readFileSync(join(folder, name), 'utf8')) as { blocks: { sentences?: string[] }[] };
        return article.blocks.flatMap((block) => block.sentences ?? []);
      })
      .filter((text) => /\p{Ll}(?:-t-|-)(?:il|elle|ils|elles|on)\b/u.test(text));
    expect(sentences.length).toBeGreaterThanOrEqual(8);
    const english = await translate(edited, sentences);
    const broken = english.filter((text) => GLUED_SPANISH.test(text) || STRAY_HYPHEN.test(text));
    expect(broken).toEqual([]);
  });
});
