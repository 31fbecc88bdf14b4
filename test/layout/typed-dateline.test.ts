import { describe, expect, it } from 'vitest';
import { structureText } from '../../src/structure.ts';

describe('a dateline typed with a hyphen on the text paths', () => {
  const head = ['RUGBY - FÉDÉRALE 1', 'Le XV du Lauragais arrache le nul à Graulhet', 'Menés de dix points à la pause, les joueurs de Castelnaudary ont égalisé à la dernière minute.', 'Par Anne Le Goff'];
  const body = [
    'GRAULHET - Il restait une minute à jouer quand le demi de mêlée a trouvé l’ouverture au ras',
    'd’un regroupement, sous les yeux de mille deux cents spectateurs debout dans les tribunes.',
    'Le club reste invaincu à l’extérieur depuis le début de la saison, une première en dix ans.',
  ];

  it('opens the body under the furniture read on top (the kicker `RUGBY - FÉDÉRALE 1` stays a kicker)', () => {
    const article = structureText([...head, ...body].join('\n'), { fileName: 'rugby.txt', layout: 'print' });
    const roles = article.blocks.map((block) => [block.role, block.text.slice(0, 18)]);
    expect(roles).toContainEqual(['kicker', 'RUGBY - FÉDÉRALE 1']);
    expect(roles).toContainEqual(['dateline', 'GRAULHET -']);
    expect(article.blocks.find((block) => block.text.startsWith('Il restait'))?.role).toBe('paragraph');
  });

  it('is not read where no furniture was read on top', () => {
    const article = structureText(body.join('\n'), { fileName: 'rugby.txt', layout: 'print' });
    expect(article.blocks.some((block) => block.role === 'dateline')).toBe(false);
    expect(article.blocks[0]?.text.startsWith('GRAULHET - Il restait')).toBe(true);
  });
});
