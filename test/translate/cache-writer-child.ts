/**
 * Child process for the cache's concurrency test: writes `count` entries, one transaction
 * each, into the cache at `path`, under keys prefixed by `prefix`, reading back as it goes.
 * Both children start writing at the same wall-clock moment `startAt` (ms since epoch), so
 * their writes overlap.
 * Usage: node --import tsx cache-writer-child.ts <path> <prefix> <count> <startAt>
 */
import { openTranslationCache } from '../../src/translate/cache.ts';

const [path, prefix, countText, startAtText] = process.argv.slice(2);
const cache = openTranslationCache(path!);
const count = Number(countText);
const startAt = Number(startAtText);
while (Date.now() < startAt) await new Promise((resolve) => setTimeout(resolve, 1));
const started = Date.now();
for (let index = 0; index < count; index++) {
  const key = `${prefix}-${index}`;
  cache.set([{ key, translation: `${prefix} translation ${index}`, characters: index }]);
  if (cache.get([key]).get(key) !== `${prefix} translation ${index}`) {
    console.error(`read-back failed for ${key}`);
    process.exit(2);
  }
}
console.log(JSON.stringify({ started, finished: Date.now() }));
cache.close();
