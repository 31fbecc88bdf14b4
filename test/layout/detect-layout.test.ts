import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../src/layout/detect-layout.ts';

describe('detectLayout on extracted pages', () => {
  it('reads pdftotext output (no hyphens left, no blank line between paragraphs) as print', () => {
    const text = [
      'Un titre',
      'La nouvelle est tombée mardi matin, au cours d’un comité social et économique.',
      'L’usine fermera.',
      'Les salariés ont voté la grève jeudi à une large majorité, dans la cour de l’usine.',
      'Rien n’est acquis.',
      'La direction renvoie à la négociation d’un plan de sauvegarde de l’emploi en novembre.',
    ].join('\n');
    const detected = detectLayout(text);
    expect(detected.layout).toBe('print');
    expect(detected.evidence.shortSentenceEnds).toBe(2);
  });

  it('takes a form feed or OCR’s ¬ as the sign of a printed page', () => {
    expect(detectLayout('Un titre\n\nUn paragraphe.\f\nUn autre.\n').evidence.formFeeds).toBe(1);
    expect(detectLayout('Un titre\n\nUn paragraphe.\f\nUn autre.\n').layout).toBe('print');
    expect(detectLayout('Un titre\n\nUn para¬\ngraphe.\n').layout).toBe('print');
  });

  it('reads an OCR page as print when a block breaks off in mid-sentence, its lines wrapped at a measure', () => {
    // No running header, no form feed: but the OCR read a wide line gap as a blank line, and
    // the next block carries the sentence on in small letters, which plain text never does.
    const page = [
      'Les travaux de rénovation, commencés en septembre, touchent à leur fin et le',
      'chantier a coûté moins que prévu. Les nageurs retrouveront un bassin de',
      'vingt-cinq mètres et une pataugeoire neuve dès le mois d’avril.',
      '',
      'La salle, trop petite, a obligé les organisateurs à refuser près de deux',
      '',
      'cents inscriptions. Le maire a promis d’étudier l’accueil de la prochaine',
      'édition dans le futur complexe sportif.',
    ].join('\n');
    const detected = detectLayout(page);
    expect(detected.evidence.blocksEndingMidSentence).toBe(1);
    expect(detected.layout).toBe('print');
    // The same break with lines not wrapped at a measure (one paragraph a line): plain.
    expect(detectLayout('Un titre\n\nUn paragraphe coupé en deux\n\nsans raison.\n\nUn autre.\n').layout).toBe('plain');
  });

  it('reads an OCR page as print when a folio stands alone on its last line, its lines wrapped at a measure', () => {
    const page = [
      'Environnement',
      '',
      'Les glaciers suisses ont encore fondu de manière massive cette année, a',
      'indiqué jeudi la commission d’experts. Leur volume a diminué de 3 %, après',
      'un hiver peu enneigé et deux vagues de chaleur en juin et en août, selon les',
      'mesures faites sur une vingtaine de glaciers.',
      '',
      'Page 21',
    ].join('\n');
    const detected = detectLayout(page);
    expect(detected.evidence.folioAtEdge).toBe(true);
    expect(detected.layout).toBe('print');
    // A number closing text whose lines are not wrapped at a measure: plain.
    expect(detectLayout('Un titre\n\nUn paragraphe complet.\n\n21\n').layout).toBe('plain');
  });

  it('takes a folio OCR read with its decoration garbled, alone on the first or last line, for a page’s number', () => {
    const body = ['Les glaciers suisses ont encore fondu de manière massive cette année, a', 'indiqué jeudi la commission d’experts. Leur volume a diminué de 3 %, après', 'un hiver peu enneigé et deux vagues de chaleur en juin et en août, selon les', 'mesures faites sur une vingtaine de glaciers.'];
    for (const [first, last] of [['«21)', ''], ['', '21l']] as const) {
      const lines = [...(first === '' ? [] : [first]), 'Environnement', '', ...body, ...(last === '' ? [] : ['', last])];
      const detected = detectLayout(lines.join('\n'));
      expect(detected.evidence.folioAtEdge, first + last).toBe(true);
      expect(detected.layout, first + last).toBe('print');
    }
    // A word, or a number ending a sentence, is no folio; and a garbled folio over unwrapped lines proves nothing.
    expect(detectLayout(['Environnement', '', ...body, '', 'Fin.'].join('\n')).evidence.folioAtEdge).toBe(false);
    expect(detectLayout(['Environnement', '', ...body, '', '40 %.'].join('\n')).evidence.folioAtEdge).toBe(false);
    expect(detectLayout('Un titre\n\nUn paragraphe complet.\n\n«21)\n').layout).toBe('plain');
  });

  it('still reads blank-line paragraphs, hard-wrapped or not, as plain', () => {
    const wrapped = 'Un titre\n\nUn paragraphe écrit sur deux lignes\nqui se suit normalement.\n\nUn autre paragraphe, court.\n';
    expect(detectLayout(wrapped).layout).toBe('plain');
  });

  it('reads one OCR page with no form feed as print when its head or foot sets the name, a section and the date in cells', () => {
    const body = [
      'Les travaux de rénovation, commencés en septembre, touchent à leur fin et le',
      'chantier a coûté moins que prévu. Les nageurs retrouveront un bassin de',
      'vingt-cinq mètres entièrement refait.',
      '',
      'Le maire a salué le travail des entreprises, qui ont tenu les délais malgré',
      'un hiver pluvieux.',
    ];
    const title = ['SOCIÉTÉ', '', 'La piscine municipale rouvrira ses bassins', 'au printemps', ''];
    // The foot, separators and all, as OCR reads a page's cells (`—`, or `-` for a middle dot).
    const footed = detectLayout([...title, ...body, '', 'Le Courrier du Val — Vivre ici — jeudi 5 mars 2026'].join('\n'));
    expect(footed.evidence.edgeHeader).toBe(true);
    expect(footed.layout).toBe('print');
    const headed = detectLayout(['Le Courrier du Val - Vivre ici jeudi 5 mars 2026', '', ...title, ...body].join('\n'));
    expect(headed.layout).toBe('print');
    // The same cells over a paragraph a line (no line wrapped at a measure): plain.
    const unwrapped = detectLayout(['Le Courrier du Val — Vivre ici — jeudi 5 mars 2026', '', 'Un titre', '', 'Un paragraphe sur une ligne.', '', 'Un autre.'].join('\n'));
    expect(unwrapped.layout).toBe('plain');
  });

  it('reads one OCR page with no form feed as print when it opens on a running header and its lines are wrapped', () => {
    const page = [
      'Le Courrier du Val jeudi 5 mars 2026',
      '',
      'SOCIÉTÉ',
      '',
      'La piscine municipale rouvrira ses bassins',
      'au printemps',
      '',
      'Les travaux de rénovation, commencés en septembre, touchent à leur fin et le',
      'chantier a coûté moins que prévu. Les nageurs retrouveront un bassin de',
      'vingt-cinq mètres entièrement refait.',
      '',
      'Le maire a salué le travail des entreprises, qui ont tenu les délais malgré',
      'un hiver pluvieux.',
    ].join('\n');
    const detected = detectLayout(page);
    expect(detected.evidence.pageHeader).toBe(true);
    expect(detected.evidence.wrappedLines).toBe(4);
    expect(detected.layout).toBe('print');
  });

  it('knows the running header a page opens on in the other forms heads take: a separator, a lower-case adjective in the name, a middle dot read as a colon', () => {
    const body = ['', 'SOCIÉTÉ', '', 'La piscine rouvrira', '', 'Les travaux de rénovation, commencés en septembre, touchent à leur fin et le', 'chantier a coûté moins que prévu. Les nageurs retrouveront un bassin de', 'vingt-cinq mètres entièrement refait, et le maire a salué le travail des', 'entreprises.'];
    for (const header of ['L’Écho du Plateau — jeudi 5 mars 2026', 'Le Réveil savoyard jeudi 5 mars 2026', 'L’Écho du Plateau : jeudi 5 mars 2026', 'jeudi 5 mars 2026 L’Écho du Plateau']) {
      const detected = detectLayout([header, ...body].join('\n'));
      expect(detected.evidence.pageHeader, header).toBe(true);
      expect(detected.layout, header).toBe('print');
    }
  });

  it('knows a running header OCR read in pieces: the paper’s name, then the date alone a few lines down', () => {
    const body = ['', 'La piscine rouvrira', '', 'Les travaux de rénovation, commencés en septembre, touchent à leur fin et le', 'chantier a coûté moins que prévu. Les nageurs retrouveront un bassin de', 'vingt-cinq mètres entièrement refait, et le maire a salué le travail des', 'entreprises.'];
    const pieces = ['Le Courrier du Val', '', 'SOCIÉTÉ', '', 'Vivre ici', '', 'vendredi 5 juin 2026 21'];
    expect(detectLayout([...pieces, ...body].join('\n')).layout).toBe('print');
    // A date under a first line that names no paper, or too far down, is the article's.
    expect(detectLayout(['La piscine rouvrira ses bassins', '', 'vendredi 5 juin 2026', ...body].join('\n')).evidence.pageHeader).toBe(false);
    expect(detectLayout(['Le Courrier du Val', 'SOCIÉTÉ', 'Un titre', 'Un autre', 'vendredi 5 juin 2026', ...body].join('\n')).evidence.pageHeader).toBe(false);
  });

  it('finds a running header on a later line of the top or at the foot, where OCR sets it', () => {
    const body = ['', 'La piscine rouvrira', '', 'Les travaux de rénovation, commencés en septembre, touchent à leur fin et le', 'chantier a coûté moins que prévu. Les nageurs retrouveront un bassin de', 'vingt-cinq mètres entièrement refait, et le maire a salué le travail des', 'entreprises.'];
    // Under a stray mark OCR read off the page's corner.
    const underMark = detectLayout(['»2', 'Le Courrier du Val Société jeudi 5 mars 2026', ...body].join('\n'));
    expect(underMark.evidence.pageHeader).toBe(false);
    expect(underMark.evidence.edgeHeader).toBe(true);
    expect(underMark.layout).toBe('print');
    // At the foot: the paper's name and the date, or a printout's page count.
    for (const foot of ['Le Courrier du Val Société jeudi 5 mars 2026', 'Société Page 1/2']) {
      const detected = detectLayout([...body, '', foot].join('\n'));
      expect(detected.evidence.edgeHeader, foot).toBe(true);
      expect(detected.layout, foot).toBe('print');
    }
    // The same header in the middle of the text is not at an edge.
    const inside = detectLayout([...body, '', 'Le Courrier du Val Société jeudi 5 mars 2026', ...body].join('\n'));
    expect(inside.evidence.edgeHeader).toBe(false);
  });

  it('takes no date alone under a plain article’s title for a header, nor an edge header over unwrapped lines', () => {
    const body = ['', 'Les travaux de rénovation, commencés en septembre, touchent à leur fin et le', 'chantier a coûté moins que prévu. Les nageurs retrouveront un bassin de', 'vingt-cinq mètres entièrement refait, et le maire a salué le travail des', 'entreprises.'];
    const dated = detectLayout(['La piscine rouvrira', 'Jeudi 5 mars 2026', ...body].join('\n'));
    expect(dated.evidence.edgeHeader).toBe(false);
    expect(dated.layout).toBe('plain');
    const unwrapped = detectLayout(['La piscine rouvrira', '', 'Un paragraphe sur une ligne.', '', 'Un autre.', '', 'Le Courrier du Val Société jeudi 5 mars 2026'].join('\n'));
    expect(unwrapped.evidence.edgeHeader).toBe(true);
    expect(unwrapped.layout).toBe('plain');
  });

  it('keeps a wrapped plain article print-free when no running header opens it, and a header alone proves nothing', () => {
    const wrapped = 'Un titre\n\nUn paragraphe écrit sur deux lignes\nqui se suit et\npuis encore\nune fois.\n';
    expect(detectLayout(wrapped).evidence.wrappedLines).toBe(3);
    expect(detectLayout(wrapped).layout).toBe('plain');
    const headerOnly = 'Le Courrier du Val jeudi 5 mars 2026\n\nUn titre\n\nUn paragraphe sur une ligne.\n\nUn autre.\n';
    expect(detectLayout(headerOnly).evidence.pageHeader).toBe(true);
    expect(detectLayout(headerOnly).layout).toBe('plain');
  });
});

describe('detectLayout on a text a paragraph a line', () => {
  const long = (words: number) => Array.from({ length: words }, (_, index) => (index === 0 ? 'Les' : 'habitants')).join(' ');

  it('reads lines too long for a printed column, none wrapped, as plain paragraphs even when short sentence ends abound', () => {
    const text = ['Le titre du jour', `${long(20)}.`, 'Une phrase courte.', `${long(22)}.`, 'Une autre phrase courte.', `${long(21)}.`].join('\n');
    const detected = detectLayout(text);
    expect(detected.evidence.paragraphPerLine).toBe(true);
    expect(detected.evidence.shortSentenceEnds).toBeGreaterThanOrEqual(2);
    expect(detected.layout).toBe('plain');
  });

  it('does not when a sentence runs on to the next line or a hyphen ends a line', () => {
    const lines = ['Le titre du jour', `${long(20)}.`, `${long(22)}.`];
    expect(detectLayout([...lines, 'habitants encore.'].join('\n').replace(/\.\nhabitants/, '\nhabitants')).evidence.paragraphPerLine).toBe(false);
    expect(detectLayout([...lines, 'Un mot cou-', 'pé.'].join('\n')).evidence.paragraphPerLine).toBe(false);
  });

  it('does when blank lines part some of its blocks (a head pasted apart from the body), as when none does', () => {
    const lines = ['Le titre du jour', `${long(20)}.`, `${long(22)}.`];
    expect(detectLayout([lines[0], '', lines[1], '', lines[2]].join('\n')).evidence.paragraphPerLine).toBe(true);
    expect(detectLayout([lines[0], '', lines[1], lines[2]].join('\n')).evidence.paragraphPerLine).toBe(true);
  });
});
