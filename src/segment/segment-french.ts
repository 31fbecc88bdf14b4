/**
 * French sentence segmentation (first version: splits after . ! ? … followed by a space and a
 * capital letter). Lossless: `segmentFrench(p).join(' ') === p`.
 */
export function segmentFrench(paragraph: string): string[] {
  if (paragraph.length === 0) return [];
  const sentences: string[] = [];
  const boundary = /(?<=[.!?…][»”")\]]*) (?=[«"“(\p{Lu}])/gu;
  let start = 0;
  for (const match of paragraph.matchAll(boundary)) {
    const piece = paragraph.slice(start, match.index);
    if (piece.length > 0) sentences.push(piece);
    start = match.index + 1;
  }
  const last = paragraph.slice(start);
  if (last.length > 0) sentences.push(last);
  return sentences;
}
