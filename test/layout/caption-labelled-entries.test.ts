import { describe, expect, it } from 'vitest';
import { findCaptions } from '../../src/layout/body-captions.ts';
import { pageLines } from '../support/page-lines.ts';

// A box of key figures beside the body: entries opening on a label and a colon, one a line.
const body = [
  'Le conseil a voté le projet lundi soir, par vingt-quatre voix contre cinq, après deux heures',
  'de débat. Les travaux commenceront au printemps, pour une ouverture à la rentrée suivante.',
];

describe('a caption that is an entry of a box of labelled entries', () => {
  it('keeps in the body an entry set apart by blank lines among entries opening on a label', () => {
    const lines = pageLines([...body, '', 'Surface : 640 m².', '', 'Le projet en chiffres', 'Capacité : 600 repas par jour.', 'Coût total : 2,4 millions d’euros.', 'Prix du repas : inchangé.'].join('\n'));
    const found = findCaptions(lines, 90);
    expect(found.captions).toEqual([]);
    expect(found.warnings).toEqual([expect.objectContaining({ rule: 'layout/labelled-entry', line: 4 })]);
  });

  it('still takes a set-apart caption near the entries when it opens on no label, and a label alone with no entries near', () => {
    const caption = 'Le chantier de la future cantine, rue du Collège, lundi.';
    const near = findCaptions(pageLines([...body, '', caption, '', 'Capacité : 600 repas par jour.', 'Coût total : 2,4 millions d’euros.'].join('\n')), 90);
    expect(near.captions).toEqual([expect.objectContaining({ start: 2, end: 3, reason: 'set-apart' })]);
    const alone = findCaptions(pageLines([...body, '', 'Au premier plan : la future salle, rue du Collège.', '', ...body].join('\n')), 90);
    expect(alone.captions).toEqual([expect.objectContaining({ start: 2, end: 3, reason: 'set-apart' })]);
  });
});
