/**
 * Photo captions set inside the body (under a picture placed in a column), which extraction
 * leaves between two paragraphs or in the middle of one:
 * - a run of one to four lines ending with a credit (`(Photo AFP)`, `Photo : DR`) or opening
 *   with a label (`Photo :`, `Légende :`), starting where a sentence may start;
 * - a line or two that blank lines set apart on both sides, a whole sentence, where the lines
 *   around carry on the body's flow (pdftotext default sets a caption off this way; body
 *   paragraphs it does not), after a sentence's end or, a statement, under an intertitle;
 * - a run of one to three lines between two sentence boundaries, one sentence that reads as a
 *   picture's description: no quotation, question or dash, no verb in a past or future tense
 *   (captions speak in the present or without a verb), and the moment of the picture set off by
 *   a comma (`…, samedi.`, `…, le 4 février, …`, `…, en novembre.`) or a subject set in its
 *   place; never the body's first paragraph, at its very end only read alone (right under
 *   another caption, the moment is not needed), nor set apart as paragraphs are where blank
 *   lines separate them. The second generator's pages set such captions in italics with no
 *   credit; text keeps only these words, so each is also a warning;
 * - whole sentences after the article's signature, where content-stream order prints the
 *   captions drawn after the text.
 * Never, read by its look or its words alone, a sentence that reads as prose (taking up the text
 * with a pronoun, someone speaking, a figure opening it: caption-prose.ts), three sentences set
 * apart, or the entries of a list one sentence a line, more than a page has pictures
 * (list-entry-captions.ts).
 * The caption's lines are taken out of the body, so that a paragraph it cut joins again.
 */
import type { Warning } from '../types.ts';
import { isApposition, isName, isNounPhrase } from './caption-noun-phrase.ts';
import { PRONOUN_OPENING, readsAsProse } from './caption-prose.ts';
import { creditAtEnd, creditCaptionRun } from './photo-credits.ts';
import { creditAtEnd as creditInAnyForm } from './credit-forms.ts';
import { endsSentence, endsWithLineHyphen, isSignature, opensSentenceOrTurn, startsLikeSentence } from './layout-block.ts';
import { isIntertitle, isTwoLineIntertitle } from './intertitles.ts';
import { dropListedDescriptions } from './list-entry-captions.ts';
import { opensEntryAfter, opensOnLabel } from './list-items.ts';
import type { PageLine } from './page-line.ts';
import { blankLinesSeparateParagraphs, stopsShort } from './paragraph-ends.ts';
import { gluesHyphenatedLines } from './restore-removed-hyphens.ts';
import { fullLineWidths, measureOf, reachOf, showsGluedLines, widerMeasureRun } from './wider-measure-captions.ts';
import { printedWidth } from './printed-width.ts';
import { withoutTrailingMarks } from '../text/letters.ts';
import { MONTH_ACCENTED, WEEKDAY } from './french-dates.ts';

export interface CaptionRun {
  /** Index of the caption's first line in the body lines. */
  start: number;
  /** Index after its last line. */
  end: number;
  reason: string;
  evidence: string;
}

/** A photo credit ending a caption, or a label opening one. */
export const CREDIT = /\((?:photos?|crédits?|ph\.|dr|illustration)\b[^)]*\)\s*$|(?:^|\s)(?:photos?|crédits?)\s*:\s*[\p{Lu}][^.]*$|^(?:photos?|légende)\s*:/iu;
/** A list's numbered item (`1. Karim Benali…`, `2) La mairie…`): no picture's caption opens so. */
const NUMBERED_ITEM = /^\d{1,2}[.)] /u;
/** A credit's opening left at a line end, its closing on the next line (`(Photo Le Cour-` + `rier du Rhône)`). */
const CREDIT_OPENING = /\((?:photos?|crédits?|ph\.|dr|illustration)\b[^)]*$/iu;

/** The moment of a picture, set off by a comma: `, samedi`, `, lundi soir`, `, le 14 novembre`, `, en 2019`, `, hier`. */
const PICTURE_MOMENT = new RegExp(
  String.raw`, (?:(?:photographiée?s? )?(?:${WEEKDAY}|hier)|(?:le|en|au début|à la fin) (?:(?:\d{1,2}(?:er)? )?${MONTH_ACCENTED}|\d{4}))(?=[\s,.]|$)`,
  'u',
);
/** What a description under a picture never holds: quotation, question, dialogue, a colon. */
const NOT_DESCRIPTION = /[«»“”"—–:;?!]/u;
/**
 * A verb in a past or future tense, or an auxiliary: the narration of the body, not a caption.
 * The tense's ending is looked for on a word in lower case: a name (`Jura`, `Bonaparte`) is no verb.
 * `c’est` and `qu’il a` count: the auxiliary after an elision.
 */
const NARRATING_VERB = /(?:^|[\s'’])(?:a|ont|avait|avaient|est|sont|était|étaient|sera|seront|aura|auront|fut|furent|va|vont)\s|(?:^|[\s'’])\p{Ll}\p{L}+(?:ra|ront|rait|raient|ait|aient)(?=[\s,.])/u;
/** A sentence end followed by another sentence, titles and initials aside. */
const TWO_SENTENCES = /(?<!\b(?:M|MM|Mme|Mmes|Dr|Pr|Me|\p{Lu}))[.!?…] +\p{Lu}/u;
/** The auxiliary `avoir` of a compound past (`a rappelé`, `ont permis`, `avait douché`): the body's narration. */
const AVOIR_AUXILIARY = /(?:^|[\s'’])(?:a|ont|avait|avaient)\s(?:\p{Ll}+\s)?\p{Ll}+(?:é|i|u|is|it|ert|int)e?s?(?=[\s,.])/u;
/** The same boundary, every one of them. */
const SENTENCE_BOUNDARIES = /(?<!\b(?:M|MM|Mme|Mmes|Dr|Pr|Me|\p{Lu}))[.!?…] +\p{Lu}/gu;
/** Fewest sentences of a block that is prose, never a caption (captions hold one, or two: a description and what it adds). @default 3 */
const PROSE_IN_SENTENCES = 3;

/** How many sentences the lines hold, read from the boundaries between them. */
function sentenceCount(lines: readonly PageLine[]): number {
  return (roughText(lines).match(SENTENCE_BOUNDARIES)?.length ?? 0) + 1;
}
/**
 * What a picture shows, then where: a person's name, or a plural or defined noun with at most a
 * complement and a participle, directly followed by a place (`Sylvie Jacquemoud sur la terrasse`,
 * `Les pompiers devant le hangar`, `Des parcs à huîtres sur l’étang`, `La péniche-école amarrée
 * près de l’écluse`). No verb stands between the subject and the place: a body sentence has one
 * (`Le refuge tient sur une arête`), unless it is a participle (`-é`, `-i`, `-u`, `-is`…).
 */
const POSED_SUBJECT = new RegExp(
  String.raw`^(?:` +
    // A name: a first name (maybe compound, `Jean-Baptiste`) and one to three more capitalised words or particles.
    String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?(?: (?:\p{Lu}[\p{L}'’-]+|Le|La|de|du|d['’]\p{Lu}[\p{Ll}-]+)){1,3}(?: \([^)]{1,30}\))?` +
    // … and who or what stands beside them: another name, or a noun after a possessive or an article.
    String.raw`(?: et (?:\p{Lu}[\p{Ll}'’-]+(?: (?:\p{Lu}[\p{L}'’-]+|Le|La|de|du)){1,3}(?: \([^)]{1,30}\))?|(?:son|sa|ses|leur|leurs|une|un|des|les)(?: [\p{Ll}\d'’-]+){1,8}),?)?` +
    // A noun after an article, with a complement (`à huîtres`, `d’essai`) and a participle.
    String.raw`|(?:Les|Des|Le|La|L['’]|Un|Une)(?: |(?<=['’]))\p{Ll}[\p{Ll}-]+(?: (?:à|de|du|des|d['’])(?: |(?<=['’]))\p{Ll}[\p{Ll}-]+)?(?: \p{Ll}+(?:ée?s?|ie?s?|ue?s?|ise?s?))?` +
    String.raw`) (?:(?:dans|sur|devant|derrière|sous|chez|face (?:à|au|aux)|à l['’]arrêt|à quai)(?=\s)` +
    // A compound preposition ending on `de`, maybe elided or contracted (`près de`, `au pied du`, `lors d’`).
    String.raw`|(?:près|aux côtés|lors|au milieu|au sommet|au pied|au bord|au-dessus|à bord|à l['’]entrée) (?:d(?:e|u|es)(?=\s)|d['’]))`,
  'u',
);
/**
 * What opens each of a description's pieces after a comma: a preposition, an article, a
 * moment, a number, a name or a participle (`, dans le Jura`, `, samedi`, `, vendue en 2025`),
 * never a verb (`…, dans leur maison, racontent la crue`).
 */
const COMPLEMENT_OPENING = new RegExp(
  String.raw`^(?:à|au|aux|dans|sur|sous|devant|derrière|près|face|lors|en|le|la|les|l['’]|un|une|des|du|de|d['’]|avec|entre|chez|pendant|après|avant|vers|depuis|par|pour|selon|hier|${WEEKDAY}|\d|\p{Lu}|\p{Ll}+(?:ée?s?|ie?s?|ue?s?|ise?s?|ite?s?|erte?s?|einte?s?)(?=[\s,.]))`,
  'u',
);

/** Every piece of the text after a comma opens as a complement does (`COMPLEMENT_OPENING`). */
function complementsOnly(text: string): boolean {
  return text.split(',').slice(1).every((piece) => piece.trim() === '' || COMPLEMENT_OPENING.test(piece.trim()));
}

/**
 * What the picture shows as a bare noun phrase or a name, then after commas only where, when or
 * who it is (`Le Bara-Segal, à la bouée de dégagement, devant le fort du Portzic.`, `Maëlle Le
 * Bihan-Corre, ancienne éclusière, à Pontivy.`): a caption with no verb (caption-noun-phrase.ts).
 */
function namedThenPlaced(text: string): boolean {
  // The stops ending it (`/[.!?…]+$/u`) taken off, read from the end.
  const pieces = withoutTrailingMarks(text, '.!?…').split(',');
  const subject = pieces[0] as string;
  const person = isName(subject) || isNameWithPossession(subject);
  if (pieces.length < 2 || !(person || isNounPhrase(subject))) return false;
  return pieces.slice(1).every((piece) => {
    const trimmed = piece.trim();
    // Where and when open on a preposition, a day or a date; a piece opening on an article
    // (`du sel`, `une pincée`) goes on a list (ingredients, a results line), not a caption.
    // After a person's name, a relative clause says who they are or what the thing was
    // (`Gérard Moulin et sa météorite, qui lui a longtemps servi de cale-porte.`): the sentence
    // still has no verb of its own, which prose, naming a person, does not write.
    return trimmed !== '' && (PLACE_OR_MOMENT.test(trimmed) || isApposition(trimmed) || (person && RELATIVE_OPENING.test(trimmed)));
  });
}

/** A relative clause's opening word. */
const RELATIVE_OPENING = /^(?:qui|dont|où)\s/u;
/** A name, `et`, a possessive and a noun with its complements (`Gérard Moulin et sa météorite`, `Thomas Revil et ses deux patous`). */
const NAME_AND_POSSESSION = /^(.+?) et (?:son|sa|ses|leur|leurs) (?:\p{Ll}[\p{Ll}’'-]*)(?: (?:de|du|des|d['’]|à|au|aux)?\s?\p{Ll}[\p{Ll}’'-]*){0,3}$/u;

/** A person's name and what belongs to them, shown together: what a picture shows, never a sentence's subject alone. */
function isNameWithPossession(text: string): boolean {
  const match = NAME_AND_POSSESSION.exec(text.trim());
  return match !== null && isName(match[1] as string);
}

/**
 * Where, when or who, after a caption's comma: a preposition, a day, a date, a name, or a past
 * participle (`vu depuis la rive`, `évacués vers le gymnase`, `servies dans un cornet`). Not an article (`du sel, une
 * pincée` goes on a list), nor a verb's ending a participle may share (`franchit`, `finis`).
 */
const PLACE_OR_MOMENT = new RegExp(
  String.raw`^(?:(?:à|au|aux|au-dessus|au-dessous|dans|sur|sous|devant|derrière|près|face|lors|en|avec|entre|chez|pendant|après|avant|vers|depuis|par|pour|selon|hier|${WEEKDAY})(?=[\s,.]|$)|le \d|\d|\p{Lu}|(?!(?:du|une?)(?=[\s,.]|$))\p{Ll}+(?:é|ée|és|ées|u|ue|us|ues|ies)(?=[\s,.]|$))`,
  'u',
);

/** Relative clauses, each to the next comma: what they say is not what the picture shows. */
const RELATIVE_CLAUSE = /(?:^|[\s,])(?:(?:qui|où|dont|que)\s|qu['’])[^,]*/gu;

/**
 * The text with its relative clauses left out, `que` ones too (`devant la bibliothèque qu’il
 * avait fondée`): a completive `que` after a verb leaves that verb in the main clause.
 */
function mainClause(text: string): string {
  return text.includes('qu') || text.includes('où') || text.includes('dont') ? text.replace(RELATIVE_CLAUSE, ' ') : text;
}

const FIGURE_OPENING = /^\d/u;

/** Most characters of a description caption. @default 260 */
const DESCRIPTION_LENGTH = 260;

/** One sentence that reads as the description of a picture (see the module's comment). */
export function readsAsPictureDescription(text: string, besideCaption = false): boolean {
  if (text.length < 25 || text.length > DESCRIPTION_LENGTH || !endsSentence(text) || !startsLikeSentence(text)) return false;
  if (NOT_DESCRIPTION.test(text) || readsAsProse(text)) return false;
  if (TWO_SENTENCES.test(text)) return describesThenAdds(text);
  // French typography spells out a number opening a sentence: a line opening on a figure is a
  // list's item (an ingredient's quantity, a results line), not a caption's sentence.
  if (FIGURE_OPENING.test(text)) return false;
  // The subject set in its place (the costliest test) is read last, only where it decides.
  // After a subject set in its place, a relative clause may narrate what is around the picture
  // (`…, où son grand-père s’était installé en 1951.`); the description's own clause may not.
  if (NARRATING_VERB.test(text)) return !NARRATING_VERB.test(mainClause(text)) && isPosedSubject(text);
  // Right under another caption (pictures set side by side), the description needs no moment.
  return besideCaption || PICTURE_MOMENT.test(text) || isPosedSubject(text);
}

/** Most characters of the sentence a caption adds after its description. @default 140 */
const ADDED_SENTENCE_LENGTH = 140;

/**
 * A caption of two sentences: what the picture shows, with no verb, then one sentence more that
 * says what comes next or why (`Le troupeau de la famille Bouviala sur une draille, au-dessus du
 * Pont-de-Montvert. Les bêtes passeront l’été sur les pelouses du mont Lozère.`). The first must
 * read as a description by its form alone, a subject set in its place with no verb at all (prose
 * seldom writes a sentence with none); the second may narrate, but is the last and short.
 */
function describesThenAdds(text: string): boolean {
  const boundary = TWO_SENTENCES.exec(text);
  if (boundary === null) return false;
  const cut = boundary.index + boundary[0].length - 1;
  const first = text.slice(0, cut).trim();
  const second = text.slice(cut);
  if (TWO_SENTENCES.test(second) || second.length > ADDED_SENTENCE_LENGTH || first.length < 25) return false;
  return !NARRATING_VERB.test(first) && isPosedSubject(first);
}

/**
 * Two sentences set in a caption's face (wider-measure-captions.ts): the face says caption, and
 * a box's or a standfirst's two sentences narrate; a caption's first names what the picture shows
 * with no verb in a past or future tense (`La place de l’église transformée en décor des années
 * 1960.`) and its second, short, adds who or what comes next.
 */
function addsToVerblessDescription(text: string): boolean {
  const boundary = TWO_SENTENCES.exec(text);
  if (boundary === null) return false;
  const cut = boundary.index + boundary[0].length - 1;
  const first = text.slice(0, cut).trim();
  return first.length >= 25 && text.length - cut <= ADDED_SENTENCE_LENGTH && !NARRATING_VERB.test(first) && !NOT_DESCRIPTION.test(first);
}

/** What the picture shows, then where (`POSED_SUBJECT`, then only complements), or named then placed. */
function isPosedSubject(text: string): boolean {
  return (POSED_SUBJECT.test(text) && complementsOnly(mainClause(text))) || namedThenPlaced(text);
}

/** The lines' words as one text, line-end hyphens (`-`, `¬`) closed up: enough to read the sentence. */
function roughText(lines: readonly PageLine[]): string {
  let text = '';
  for (const line of lines) {
    // `-` or `¬` at the end, read from the last character: the text grows line by line, and a
    // regular expression anchored at its end would be tried from every position, each time.
    const last = text.charCodeAt(text.length - 1);
    if (last === 45 || last === 0xac || (text !== '' && elisionCut(text, line.content))) text = (last === 45 || last === 0xac ? text.slice(0, -1) : text) + line.content;
    else text = text === '' ? line.content : `${text} ${line.content}`;
  }
  return text;
}

/** An elided letter alone at a line's end (`… L`, `D`): the tool cut the printed line inside the word. */
const ELIDED_LETTER_AT_END = /(?:^|\s)[LlDdJjNnSs]$/u;

/**
 * A line ending on an elided letter alone over a line opening on its apostrophe (`L` /
 * `’Orchestre des Pays de Savoie…`): some tools (Vivliostyle, Chromium, LuaLaTeX, pdf.js) set
 * the kerned apostrophe as a piece of its own and pdftotext cuts the printed line there. One
 * printed line: its text reads whole, and its letter alone is no heading.
 */
function elisionCut(text: string, next: string): boolean {
  const apostrophe = next.charCodeAt(0);
  return (apostrophe === 0x2019 || apostrophe === 39) && ELIDED_LETTER_AT_END.test(text);
}

/** Most lines of a description caption (four in a narrow column). @default 4 */
const DESCRIPTION_LINES = 4;

/** A line shorter than this share of the next is no caption line before it. @default 0.7 */
const SHORTER_LINE = 0.7;
/** Most words of a credit's end cut off its caption's last line onto a line of its own (`/ AFP`). @default 4 */
const CREDIT_TAIL_WORDS = 4;
/** Most lines of a caption. @default 4 */
const CAPTION_LINES = 4;

/**
 * A book's reference as a review prints it under the cover's picture: the title in quotes, then
 * after commas the publisher, the length in pages and maybe the price (`« La Digue », éditions du
 * Halage, 312 pages, 21 euros.`, `« Titre », Gallimard, 240 p., 19,50 €`). No sentence of the
 * body is such a list with no verb; the line is the cover's caption.
 */
const WORK_REFERENCE = /^[«“"]\s?[^»”"]{1,80}?\s?[»”"](?:, [^,.;:!?«»]{1,60}){1,3}, \d{2,4} (?:pages|p\.)(?:, \d{1,3}(?:,\d{2})? ?(?:euros|€))?\.?$/u;

/** Whether a line is a book's reference set as a caption (see WORK_REFERENCE). */
export function isWorkReference(text: string): boolean {
  return text.length <= 160 && WORK_REFERENCE.test(text);
}

/**
 * Finds the captions among the body's lines. `layerCaptions`: the lines a searchable scan's OCR
 * layer shows set in a caption's smaller face (pdf-ocr-layer.ts's `tightBlocks`), each with the
 * evidence; a run of them, a blank line before it and none inside it, is a caption whole.
 */
export function findCaptions(lines: readonly PageLine[], width: number, layerCaptions?: ReadonlyMap<number, string>): { captions: CaptionRun[]; warnings: Warning[] } {
  const captions: CaptionRun[] = [];
  // Captions taken only because they stand right under another (pictures side by side): such a
  // caption lends that evidence to no third one, or a run of the body's present-tense sentences
  // under a caption would be read as captions one after the other.
  const besideOnly = new Set<CaptionRun>();
  const warnings: Warning[] = [];
  const blankSeparated = blankLinesSeparateParagraphs(lines, width);
  // The full lines' widths, read once: the body's measure (their median) and reach (their 90th percentile) come from them.
  const fullWidths = fullLineWidths(lines, width);
  const measure = measureOf(fullWidths);
  const glued = gluesHyphenatedLines(lines);
  // Glued lines shown (wider-measure-captions.ts): a ragged column hyphenates no line either.
  const gluedLinesShown = glued && showsGluedLines(lines, measure);
  const reach = glued && !gluedLinesShown ? reachOf(fullWidths) : 0;
  // Runs set apart by blank lines that read as a list's items or headings, not captions.
  let setApartItems = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as PageLine;
    const next = lines[index + 1];
    // Every credit or label holds a bracket or a colon: most lines are passed over on that.
    const mayBeCredit = line.content.includes('(') || line.content.includes(':') || (next !== undefined && next.content.includes(')'));
    const credit =
      mayBeCredit &&
      (CREDIT.test(line.content) ||
        (next !== undefined && CREDIT_OPENING.test(line.content) && /\)\s*$/u.test(next.content) && !next.content.slice(0, -1).includes('(')));
    // Set in a caption's smaller face, as the OCR layer of a searchable scan shows: the block whole.
    const layerEvidence = layerCaptions?.get(line.number);
    if (layerEvidence !== undefined && (captions.at(-1)?.end ?? 0) <= index && (index === 0 || line.blankBefore || line.pageBreakBefore || !layerCaptions!.has((lines[index - 1] as PageLine).number))) {
      let end = index + 1;
      while (end < lines.length && layerCaptions!.has((lines[end] as PageLine).number) && !(lines[end] as PageLine).blankBefore && !(lines[end] as PageLine).pageBreakBefore) end += 1;
      // A credit cut off its caption's last line (`… vendredi matin. Hélène Garnier` / `/ AFP`): a
      // few words opening on no sentence after a line ending none go with it.
      const tail = lines[end];
      if (tail !== undefined && !endsSentence((lines[end - 1] as PageLine).content) && !opensSentenceOrTurn(tail.content) && !/^\p{Ll}/u.test(tail.content) && tail.content.split(' ').length <= CREDIT_TAIL_WORDS) end += 1;
      captions.push({ start: index, end, reason: 'smaller-face', evidence: `${layerEvidence} (lines ${line.number}–${(lines[end - 1] as PageLine).number})` });
      index = end - 1;
      continue;
    }
    // Right under a picture's drawn frame (drawn-frames.ts): the caption, to its sentence's end.
    if (line.underPicture === true && (captions.at(-1)?.end ?? 0) <= index) {
      const end = underPictureRun(lines, index);
      if (end !== undefined) {
        captions.push({ start: index, end, reason: 'under-picture', evidence: `it stands right under a picture's drawn frame, one sentence to its end (lines ${line.number}–${(lines[end - 1] as PageLine).number})` });
        index = end - 1;
        continue;
      }
    }
    // A book's reference under its cover, on a line of its own.
    if (line.content.charCodeAt(0) === 0xab || line.content.charCodeAt(0) === 0x201c || line.content.charCodeAt(0) === 34) {
      if (isWorkReference(line.content) && (captions.at(-1)?.end ?? 0) <= index) {
        captions.push({ start: index, end: index + 1, reason: 'work-reference', evidence: `"${line.content}" gives a book's title, publisher and pages, as a review's caption under the cover does` });
        continue;
      }
    }
    // A caption ending on a picture's credit with no full stop, or with the credit alone on a
    // line (`… sur le parc.` / `Photo Jean Dupont`, `… de bois © Ville de Brest`): photo-credits.ts.
    const previousCaption = captions.at(-1);
    const previousEnd = previousCaption?.end ?? 0;
    // Right under a caption read on other evidence, the credit may close it: its lines are the description's.
    const credited = previousEnd <= index ? creditCaptionRun(lines, index, previousCaption !== undefined && previousEnd === index ? previousCaption.start : previousEnd) : undefined;
    if (credited !== undefined) {
      const evidence = `it ends with a picture's credit, "${credited.credit}", on line ${(lines[credited.end - 1] as PageLine).number}, before a line opening a sentence`;
      if (previousCaption !== undefined && credited.start < previousEnd) {
        previousCaption.start = Math.min(previousCaption.start, credited.start);
        previousCaption.end = credited.end;
        previousCaption.evidence += `; ${evidence}`;
      } else captions.push({ start: credited.start, end: credited.end, reason: 'photo-credit', evidence });
      // The credit closes its picture's caption: the line under it is no caption beside it.
      besideOnly.add(captions.at(-1) as CaptionRun);
      if (credited.alone) {
        const start = lines[credited.start] as PageLine;
        warnings.push({ rule: 'layout/caption-guess', message: `Took "${roughText(lines.slice(credited.start, credited.end)).slice(0, 80)}" for a photo caption: the sentence above the credit "${credited.credit}", set alone on its line, read as its description.`, line: start.number });
      }
      index = credited.end - 1;
      continue;
    }
    if (credit) {
      const end = CREDIT.test(line.content) ? index + 1 : index + 2;
      let start = index;
      while (start > 0 && index - start < CAPTION_LINES - 1) {
        const current = lines[start] as PageLine;
        const before = lines[start - 1] as PageLine;
        if (current.blankBefore || current.pageBreakBefore) break;
        if (endsSentence(before.content) && startsLikeSentence(current.content)) break;
        if (captions.length > 0 && (captions.at(-1) as CaptionRun).end >= start) break;
        // A caption's lines run full but for its last: a much shorter line above is not one of them.
        if (before.content.length < current.content.length * SHORTER_LINE) break;
        start -= 1;
      }
      if (!startsLikeSentence((lines[start] as PageLine).content)) continue;
      captions.push({ start, end, reason: 'photo-credit', evidence: `it ends with a photo credit on line ${(lines[end - 1] as PageLine).number}` });
      index = end - 1;
      continue;
    }
    // Set apart by blank lines on both sides, in a text whose paragraphs are not.
    // (Not in a run of two columns read row by row: a blank line there is where either column's
    // rows went out of step.)
    if (!blankSeparated && index > 0 && line.blankBefore && !line.pageBreakBefore && line.rowPiece !== true && startsLikeSentence(line.content)) {
      for (let end = index + 1; end <= Math.min(lines.length - 1, index + 2); end += 1) {
        const after = lines[end] as PageLine;
        const last = lines[end - 1] as PageLine;
        // A blank line after it, or the page's end: a caption at a page's foot, one sentence whose
        // lines all run the column's full width (a paragraph's lines there end short, or run on
        // over the page break into the next page's first paragraph).
        if (!after.blankBefore && !(after.pageBreakBefore && atPageFootCaption(lines, index, end, width))) continue;
        if (!endsSentence(last.content) || !opensSentenceOrTurn(after.content)) break;
        // Before a dialogue's turn, the body sets apart the sentence that brings the speaker in
        // (`Le maire a rappelé les limites de son pouvoir.`), in the tense of its narration: a
        // caption there is one sentence, with no auxiliary `avoir` (`sonde une meule`, `est
        // restée accrochée`, `contenaient encore`).
        if (!startsLikeSentence(after.content) && (TWO_SENTENCES.test(roughText(lines.slice(index, end))) || AVOIR_AUXILIARY.test(roughText(lines.slice(index, end))))) break;
        // A caption states what the picture shows and ends on its full stop: a question, a
        // suspended sentence (`…`) or a quotation set apart is an interview's question or a heading.
        if (!/[^.]\.$/u.test(last.content) || line.content.startsWith('«')) break;
        // A caption says what the picture shows in a sentence, maybe adds one more: three
        // sentences or more set apart are a short paragraph of the body, which a page's
        // extraction sets apart as it sets a caption. Nor does it take up the text before with a
        // pronoun, speak in the first person or open on a figure (caption-prose.ts). Such blocks
        // are still the body's blocks set apart, counted against SET_APART_CAPTIONS.
        if (sentenceCount(lines.slice(index, end)) >= PROSE_IN_SENTENCES || readsAsProse(roughText(lines.slice(index, end)))) {
          setApartItems += 1;
          break;
        }
        // A caption over two lines wraps in its measure: a first line within the column's,
        // stopping where the next word would have fitted, is a heading over its first item (`Seniors hommes (10,2 km)` /
        // `1. Karim Benali…`), and a numbered line is a list's item, not a picture's words.
        // Both are still blocks the body sets apart, counted against SET_APART_CAPTIONS.
        if ((end > index + 1 && line.content.length <= width && stopsShort(line, lines[index + 1], width)) || NUMBERED_ITEM.test(line.content)) {
          setApartItems += 1;
          break;
        }
        // After a sentence's end, or under an intertitle (a picture often opens a section).
        const before = lines[index - 1] as PageLine;
        if (!endsSentence(before.content) && !endsIntertitle(lines, index, width)) break;
        const apart = after.blankBefore ? 'blank lines set it apart from the body on both sides' : 'a blank line above it and the page’s end below set it apart from the body, its lines running the column’s full width';
        captions.push({ start: index, end, reason: 'set-apart', evidence: `${apart} (lines ${line.number}–${last.number})` });
        warnings.push({
          rule: 'layout/caption-guess',
          message: `Took "${lines.slice(index, end).map((caption) => caption.content).join(' ').slice(0, 80)}" for a photo caption: blank lines set it apart.`,
          line: line.number,
        });
        index = end - 1;
        break;
      }
    }
    // A description of a picture between two sentence boundaries, inside the body (where blank
    // lines separate paragraphs, a block set apart as they are is taken only whole).
    if (index > 0 && startsLikeSentence(line.content) && (captions.at(-1)?.end ?? 0) <= index && captions.at(-1)?.start !== index) {
      const before = lines[index - 1] as PageLine;
      const boundary = endsSentence(before.content) || looksLikeHeading(before.content, width) || endsIntertitle(lines, index, width);
      // Or a whole sentence cutting one of the body's in two, which goes on after it: set apart by
      // a blank line after an unfinished line, or opening on a capital where a line-end hyphen
      // waits for the word's end.
      const cut = !boundary && (line.blankBefore || endsWithLineHyphen(before.content));
      if (boundary || cut) {
        // Right under a caption its face told (wider-measure), a line in the body's face is the body's.
        const previous = captions.at(-1);
        const besideCaption = previous !== undefined && previous.end === index && previous.reason !== 'wider-measure' && !besideOnly.has(previous);
        const described = descriptionRun(lines, index, width, besideCaption, cut);
        // Set apart inside a word the line before cut with a hyphen: nothing of the body stands
        // between a word's two halves, whatever the sentence set there says.
        const hyphenated = endsWithLineHyphen(before.content);
        // Set apart inside a word the line before cut with a hyphen, or inside a sentence the line
        // before leaves unfinished and the line after it takes up in small letters: nothing of the
        // body stands between a word's, or a sentence's, two halves, whatever the run set there says.
        // Between a sentence's halves, only one sentence (OCR that read two columns as one sets runs
        // of the other column's sentences there), over two lines or more wrapped in its own measure,
        // or one line running the column's full width (atPageFootCaption): a column cut may set a
        // sentence's short tail there, a line alone (`Messines.`).
        const inside = described === undefined && cut && line.blankBefore ? runInsideWord(lines, index) : undefined;
        const inWord = inside !== undefined && (hyphenated || isOneCaption(lines, index, inside, width)) ? inside : undefined;
        const run = described ?? inWord;
        if (run !== undefined && (!blankSeparated || !line.blankBefore || isBlockEnd(lines[run]))) {
          const text = roughText(lines.slice(index, run));
          if (inWord !== undefined) {
            const halves = hyphenated ? `the word that line ${before.number} cuts with a hyphen` : `the sentence that line ${before.number} leaves unfinished`;
            captions.push({ start: index, end: run, reason: hyphenated ? 'inside-a-word' : 'inside-a-sentence', evidence: `blank lines set it inside ${halves} and line ${(lines[run] as PageLine).number} takes up (lines ${line.number}–${(lines[run - 1] as PageLine).number})` });
            warnings.push({ rule: 'layout/caption-guess', message: `Took "${text.slice(0, 80)}" for a photo caption: it stands between the two halves of ${hyphenated ? 'a hyphenated word' : 'a sentence'}.`, line: line.number });
            index = run - 1;
            continue;
          }
          const where = cut ? `set inside a sentence of the body that line ${before.number} leaves unfinished` : 'between two paragraph boundaries';
          captions.push({ start: index, end: run, reason: 'picture-description', evidence: `one sentence ${where} that describes a picture (what it shows set in its place, or its moment) (lines ${line.number}–${(lines[run - 1] as PageLine).number})` });
          if (besideCaption && !readsAsPictureDescription(text)) besideOnly.add(captions.at(-1) as CaptionRun);
          warnings.push({ rule: 'layout/caption-guess', message: `Took "${text.slice(0, 80)}" for a photo caption: it reads as a picture's description.`, line: line.number });
          index = run - 1;
          continue;
        }
      }
    }
    // Lines printed wider than the body's measure, in a caption's smaller face (wider-measure-captions.ts).
    if (index > 0 && (captions.at(-1)?.end ?? 0) <= index) {
      const before = lines[index - 1] as PageLine;
      const boundaryBefore = endsSentence(before.content) || looksLikeHeading(before.content, width) || endsIntertitle(lines, index, width);
      const run = widerMeasureRun(lines, index, { measure, glued, gluedLinesShown, reach, fullWidths, boundaryBefore, describesThenAdds: addsToVerblessDescription });
      if (run !== undefined) {
        captions.push({ start: index, end: run, reason: 'wider-measure', evidence: `its lines print wider than the body's measure, in a caption's smaller face (lines ${line.number}–${(lines[run - 1] as PageLine).number})` });
        warnings.push({ rule: 'layout/caption-guess', message: `Took "${roughText(lines.slice(index, run)).slice(0, 80)}" for a photo caption: its lines print wider than the body's column.`, line: line.number });
        index = run - 1;
        continue;
      }
    }
    // One sentence alone closing a section, right above its intertitle: a picture set at the
    // section's foot, its caption in a face the text lost (see `aboveIntertitleRun`).
    if (index > 1 && (captions.at(-1)?.end ?? 0) <= index) {
      const run = aboveIntertitleRun(lines, index, width, blankSeparated);
      if (run !== undefined && (!blankSeparated || (line.blankBefore && (lines[run] as PageLine).blankBefore))) {
        const text = roughText(lines.slice(index, run));
        // Its evidence is where it stands, not how it reads: it lends none to a line under it.
        captions.push({ start: index, end: run, reason: 'above-intertitle', evidence: `one sentence alone between the end of a paragraph of the body (line ${(lines[index - 1] as PageLine).number}) and the intertitle on line ${(lines[run] as PageLine).number}, stating what it shows in the present (lines ${line.number}–${(lines[run - 1] as PageLine).number})` });
        besideOnly.add(captions.at(-1) as CaptionRun);
        warnings.push({ rule: 'layout/caption-guess', message: `Took "${text.slice(0, 80)}" for a photo caption: one sentence alone closes the section above an intertitle.`, line: line.number });
        index = run - 1;
        continue;
      }
    }
  }
  dropSetApartRuns(captions, warnings, lines, setApartItems);
  dropLabelledEntries(captions, warnings, lines);
  dropListedDescriptions(captions, warnings, lines);
  const afterSignature = captionsAfterSignature(lines);
  if (afterSignature.length > 0 && (captions.at(-1)?.end ?? 0) <= (afterSignature[0] as CaptionRun).start) {
    captions.push(...afterSignature);
    for (const caption of afterSignature) {
      warnings.push({ rule: 'layout/caption-guess', message: `Took "${roughText(lines.slice(caption.start, caption.end)).slice(0, 80)}" for a photo caption: it follows the article's signature.`, line: (lines[caption.start] as PageLine).number });
    }
  }
  return { captions, warnings };
}

/**
 * The run from `start` to `end`, set between a sentence's halves, is one caption: one sentence
 * over two lines or more, or a line alone running the column's full width (atPageFootCaption).
 * A module function, not a closure made for each line: tsx (esbuild's keepNames) names each again.
 */
function isOneCaption(lines: readonly PageLine[], start: number, end: number, width: number): boolean {
  return end - start >= 2 ? !TWO_SENTENCES.test(roughText(lines.slice(start, end))) : atPageFootCaption(lines, start, end, width);
}

/**
 * A run set apart where the body's flow gives no blank line to close it (the page's end below
 * it, or a sentence's two halves around it; lines `start` to `end`): a caption only when it is
 * one sentence and every one of its lines but a last one (a line alone too) runs at least the
 * column's width, as a caption set across the picture in a smaller face does.
 */
function atPageFootCaption(lines: readonly PageLine[], start: number, end: number, width: number): boolean {
  const run = lines.slice(start, end);
  // Every line but a last one, which ends where the sentence does; a line alone runs full.
  const full = run.length === 1 ? run : run.slice(0, -1);
  if (full.some((line) => line.content.length < width)) return false;
  return !TWO_SENTENCES.test(run.map((line) => line.content).join(' '));
}

/** Fewest words of a caption closing a section: a picture's description names what it shows, where or when; a shorter sentence is a remark, a name and a place a signature. @default 6 */
const CAPTION_WORDS = 6;
/** Most lines of a caption closing a section above its intertitle. @default 3 */
const ABOVE_INTERTITLE_LINES = 3;
/** What a caption's one sentence never holds: quotation, dialogue, a question or exclamation, a semicolon. */
const NOT_CAPTION_SENTENCE = /[«»“”"—–?!;]/u;
/**
 * What comes next (a verb in the future, what must be, the next time: `prochain`, an hour set
 * as an agenda's entries set it, `à 20 h`), a sum of money (a cost, a price: no picture shows
 * one), or a person speaking (`je`, `nous`, `vous`): the body's narration, listing, accounts
 * or quotation; a picture shows its moment.
 */
const FUTURE_OR_PERSON = /(?:^|[\s'’])(?:sera|seront|aura|auront|va|vont|ira|iront|doit|doivent|prochaine?s?|je|nous|vous|tu)(?=[\s,.])|^Prochaine?s? |\d\sh(?:\s\d\d)?\b|\d[^.]{0,24}?(?:euros|€)|(?:^|\s)j['’]|\p{Ll}{3,}(?:ra|ront)(?=[\s,.])/u;
/**
 * A verb in the imperfect (`indiquait`, `étaient`): the body's narration of what was. A caption
 * mostly states what the picture shows in the present or the perfect, seldom in the imperfect
 * (one of the corpus's, `Les cuves … contenaient encore 1 700 litres`): so this is asked only
 * where the caption's place is the weaker evidence (a blank line alone, `aboveIntertitleRun`).
 */
const IMPERFECT = /(?:^|[\s'’])\p{Ll}{2,}(?:ait|aient)(?=[\s,.;:!?]|$)/u;
/** Fewest sentences of the paragraph a section-closing caption follows: prose, not a list's one-sentence entries. @default 2 */
const PROSE_SENTENCES = 2;
/** Most lines read back for that paragraph. @default 12 */
const PROSE_LINES = 12;

/**
 * A sentence's end and the next sentence's start: a stop, maybe closing quotation marks (French
 * sets a space before `»`: `… ici. » Elle`), then a capital, maybe after an opening guillemet (a
 * quotation opens the sentence: `… son caractère. « Celles des fruitières…`).
 */
const SENTENCE_BOUNDARY_QUOTED = /[.!?…](?:\s?[»”)])*\s+(?:[«“]\s?)?\p{Lu}/gu;

/**
 * The paragraph ending on line `end` (its last line ends a sentence and stops short) holds two
 * sentences or more: the body's prose, which a caption set at a section's foot follows; a list's
 * or an agenda's entries are one sentence each. A sentence opening on a quotation counts: the
 * body quotes, a list's entries do not.
 */
function closesProse(lines: readonly PageLine[], end: number, width: number): boolean {
  let start = end;
  while (start > 0 && end - start < PROSE_LINES) {
    const above = lines[start - 1] as PageLine;
    const current = lines[start] as PageLine;
    if (current.blankBefore || current.pageBreakBefore || (endsSentence(above.content) && stopsShort(above, current, width))) break;
    start -= 1;
  }
  const text = roughText(lines.slice(start, end + 1));
  return (text.match(SENTENCE_BOUNDARY_QUOTED)?.length ?? 0) + 1 >= PROSE_SENTENCES;
}

/**
 * The end of a caption opening at `start` that closes a section right above its intertitle
 * (intertitles.ts): the paragraph before it ended (its last line ends a sentence, the line above
 * that does not: a paragraph of prose, not a list of one-line entries), then one sentence over one
 * to three lines, then the intertitle. Layouts set a picture at a section's foot, and the
 * extraction prints its caption, in a face the text lost, as a paragraph of its own there. The
 * body seldom closes a section on a one-sentence paragraph; where it does, it narrates what comes
 * (a future), quotes, asks, or lists (a label, a figure, a number), which a caption does not.
 * Where blank lines part the text's paragraphs (`blankSeparated`: OCR's text, Tesseract writing a
 * blank line at each paragraph's end), a blank line after the sentence's end shows the paragraph
 * ended even where its last line ran the column's full width, as a justified paragraph's last line
 * may: the line stopping short is not asked there. Where nothing shows it (the paragraph's last
 * line runs full to its sentence's end, no blank line: pdftotext -raw, the other extractors), the
 * extraction glued the caption to the paragraph; its face tells it then, its first line printing
 * wider than every line of the column above (`printsPastParagraph`), a paragraph's last sentence
 * printing within them (held-out-18's and held-out-20's pages by Vivliostyle and pdfme).
 */
function aboveIntertitleRun(lines: readonly PageLine[], start: number, width: number, blankSeparated: boolean): number | undefined {
  const line = lines[start] as PageLine;
  const before = lines[start - 1] as PageLine;
  if (!endsSentence(before.content) || !startsLikeSentence(line.content)) return undefined;
  // The paragraph's end shown by the blank line alone, its last line running full.
  const blankOnly = !stopsShort(before, line, width);
  // Or nothing shows it ended (GLUED): its last line runs full to a sentence's end, on a text with
  // no blank lines between paragraphs, and the caption's sentence is read on its words alone.
  const glued = blankOnly && !blankSeparated && !line.blankBefore && !line.pageBreakBefore;
  if (blankOnly && !glued && !(blankSeparated && line.blankBefore && !line.pageBreakBefore)) return undefined;
  if (line.pageBreakBefore || FIGURE_OPENING.test(line.content) || NUMBERED_ITEM.test(line.content) || PRONOUN_OPENING.test(line.content) || opensOnLabel(line.content) || isSignature(line.content)) return undefined;
  // Whether the paragraph before is prose (`closesProse`, which reads it back) is asked last, of
  // the few runs that reach an intertitle: it cost more than the rest of this function.
  for (let end = start + 1; end <= Math.min(lines.length - 2, start + ABOVE_INTERTITLE_LINES); end += 1) {
    const last = lines[end - 1] as PageLine;
    if (end > start + 1 && (last.blankBefore || last.pageBreakBefore)) return undefined;
    if (!endsSentence(last.content)) {
      if (looksLikeHeading(last.content, width)) return undefined;
      continue;
    }
    const heading = lines[end] as PageLine;
    if (!isIntertitle(heading, last, lines[end + 1], width) && !isTwoLineIntertitle(heading, lines[end + 1], last, lines[end + 2], width)) return undefined;
    const text = roughText(lines.slice(start, end));
    if (text.length > DESCRIPTION_LENGTH || text.split(' ').length < CAPTION_WORDS || !/[^.]\.$/u.test(text)) return undefined;
    if (TWO_SENTENCES.test(text) || NOT_CAPTION_SENTENCE.test(text) || FUTURE_OR_PERSON.test(text)) return undefined;
    // Nor a denial, or someone's word reported (caption-prose.ts): the body's account.
    if (readsAsProse(text)) return undefined;
    // Where only the blank line shows the paragraph before ended (OCR sets a few blank lines inside
    // a paragraph too), a sentence in the imperfect is the paragraph's last, narrating.
    if (blankOnly && IMPERFECT.test(text)) return undefined;
    if (glued && !printsPastParagraph(lines, start, width)) return undefined;
    return closesProse(lines, start - 1, width) ? end : undefined;
  }
  return undefined;
}

/** How much wider than the lines above a caption's first line prints: past the width table's error (a percent or two). @default 1.02 */
const PAST_PARAGRAPH = 1.02;

/**
 * The caption's first line, at `start`, prints wider than every line of the column above it (read
 * back PROSE_LINES lines, to a blank line or a page break): set in another face or across another
 * measure, as a picture's caption is. A paragraph's last sentence opening a line prints within
 * the lines above it, the column's measure (a short paragraph's two lines may print narrower
 * than their measure: the lines read back reach past the paragraph).
 */
function printsPastParagraph(lines: readonly PageLine[], start: number, width: number): boolean {
  const first = printedWidth((lines[start] as PageLine).content) / PAST_PARAGRAPH;
  for (let at = start - 1; at >= 0 && start - at <= PROSE_LINES; at -= 1) {
    const above = lines[at] as PageLine;
    if (printedWidth(above.content) >= first) return false;
    if (above.blankBefore || above.pageBreakBefore) break;
  }
  return true;
}

/** Lines read on either side of a caption taken for its look for the entries of a list it belongs to. @default 6 */
const ENTRY_NEIGHBOURHOOD = 6;
/** Fewest other entries opening on a label near it for a caption opening on one to be an entry too. @default 2 */
const NEAR_ENTRIES = 2;

/**
 * Takes back a caption taken for its look (set apart, set wider, reading as a description) that
 * opens on an entry's label (`Prix du repas : inchangé…`, `Taille minimale : 10,5 cm.`, list-items.ts)
 * where two entries or more open on a label within a few lines of it: an entry of the box of key
 * figures beside it, which pdftotext may set apart, or print in the box's wider measure. A
 * picture's description names what it shows, it does not set a label before a colon.
 */
function dropLabelledEntries(captions: CaptionRun[], warnings: Warning[], lines: readonly PageLine[]): void {
  const kept: CaptionRun[] = [];
  for (const caption of captions) {
    const first = lines[caption.start] as PageLine;
    const byLook = caption.reason === 'set-apart' || caption.reason === 'wider-measure' || caption.reason === 'picture-description';
    if (!byLook || !opensOnLabel(first.content)) {
      kept.push(caption);
      continue;
    }
    let entries = 0;
    for (let index = Math.max(0, caption.start - ENTRY_NEIGHBOURHOOD); index < Math.min(lines.length, caption.end + ENTRY_NEIGHBOURHOOD); index += 1) {
      if (index >= caption.start && index < caption.end) continue;
      if (opensEntryAfter(lines[index - 1]?.content, (lines[index] as PageLine).content)) entries += 1;
    }
    if (entries < NEAR_ENTRIES) {
      kept.push(caption);
      continue;
    }
    const at = warnings.findIndex((warning) => warning.rule === 'layout/caption-guess' && warning.line === first.number);
    if (at !== -1) warnings.splice(at, 1);
    warnings.push({ rule: 'layout/labelled-entry', message: `Kept "${first.content.slice(0, 80)}" in the body, not as a caption: it opens on a label and a colon, as ${entries} entries near it do.`, line: first.number });
  }
  captions.splice(0, captions.length, ...kept);
}

/**
 * Most blocks set apart by blank lines taken for captions: an article carries a picture or
 * three, each with its caption. More such blocks are the body's own one-line paragraphs (a
 * results box, a list, which pdftotext's default mode sets apart each), not captions. @default 4
 */
const SET_APART_CAPTIONS = 4;

/**
 * Takes the set-apart captions back when the blocks set apart (with `items`, those already read
 * as a list's items or headings) are more than a page's pictures (`SET_APART_CAPTIONS`).
 */
function dropSetApartRuns(captions: CaptionRun[], warnings: Warning[], lines: readonly PageLine[], items: number): void {
  const setApart = captions.filter((caption) => caption.reason === 'set-apart');
  if (setApart.length === 0 || setApart.length + items <= SET_APART_CAPTIONS) return;
  const dropped = new Set(setApart.map((caption) => (lines[caption.start] as PageLine).number));
  for (let index = captions.length - 1; index >= 0; index -= 1) if ((captions[index] as CaptionRun).reason === 'set-apart') captions.splice(index, 1);
  for (let index = warnings.length - 1; index >= 0; index -= 1) {
    const warning = warnings[index] as Warning;
    if (warning.rule === 'layout/caption-guess' && warning.line !== undefined && dropped.has(warning.line) && warning.message.endsWith('blank lines set it apart.')) warnings.splice(index, 1);
  }
}

/** Most lines read after a signature as captions. @default 8 */
const AFTER_SIGNATURE_LINES = 8;

/**
 * The captions a page printed after the article's signature: a signature (`Claire Dumont`,
 * `AFP`) on a line of its own after a sentence's end closes the article, so whole sentences
 * after it, up to the end, are not the article's; extraction in content-stream order puts there
 * the captions drawn after the text. Each line ending a sentence, or a picture's credit in any
 * of its forms (`… du matin. Photo AFP/Thomas SAMSON`: after the signature nothing of the body is
 * left to mistake for one), before one opening another ends a caption.
 */
function captionsAfterSignature(lines: readonly PageLine[]): CaptionRun[] {
  const last = lines.at(-1);
  if (last === undefined || !endsCaptionLine(last.content)) return [];
  for (let at = lines.length - 2; at >= Math.max(1, lines.length - 1 - AFTER_SIGNATURE_LINES); at -= 1) {
    const line = lines[at] as PageLine;
    // A picture's credit alone on its line (`Photo Jean Dupont`) names the photographer, not the article's writer.
    if (!isSignature(line.content) || creditAtEnd(line.content) === 0) continue;
    if (!endsSentence((lines[at - 1] as PageLine).content) || !startsLikeSentence((lines[at + 1] as PageLine).content)) return [];
    const runs: CaptionRun[] = [];
    let start = at + 1;
    for (let end = start + 1; end <= lines.length; end += 1) {
      const next = lines[end];
      if (next !== undefined && !(endsCaptionLine((lines[end - 1] as PageLine).content) && startsLikeSentence(next.content))) continue;
      runs.push({ start, end, reason: 'after-signature', evidence: `it follows the signature "${line.content}" on line ${line.number}, which closes the article` });
      start = end;
    }
    return runs;
  }
  return [];
}

/** A caption's line after the signature ends it: on a sentence's end or on a credit (every form: credit-forms.ts). */
function endsCaptionLine(text: string): boolean {
  return endsSentence(text) || creditInAnyForm(text) > 0;
}

/**
 * The end of the caption opening at `start`, right under a picture's frame: one sentence over
 * one to `CAPTION_LINES` lines, opening as a sentence does, its last line ending it and the
 * line after (if any) opening another block.
 */
function underPictureRun(lines: readonly PageLine[], start: number): number | undefined {
  if (!startsLikeSentence((lines[start] as PageLine).content)) return undefined;
  for (let end = start + 1; end <= Math.min(lines.length, start + CAPTION_LINES); end += 1) {
    if (!endsSentence((lines[end - 1] as PageLine).content)) continue;
    const after = lines[end];
    return after === undefined || startsLikeSentence(after.content) ? end : undefined;
  }
  return undefined;
}

/** The lines right before `index` are an intertitle, on one line or wrapped over two. */
function endsIntertitle(lines: readonly PageLine[], index: number, width: number): boolean {
  const before = lines[index - 1] as PageLine;
  const line = lines[index];
  if (isIntertitle(before, lines[index - 2], line, width)) return true;
  return index >= 2 && isTwoLineIntertitle(lines[index - 2] as PageLine, before, lines[index - 3], line, width);
}

/**
 * The end of a run of whole sentences starting at `start`, set apart by blank lines, that a
 * hyphenated word's two halves enclose: one to four lines, the last ending a sentence, then a
 * blank line and the word's end in lower case.
 */
function runInsideWord(lines: readonly PageLine[], start: number): number | undefined {
  for (let end = start + 1; end < Math.min(lines.length, start + DESCRIPTION_LINES + 1); end += 1) {
    const after = lines[end] as PageLine;
    if (after.pageBreakBefore) return undefined;
    if (!after.blankBefore) continue;
    return endsSentence((lines[end - 1] as PageLine).content) && /^\p{Ll}/u.test(after.content) ? end : undefined;
  }
  return undefined;
}

/** Space stands before the line: a blank line or a page break; or the text ends (no line). */
function isBlockEnd(next: PageLine | undefined): boolean {
  return next === undefined || next.blankBefore || next.pageBreakBefore;
}

/** A short line with no sentence punctuation at its end, opening with a capital: an intertitle above. */
function looksLikeHeading(text: string, width: number): boolean {
  if (text.length >= width * 0.75 || !/^\p{Lu}/u.test(text)) return false;
  // Not ending on `,` `;` `:` `-` `¬` (the last character read, not /[,;:\-¬]$/u tried from every position).
  const last = text.charCodeAt(text.length - 1);
  return last !== 44 && last !== 59 && last !== 58 && last !== 45 && last !== 0xac;
}

/**
 * The end of a description caption starting at `start`: one to three lines, the last ending
 * the sentence and followed by a line opening another one, none before it ending a sentence.
 * At the body's very end (where content-stream order leaves the captions drawn after the text)
 * only a description read alone, never one beside another caption or cutting a sentence.
 */
function descriptionRun(lines: readonly PageLine[], start: number, width: number, besideCaption: boolean, cut = false): number | undefined {
  for (let end = start + 1; end <= Math.min(lines.length, start + DESCRIPTION_LINES); end += 1) {
    const last = lines[end - 1] as PageLine;
    if (!endsSentence(last.content)) {
      // A caption's lines run full but for its last: a short one is a heading above it (a
      // printed line cut after its elided letter is no short line).
      const cutAfterElision = end < lines.length && elisionCut(last.content, (lines[end] as PageLine).content);
      if (!cutAfterElision && looksLikeHeading(last.content, width)) return undefined;
      continue;
    }
    // Beside another caption there, it must read as a description on its own (its moment or its
    // subject set in its place), without the leniency a caption lends the one under it.
    if (end === lines.length) return !cut && readsAsPictureDescription(roughText(lines.slice(start, end))) ? end : undefined;
    const after = lines[end] as PageLine;
    // Inside a cut sentence, the line after must be that sentence going on: taken out, the
    // caption lets the sentence join again (a sentence opening after it would leave it cut).
    if (cut ? !/^\p{Ll}/u.test(after.content) : !opensSentenceOrTurn(after.content)) return undefined;
    // Beside a caption, the block must visibly end too: its last line stops short of the column.
    if (besideCaption && !stopsShort(last, after, width)) return undefined;
    return readsAsPictureDescription(roughText(lines.slice(start, end)), besideCaption) ? end : undefined;
  }
  return undefined;
}
