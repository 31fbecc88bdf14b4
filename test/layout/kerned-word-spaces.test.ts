import { describe, expect, it } from 'vitest';
import { FRAGMENT, fragmentsIn, isShortWordAt, joinKernedWordSpaces } from '../../src/layout/kerned-word-spaces.ts';
import { SHORT_WORDS } from '../../src/layout/split-words.ts';
import { getFrenchLexicon } from '../../src/layout/french-lexicon.ts';
import { structureText } from '../../src/structure.ts';

const lexicon = getFrenchLexicon();

// Typed for this test: a short notice as pypdf writes a page whose typesetter kerned `r`+`u`, `a`+`y`, `A`+`v`, `c`+`h`.
const KERNED = [
  'La r ue du Port sera fermée lundi pour des travaux sur le réseau d’eau.',
  'Les habitants du pa ys ont été prévenus par c ourrier. A vec le printemps,',
  'la c haussée sera refaite et les trottoirs élargis, a indiqué la mairie.',
].join('\n');

describe('words an extraction cut at a kern', () => {
  it('glues runs whose pieces make a French word, one of them no word, in a text with the habit', () => {
    const result = joinKernedWordSpaces(KERNED, lexicon);
    expect(result.text).toBe(
      [
        'La rue du Port sera fermée lundi pour des travaux sur le réseau d’eau.',
        'Les habitants du pays ont été prévenus par courrier. Avec le printemps,',
        'la chaussée sera refaite et les trottoirs élargis, a indiqué la mairie.',
      ].join('\n'),
    );
    expect(result.repairs.map((repair) => `${repair.line} ${repair.before} > ${repair.after} ${repair.reason}`)).toEqual([
      '1 r ue > rue word-cut-at-kern',
      '2 pa ys > pays word-cut-at-kern',
      '2 c ourrier. > courrier. word-cut-at-kern',
      '2 A vec > Avec word-cut-at-kern',
      '3 c haussée > chaussée word-cut-at-kern',
    ]);
  });

  it('gives a last piece that is no word to the next token it glues with (`la c haussée`, not `lac haussée`)', () => {
    expect(joinKernedWordSpaces(KERNED, lexicon).text).not.toContain('lac ');
  });

  it('leaves a text whose short pieces stand beside words alone (initials, `Me`, `MM`), before reading its runs', () => {
    const initials = [
      'Me Dupont et MM. Benali et Saïdi, vice-présidents, ont vu M. Ed Sy',
      'à la barre ; Mme Aït a dit : « Je le dis, DG ou pas. » Et X y va.',
    ].join('\n');
    expect(fragmentsIn(initials).filter((fragment) => !SHORT_WORDS.has(fragment.toLowerCase())).length).toBeGreaterThanOrEqual(3);
    expect(joinKernedWordSpaces(initials, lexicon)).toEqual({ text: initials, repairs: [] });
  });

  it('leaves two words that are both words, and a text with fewer than three cuts (no habit)', () => {
    const once = 'La r ue du Port sera fermée lundi, par tir de mardi.';
    expect(joinKernedWordSpaces(once, lexicon)).toEqual({ text: once, repairs: [] });
    expect(joinKernedWordSpaces(`${KERNED}\nIls sont pour tant de mesures.`, lexicon).text).toContain("pour tant de");
  });

  it('leaves a letter-spaced line (`j o u r`), whose words may run longer than the pieces', () => {
    const spaced = `${KERNED}\nL e j o u r s e l è v e.`;
    expect(joinKernedWordSpaces(spaced, lexicon).text.split('\n').at(-1)).toBe('L e j o u r s e l è v e.');
  });

  it('leaves a text spaced at its hyphenation points to the syllable reader', () => {
    const syllables = [
      'Le con seil mu ni ci pal a voté le bud get de la com mune.',
      'La dé ci sion a été prise mar di soir à l’una ni mi té.',
      'Les tra vaux com men ce ront au prin temps pro chain.',
    ].join('\n');
    expect(joinKernedWordSpaces(syllables, lexicon)).toEqual({ text: syllables, repairs: [] });
  });

  it('reads on the character codes the fragments the pattern finds: after a line’s start or ` («“"`, not after a figure’s space, before a line’s end or ` ,;:!?»)”…`', () => {
    const texts = [
      'La r ue, pa ys; (A vec «c ourrier» “ue” "x" 18 h 3 ab\nr\u2028ue\r\nab-c abc a…b',
      'é\nÉt Ç! 𝐀𝐁 𝐀 a𝐀 \ud835 x\udc00 ue',
      ' a b  c 1 d 12 ef',
    ];
    for (const text of texts) expect(fragmentsIn(text)).toEqual([...text.matchAll(FRAGMENT)].map((match) => match[0]));
  });

  it('tells a fragment French uses alone on its codes as SHORT_WORDS tells it lower-cased, for every one or two letters', () => {
    const letters: string[] = [];
    for (let code = 0x41; code <= 0x24f; code += 1) if (/\p{L}/u.test(String.fromCharCode(code))) letters.push(String.fromCharCode(code));
    letters.push('İ', 'ſ', 'Ω', '𝐀');
    const fragments = [...letters, ...letters.flatMap((first) => ['a', 'e', 'u', 'A', 'U', 'À', 'à', 'É', 'ù', 'Û', 'İ'].map((second) => first + second))];
    for (const fragment of fragments) expect(isShortWordAt(`(${fragment} `, 1, 1 + fragment.length), fragment).toBe(SHORT_WORDS.has(fragment.toLowerCase()));
  });

  it('gives the structure stage the words glued, each a recorded repair', () => {
    const structured = structureText(KERNED, { fileName: 'avis.txt' });
    const text = structured.blocks.map((block) => block.text).join('\n');
    expect(text).toContain('La rue du Port');
    expect(text).toContain('par courrier. Avec le printemps, la chaussée');
    expect(structured.repairs.filter((repair) => repair.reason === 'word-cut-at-kern')).toHaveLength(5);
  });
});
