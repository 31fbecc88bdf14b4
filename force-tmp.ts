import { readFileSync } from 'node:fs';
import { structureText } from './src/structure.ts';
import { scoreStructure } from './test/support/structure-score.ts';
const root = 'test/fixtures/pages/';
for (const f of process.argv.slice(2)) {
  const [split, file] = f.split(':') as [string, string];
  const article = file.split('.')[0]!;
  const expected = JSON.parse(readFileSync(`${root}${split}/${article}/${article}.expected.json`, 'utf8'));
  const text = readFileSync(`${root}${split}/${article}/${file}`, 'utf8');
  for (const layout of ['plain', 'print'] as const) {
    const s = scoreStructure(structureText(text, { fileName: file, layout }), expected);
    console.log(layout, file, `${s.paragraphs.exact}/${s.paragraphs.total}`, `${s.sentences.exact}/${s.sentences.total}`, `${s.roles.right}/${s.roles.total}`);
  }
}
