import { describe, expect, it } from 'vitest';
import { cutGluedLines } from '../../src/layout/glued-lines.ts';
import { structureText } from '../../src/structure.ts';

/** A column of printed lines of about the same length, as an extraction writes them. */
const COLUMN = [
  'Le conseil municipal a voté lundi soir le budget de',
  'la ville, après une séance de près de quatre heures et',
  'une longue suspension demandée par l’opposition.',
  'Le maire a défendu un texte « responsable » devant',
  'une salle comble, sous les huées d’une partie du public.',
];

describe('two printed lines an extraction glued, a sentence’s end against a capital', () => {
  it('cuts a line holding two printed lines (longer than the text’s lines) where a sentence ends against a capital, and maps the new lines to the source’s', () => {
    const text = ['Le maire et son adjoint, lundi soir, pendant le vote.VIERZON — Le conseil municipal a', ...COLUMN.slice(1)].join('\n');
    const result = cutGluedLines(text);
    expect(result.text.split('\n').slice(0, 2)).toEqual(['Le maire et son adjoint, lundi soir, pendant le vote.', 'VIERZON — Le conseil municipal a']);
    expect(result.lineNumbers?.first.slice(0, 4)).toEqual([1, 1, 2, 3]);
    expect(result.repairs).toEqual([expect.objectContaining({ kind: 'line-split', line: 1, reason: 'glued-lines' })]);
  });

  it('cuts every glued point of a text that shows the habit twice, whatever its lines’ lengths', () => {
    const text = [...COLUMN.slice(0, 2), 'une longue suspension.Le maire a défendu', 'un texte « responsable ».Culture', 'Fin de la séance, à minuit passé.'].join('\n');
    const result = cutGluedLines(text);
    expect(result.text.split('\n')).toEqual([...COLUMN.slice(0, 2), 'une longue suspension.', 'Le maire a défendu', 'un texte « responsable ».', 'Culture', 'Fin de la séance, à minuit passé.']);
    expect(result.repairs).toHaveLength(2);
  });

  it('cuts a folio between ornaments glued to the kicker or heading after it, wherever it is, and leaves a dash before a number in a sentence', () => {
    const text = ['- 12 -Faits divers', 'Carambolage dans le brouillard', '[26]Agriculture', '• 24 •ÉDUCATION', 'Le score passe de 12 - 3 à 12 -3 Lors du match.', ...COLUMN].join('\n');
    const result = cutGluedLines(text);
    expect(result.text.split('\n').slice(0, 8)).toEqual(['- 12 -', 'Faits divers', 'Carambolage dans le brouillard', '[26]', 'Agriculture', '• 24 •', 'ÉDUCATION', 'Le score passe de 12 - 3 à 12 -3 Lors du match.']);
    expect(result.repairs.map((repair) => repair.line)).toEqual([1, 3, 4]);
  });

  it('cuts a line in small letters glued to the dateline opening the next, wherever it is, and leaves a name in capitals inside a sentence', () => {
    const result = cutGluedLines(['Par Julie MarchandREIMS — Le conseil a voté.', ...COLUMN.slice(0, 2)].join('\n'));
    expect(result.text.split('\n').slice(0, 2)).toEqual(['Par Julie Marchand', 'REIMS — Le conseil a voté.']);
    expect(result.repairs).toMatchObject([{ kind: 'line-split', line: 1, reason: 'glued-lines' }]);
    // A run of capitals after a space, or with no dash after it, is no glued dateline.
    const kept = ['Le maire a cité la SNCF — et la région — lundi.', 'Elle parle de McDONALD sans détour.', ...COLUMN.slice(0, 2)].join('\n');
    expect(cutGluedLines(kept).text).toBe(kept);
  });

  it('cuts a dateline in capitals glued to the small letter before it (a byline’s name), and leaves capitals in a word', () => {
    const text = ['Par Hélène MarchandVIERZON — Le conseil municipal a', ...COLUMN.slice(1), 'Le groupe de l’ONU et la société McDONALD ont voté.'].join('\n');
    const result = cutGluedLines(text);
    expect(result.text.split('\n').slice(0, 2)).toEqual(['Par Hélène Marchand', 'VIERZON — Le conseil municipal a']);
    expect(result.text.split('\n').at(-1)).toBe('Le groupe de l’ONU et la société McDONALD ont voté.');
    expect(result.repairs).toEqual([expect.objectContaining({ kind: 'line-split', line: 1, evidence: expect.stringContaining('dateline') })]);
    // With its agency in brackets.
    expect(cutGluedLines('Par Hélène MarchandLYON (AFP) — Le conseil').text.split('\n')).toEqual(['Par Hélène Marchand', 'LYON (AFP) — Le conseil']);
  });

  it('leaves a typist’s one missing space in a line of the column’s length, an abbreviation’s capital, and initials', () => {
    for (const text of [
      [...COLUMN.slice(0, 2), 'une longue suspension.Le maire a défendu le', ...COLUMN.slice(3)].join('\n'),
      'Le groupe J.C.Decaux et M.Dupont ont signé, selon l’AFP.',
      'Le conseil a voté. Le maire a parlé.',
      // A line that lost its word spaces glued its words (glued-words.ts's), even where the text shows the habit twice.
      [...COLUMN.slice(0, 2), 'leDracetl’Isère.Lechantier,estimé', 'heuredanschaquesens.Lescabines,', ...COLUMN.slice(3)].join('\n'),
    ]) {
      expect(cutGluedLines(text)).toEqual({ text, repairs: [] });
    }
  });

  it('gives the structure stage a running footer apart from the paragraph’s last line it was glued to, on the source’s lines', () => {
    const text = [...COLUMN.slice(0, 4), 'une salle comble, sous les huées du public.La Gazette des Vosges · Sport samedi 27 février 2027'].join('\n');
    const article = structureText(text, { fileName: 'glued.txt', checkLanguage: false });
    expect(article.blocks.map((block) => block.text)).toEqual([[...COLUMN.slice(0, 4), 'une salle comble, sous les huées du public.'].join(' ')]);
    expect(article.blocks[0]?.source.endLine).toBe(5);
    expect(article.repairs).toContainEqual(expect.objectContaining({ kind: 'line-split', line: 5 }));
    expect(article.repairs).toContainEqual(expect.objectContaining({ kind: 'page-furniture-removed', line: 5, before: 'La Gazette des Vosges · Sport samedi 27 février 2027' }));
  });

  it('cuts a running head off a line of the column’s length by its full date, the only glued point in the text', () => {
    const footer = [...COLUMN.slice(0, 3), 'au marché couvert de Saint-Dié.L’Écho des Forges · Région lundi 12 octobre 2026', ...COLUMN.slice(4)].join('\n');
    const cut = cutGluedLines(footer);
    expect(cut.text.split('\n').slice(3, 5)).toEqual(['au marché couvert de Saint-Dié.', 'L’Écho des Forges · Région lundi 12 octobre 2026']);
    expect(cut.repairs).toEqual([expect.objectContaining({ kind: 'line-split', line: 4, evidence: expect.stringContaining('running head') })]);
    // After initials signing the article, with a folio after the date.
    expect(cutGluedLines('R. T.Le Courrier du Lac Sports jeudi 3 septembre 2026 14').text.split('\n')).toEqual(['R. T.', 'Le Courrier du Lac Sports jeudi 3 septembre 2026 14']);
  });

  it('cuts a full date’s year from the letter glued to it: a page’s head run into its first line', () => {
    const header = [...COLUMN.slice(0, 2), 'Le Réveil du Jura SAMEDI 9 MAI 2026bibliothèque sera fermée tout l’été, et les', ...COLUMN.slice(3)].join('\n');
    const cut = cutGluedLines(header);
    expect(cut.text.split('\n').slice(2, 4)).toEqual(['Le Réveil du Jura SAMEDI 9 MAI 2026', 'bibliothèque sera fermée tout l’été, et les']);
    expect(cut.repairs).toEqual([expect.objectContaining({ kind: 'line-split', line: 3, evidence: expect.stringContaining('year') })]);
  });

  it('leaves a sentence glued to the one before it that ends on a date, or runs on after it', () => {
    for (const text of [
      'Le débat a duré trois heures.Le conseil se réunira le mardi 3 mars 2026',
      'Le débat a duré trois heures.Le vote aura lieu depuis lundi 2 mars 2026',
      'Le débat a duré trois heures.Le vote aura lieu mardi 3 mars 2026, à 18 heures.',
      'Elle a couru le 10 000 m en 2026 et gagné.',
    ]) {
      expect(cutGluedLines(text)).toEqual({ text, repairs: [] });
    }
  });
});
