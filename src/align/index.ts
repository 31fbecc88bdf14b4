export { wrapSentences } from '../translate/block-round-trip.ts';
export { readBackSentences, stripHtml, type ReadBackResult } from './read-back-sentences.ts';
export { segmentEnglish } from './segment-english.ts';
export {
  alignByLength,
  galeChurch,
  lengthDelta,
  logMatchProbability,
  alignmentLength,
  BEAD_PRIORS,
  type Bead,
  type BeadKind,
  type GaleChurchOptions,
  type LengthAlignment,
} from './align-by-length.ts';
export { alignBlock, type AlignBlockResult, type TranslatedBlock } from './align-block.ts';
export { alignArticle } from './align-article.ts';
export { escapeHtml, decodeHtmlEntities } from './html-text.ts';
