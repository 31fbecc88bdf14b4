/**
 * A web page's chrome, told by its words alone: what a page prints around an article and a
 * reader does not take for its text, whether it comes from the page's markup (`html-layout.ts`)
 * or from a browser's copy of the page, a paragraph a line (`plain-layout.ts`). Only a short
 * block is read so: a paragraph that opens on `Lire aussi` and runs on is the article's.
 */
import { endsSentence } from './layout-block.ts';
import { MONTH_ACCENTED, WEEKDAY } from './french-dates.ts';

/**
 * At a block's start: a date of publication or update, a reading time, sharing, subscription and
 * bookmarking prompts, a related article's link, an advertisement's label.
 */
const WEB_CHROME =
  /^(?:(?:publié|mis à jour|modifié|actualisé)(?: le| à)?\s+\d+|temps de lecture|lecture\s*:?\s*\d+\s*min|\d+\s*min(?:utes?)? de lecture|partager|partagez|tweeter|imprimer|envoyer par (?:e-)?mail|copier le lien|réagir|commenter|s['’]abonner|abonnez-vous|article réservé aux abonnés|réservé aux abonnés|offrir cet article|lire plus tard|écouter cet article|ajouter à (?:mes|vos) (?:sélections|favoris)|(?:à )?lire aussi|(?:à )?voir aussi|sur le même sujet|lire la suite|publicité$|annonce$)(?![\p{L}\p{N}])/iu;
/** A sharing button's name, the whole block: `Facebook`, `X`, `E-mail`. */
const SHARING_BUTTON = /^(?:facebook|twitter|x|linkedin|whatsapp|messenger|bluesky|threads|e-?mail|courriel)$/iu;
/** A date and maybe a time, alone: `Le 29 novembre 2026 à 17:05`, `mardi 3 décembre 2026`, `17/11/2026 - 18h42`. */
const DATE_ONLY = new RegExp(
  String.raw`^(?:le |du )?(?:${WEEKDAY} )?(?:\d{1,2}(?:er)? ${MONTH_ACCENTED} \d{4}|\d{1,2}\/\d{1,2}\/\d{2,4})(?:,? (?:à |-|—|–)? ?\d{1,2} ?[h:] ?\d{0,2})?$`,
  'iu',
);
/** A block this long or longer is text, whatever it opens with. @default 120 */
const CHROME_CHARACTERS = 120;
/** A sentence this long or longer is text, whatever it opens with: a prompt is no sentence. @default 60 */
const SENTENCE_CHARACTERS = 60;

/** Why the block is a web page's chrome rather than its article's text; undefined when it is text. */
export function webChromeReason(text: string): string | undefined {
  if (!/[\p{L}\p{N}]/u.test(text)) return `"${text}" holds no word: a separator`;
  if (text.length >= CHROME_CHARACTERS || (text.length >= SENTENCE_CHARACTERS && endsSentence(text))) return undefined;
  if (WEB_CHROME.test(text)) return `"${text}" is a web page’s prompt or date, not the article’s text`;
  if (SHARING_BUTTON.test(text)) return `"${text}" is a sharing button’s name`;
  if (DATE_ONLY.test(text)) return `"${text}" is a date standing alone: the page’s, not the article’s text`;
  return undefined;
}
