/**
 * Child process for the cache's concurrency test: writes `count` entries, one transaction
 * each, into the cache at `path`, under keys prefixed by `prefix`, reading back as it goes.
 * Both children start at the wall-clock moment `startAt` (ms since epoch); each also writes
 * its second half only once it has seen a row of the other writer (`other`), so their writes
 * interleave even when one process starts late on a loaded machine.
 * Usage: node --import tsx cache-writer-child.ts <path> <prefix> <count> <startAt> <other>
 */
import { openTranslationCache } from '../../src/translate/cache.ts';

const [path, prefix, countText, startAtText, other] = process.argv.slice(2);
const cache = openTranslationCache(path!);
const count = Number(countText);
const startAt = Number(startAtText);
while (Date.now() < startAt) await new Promise((resolve) => setTimeout(resolve, 1));
const started = Date.now();
const write = (index: number) => {
  const key = `${prefix}-${index}`;
  cache.set([{ key, translation: `${prefix} translation ${index}`, characters: index }]);
  if (cache.get([key]).get(key) !== `${prefix} translation ${index}`) {
    console.error(`read-back failed for ${key}`);
    process.exit(2);
  }
};
const half = Math.floor(count / 2);
for (let index = 0; index < half; index++) write(index);
const waitingSince = Date.now();
while (cache.get([`${other}-0`]).size === 0) {
  if (Date.now() - waitingSince > 30_000) {
    console.error(`the other writer (${other}) never wrote`);
    process.exit(3);
  }
  await new Promise((resolve) => setTimeout(resolve, 1));
}
for (let index = half; index < count; index++) write(index);
console.log(JSON.stringify({ started, finished: Date.now() }));
cache.close();
