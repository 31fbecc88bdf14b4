/**
 * `npm run setup`, once the word list is installed: compiles the French lexicon
 * (`src/layout/compiled-french-lexicon.ts`), so that the first article of the first run does
 * not pay for it. Any process that finds it missing or out of date makes it as well.
 */
import { getFrenchLexicon } from '../src/layout/french-lexicon.ts';

const lexicon = getFrenchLexicon();
console.log(`bilingual setup: French lexicon ready (${lexicon.source}, ${lexicon.size.toLocaleString('en-US')} words)`);
