import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/ingest/decode.ts';
import { detectLanguage } from '../../src/ingest/detect-language.ts';
import { isHtmlPage } from '../../src/ingest/read-html.ts';
import { readArticleFile } from '../../src/ingest/read-input.ts';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const ascii = (text: string): number[] => [...text].map((character) => character.charCodeAt(0));

describe('decodeBytes', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeBytes(bytes(0x43, 0x27, 0x65, 0x73, 0x74, 0x20, 0xc3, 0xa9, 0x74, 0xc3, 0xa9), 'a.txt')).toEqual({
      text: "C'est été",
      encoding: 'utf-8',
    });
  });

  it('drops a UTF-8 BOM', () => {
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0xc2, 0xab, 0x4f, 0x75, 0x69, 0xc2, 0xbb), 'a.txt')).toEqual({
      text: '«Oui»',
      encoding: 'utf-8-bom',
    });
  });

  it('reads UTF-16 LE and BE with their BOMs', () => {
    // "é à" : U+00E9 U+0020 U+00E0
    expect(decodeBytes(bytes(0xff, 0xfe, 0xe9, 0x00, 0x20, 0x00, 0xe0, 0x00), 'le.txt')).toEqual({ text: 'é à', encoding: 'utf-16le' });
    expect(decodeBytes(bytes(0xfe, 0xff, 0x00, 0xe9, 0x00, 0x20, 0x00, 0xe0), 'be.txt')).toEqual({ text: 'é à', encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    // "Réunion – «été» €" in Windows-1252: 0xE9 é, 0x96 en dash, 0xAB/0xBB guillemets, 0x80 euro.
    const input = bytes(0x52, 0xe9, ...ascii('union '), 0x96, 0x20, 0xab, ...ascii('t'), 0xe9, 0xbb, 0x20, 0x80);
    expect(decodeBytes(input, 'cp.txt')).toEqual({ text: 'Réunion – «té» €', encoding: 'windows-1252' });
  });

  it('reads Latin-1 text as Windows-1252', () => {
    expect(decodeBytes(bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0xe0, 0x20, 0xee), 'latin1.txt').text).toBe('café à î');
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(decodeBytes(bytes(...ascii('un\r\ndeux\rtrois\n')), 'crlf.txt').text).toBe('un\ndeux\ntrois\n');
  });

  it('puts decomposed accents in NFC', () => {
    const decomposed = new TextEncoder().encode('e\u0301te\u0301');
    const { text } = decodeBytes(decomposed, 'nfd.txt');
    expect(text).toBe('\u00e9t\u00e9');
    expect(text).toHaveLength(3);
  });

  it('refuses an empty file and a whitespace-only file', () => {
    expect(() => decodeBytes(bytes(), 'empty.txt')).toThrow(expect.objectContaining({ code: 'INPUT_EMPTY' }));
    expect(() => decodeBytes(bytes(0x20, 0x0a, 0x09, 0x0d, 0x0a), 'blank.txt')).toThrow(
      expect.objectContaining({ code: 'INPUT_EMPTY', message: expect.stringContaining('blank.txt') }),
    );
  });

  it('refuses binary data', () => {
    expect(() => decodeBytes(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00), 'image.png')).toThrow(
      expect.objectContaining({ code: 'INPUT_BINARY', message: expect.stringContaining('image.png') }),
    );
    expect(() => decodeBytes(bytes(0x01, 0x02, 0x03, 0x41, 0x42, 0x04, 0x05, 0x06, 0x07, 0x08), 'controls.bin')).toThrow(
      expect.objectContaining({ code: 'INPUT_BINARY' }),
    );
  });

  it('reads control characters beside letters as a font’s codes a tool passed through (pypdf’s OT1), not binary', () => {
    const ot1 = new TextEncoder().encode('La f\u0013 ee du lyc\u0013 ee a c\u0013 el\u0013 ebr\u0013 e l\u0012 a-bas.\n');
    expect(decodeBytes(ot1, 'page.pypdf.txt').text).toContain('c\u0013 el\u0013 ebr');
  });

  it('reads a rare NUL in a UTF-8 text as an unknown character (pdf2txt writes one for a glyph its font names no character for), and many as binary', () => {
    const line = new TextEncoder().encode('Le projet, chiffré à 380\u0000000 €, est financé.\n' + 'Il est financé pour moitié par la région et pour moitié par la commune.\n'.repeat(20));
    expect(decodeBytes(line, 'page.pdfminer.txt').text).toContain('380\uFFFD000 €');
    const utf16WithoutBom = new Uint8Array([...'Le projet est financé.'].flatMap((character) => [character.charCodeAt(0) & 0xff, 0]));
    expect(() => decodeBytes(utf16WithoutBom, 'utf16.txt')).toThrow(expect.objectContaining({ code: 'INPUT_BINARY' }));
  });

  it('refuses a text made of glyphs the extractor could not name (a PDF whose fonts have no Unicode map), and reads a few where they stand', () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const cids = [...'Le maire a signé le budget.'].map((character) => `(cid:${character.codePointAt(0)})`).join('');
    expect(() => decodeBytes(encode(`${cids}\n\n${cids}\n`), 'page.pdfminer.txt')).toThrow(
      expect.objectContaining({ code: 'INPUT_UNREADABLE', message: expect.stringMatching(/^page\.pdfminer\.txt holds no readable text: 54 of its 54 characters .*\(cid:N\)/) }),
    );
    const replaced = 'Le \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD a \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD le \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD.\n';
    expect(() => decodeBytes(encode(replaced.repeat(3)), 'page.mutool.txt')).toThrow(
      expect.objectContaining({ code: 'INPUT_UNREADABLE', message: expect.stringContaining('U+FFFD') }),
    );
    // A narrow no-break space a subset font names no character for: one unknown glyph among letters.
    const text = 'Le projet, chiffré à 380\uFFFD000 €, est financé (cid:32) cette année.\n';
    expect(decodeBytes(encode(text), 'page.mutool.txt').text).toBe(text);
  });

  it('decodes a saved web page as any text, for the HTML layout to read, and tells it from a text that only mentions tags', () => {
    const page = (text: string) => new TextEncoder().encode(text);
    for (const html of ['<!DOCTYPE html>\n<html lang="fr"><body><h1>Titre</h1><p>Texte.</p></body></html>', '<?xml version="1.0"?>\n<!-- enregistré -->\n<HTML>\n<p>Texte.</p></HTML>']) {
      const decoded = decodeBytes(page(html), 'article.html');
      expect(decoded.text).toBe(html);
      expect(isHtmlPage(decoded.text)).toBe(true);
    }
    const text = decodeBytes(page('Le titre\n\nLa balise <html> ouvre une page web.\n'), 'article.txt').text;
    expect(text).toContain('<html>');
    expect(isHtmlPage(text)).toBe(false);
  });

  it('refuses a UTF-16 BOM followed by broken bytes', () => {
    expect(() => decodeBytes(bytes(0xff, 0xfe, 0x00, 0xd8, 0x41), 'broken.txt')).toThrow(
      expect.objectContaining({ code: 'INPUT_UNDECODABLE' }),
    );
  });
});

describe('readArticleFile', () => {
  const folder = mkdtempSync(join(tmpdir(), 'bilingual-ingest-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('reads the bytes of a file', async () => {
    const path = join(folder, 'article.txt');
    writeFileSync(path, 'Bonjour');
    expect(Buffer.from(await readArticleFile(path)).toString('utf8')).toBe('Bonjour');
  });

  it('names a missing file', async () => {
    await expect(readArticleFile(join(folder, 'absent.txt'))).rejects.toMatchObject({
      code: 'INPUT_NOT_FOUND',
      message: expect.stringContaining('absent.txt'),
    });
  });

  it('refuses a folder', async () => {
    await expect(readArticleFile(folder)).rejects.toMatchObject({ code: 'INPUT_IS_DIRECTORY' });
  });
});

describe('detectLanguage', () => {
  it('recognises French, English and German with confidence', () => {
    expect(
      detectLanguage(
        'La Russie a reculé sur certains points dans ses négociations avec les Etats-Unis sur la Syrie, rendant impossible pour le moment un accord de coopération entre les deux puissances.',
      ),
    ).toEqual({ language: 'fr', confident: true });
    expect(
      detectLanguage(
        'The Russians backed down on some points in their negotiations with the United States on Syria, making a cooperation agreement between the two powers impossible for now.',
      ),
    ).toEqual({ language: 'en', confident: true });
    expect(
      detectLanguage(
        'Die Russen sind in einigen Punkten ihrer Verhandlungen mit den Vereinigten Staaten über Syrien zurückgewichen, was ein Abkommen zwischen den beiden Mächten vorerst unmöglich macht.',
      ).language,
    ).toBe('de');
  });

  it('is not confident about a short text', () => {
    expect(detectLanguage('Bonjour à tous.')).toEqual({ language: 'und', confident: false });
  });
});
