import { describe, expect, it } from 'vitest';
import { englishTypography } from '../../src/text/english-typography.ts';

/** The rules before session 45, each run on every text: the reference each rule's guard must give back. */
function everyRule(text: string): string {
  return englishTypography(
    text
      .replace(/[\u00a0\u202f\u2007\u2009\u200a]/g, ' ')
      .replace(/«\s*/g, '“')
      .replace(/\s*»/g, '”')
      .replace(/‹\s*/g, '‘')
      .replace(/\s*›/g, '’')
      .replace(/[ \t]+([:;?!]+)(?=[\s"'”’»)\]]|$)/g, '$1')
      .replace(/ {2,}/g, ' '),
  );
}

describe('englishTypography', () => {
  it('gives what running every rule on every text gave', () => {
    const texts = [
      'He said it was over.',
      '« It is "over" : we don\'t know »',
      '‹ quoted › and « nested ‹ inner › » marks',
      'Why ? Because ; he said : "no" !',
      'Two  spaces,\u00a0a no-break one and\u202fa narrow one ?',
      'A tab\t: then a colon, and a ratio 1 :1',
      '»   closing first, then «   opening',
      'Nothing to change here, at all',
      '',
    ];
    for (const text of texts) expect(englishTypography(text), JSON.stringify(text)).toBe(everyRule(text));
  });

  it('is idempotent', () => {
    const once = englishTypography('« It is "over" : we don\'t know »');
    expect(englishTypography(once)).toBe(once);
  });
});
