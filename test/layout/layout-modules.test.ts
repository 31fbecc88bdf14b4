import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import * as htmlLayout from '../../src/layout/html-layout.ts';
import { htmlLayoutModule, pageLayoutModule, plainLayoutModule } from '../../src/layout/layout-modules.ts';
import * as pageLayout from '../../src/layout/page-layout.ts';
import * as plainLayout from '../../src/layout/plain-layout.ts';

describe('layouts loaded when a text needs them', () => {
  it('gives, from the sources, the modules a static import gives', () => {
    expect(pageLayoutModule()).toBe(pageLayout);
    expect(plainLayoutModule()).toBe(plainLayout);
    expect(htmlLayoutModule()).toBe(htmlLayout);
  });

  // The compiled module (as `npm run build` writes it to dist/) beside three stand-in layouts
  // that say when they are evaluated: none is loaded with it, each the first time it is asked
  // for, once, and as the instance an `import` of it gives.
  const folder = mkdtempSync(join(tmpdir(), 'layout-modules-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('loads, compiled, each layout the first time it is asked for, as the instance import gives', () => {
    const source = readFileSync(new URL('../../src/layout/layout-modules.ts', import.meta.url), 'utf8');
    const compiled = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, rewriteRelativeImportExtensions: true },
    }).outputText;
    writeFileSync(join(folder, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(join(folder, 'layout-modules.js'), compiled);
    for (const name of ['page-layout', 'plain-layout', 'html-layout']) {
      writeFileSync(join(folder, `${name}.js`), `globalThis.evaluated.push('${name}');\nexport const name = '${name}';\n`);
    }
    writeFileSync(
      join(folder, 'main.js'),
      [
        "globalThis.evaluated = [];",
        "const layouts = await import('./layout-modules.js');",
        "const atLoad = [...globalThis.evaluated];",
        "const page = layouts.pageLayoutModule();",
        "const afterPage = [...globalThis.evaluated];",
        "const again = layouts.pageLayoutModule();",
        "const imported = await import('./page-layout.js');",
        "const plain = layouts.plainLayoutModule();",
        "console.log(JSON.stringify({ atLoad, afterPage, once: page === again, sameAsImport: page === imported, plain: plain.name, all: globalThis.evaluated }));",
      ].join('\n'),
    );
    const run = spawnSync(process.execPath, [join(folder, 'main.js')], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      atLoad: [],
      afterPage: ['page-layout'],
      once: true,
      sameAsImport: true,
      plain: 'plain-layout',
      all: ['page-layout', 'plain-layout'],
    });
  });
});
