/**
 * A signature that gives the writer's post beside the name, on the body's last line: the name,
 * a comma and the post (`Nicolas Ferrier, envoyé spécial`, `Me Anne Roux, avocate au barreau de
 * Tours`, `Karim B., correspondant à Oran`), or the post, a comma and the name, as an official
 * notice is signed (`Le président, Jean Dupont`, `La maire, Anne Roux`). Either is read only as
 * a line of its own closing the body after a sentence's end (the callers' evidence); here only
 * its shape: two pieces, one a name as a signature gives it (layout-block.ts's `isSignature`),
 * opening on no preposition or article, the other a post in lower case of a few words, no
 * figure, no sentence's punctuation closing it, and no word a clause opens on (`…, qui a…`,
 * `…, il faut…`): a line of prose naming a person is a sentence and ends on a stop.
 */
import { isSignature } from './layout-block.ts';

/** Most characters of a signature with a post. @default 70 */
const SIGNATURE_WITH_POST_LENGTH = 70;
/** Most words of the post. @default 6 */
const POST_WORDS = 6;
/** A post in lower case: `envoyé spécial`, `avocate au barreau de Blois`, `correspondante à Bruxelles`. */
const POST = /^\p{Ll}[\p{L}'’-]*(?: (?:\p{Ll}[\p{L}'’-]*|\p{Lu}[\p{L}'’-]*)){0,5}$/u;
/** A post named before the name, after its article: `Le président`, `La maire`, `Le directeur général`. */
const POST_FIRST = /^(?:Le|La) \p{Ll}[\p{Ll}'’-]+(?: \p{Ll}[\p{Ll}'’-]+){0,2}$/u;
/** The words a clause or a sentence's piece opens on, which no post does (`…, n’a été repris`, `…, en montrant`). */
const CLAUSE_OPENING = /^(?:(?:qui|que|dont|où|il|elle|ils|elles|on|a|ont|est|sont|et|mais|ou|car|donc|selon|comme|alors|puis|ne|se|en|y)(?=\s|$)|(?:qu|n|s)['’])/u;
/** A post ends on a word of its own, not on a preposition or an article a line cuts off (`…, professeure de`). */
const OPEN_END = /(?:^|[\s'’])(?:de|du|des|d['’]|à|au|aux|la|le|les|l['’]|un|une|en|avec|par|pour|sur|dans|et|ou)$/u;
/**
 * A preposition or an article opening the piece before the comma: a sentence's opening (`À
 * Coltines, le pylône…`, `Pour Marc Vidal, le compte…`, `Le Rex, dernier cinéma…`), not a name.
 */
const NOT_A_NAME = /^(?:À|A|Au|Aux|En|Pour|Chez|Dans|Sur|Sous|Selon|Avec|Le|La|Les|L['’]|Un|Une|Des|Du)(?=[\s'’])/u;

/** The line is a signature with the writer's post (see the module's comment). */
export function isSignedWithPost(text: string): boolean {
  if (text.length > SIGNATURE_WITH_POST_LENGTH || /[.,;:!?…»"”)-]$/u.test(text)) return false;
  const pieces = text.split(', ');
  if (pieces.length !== 2) return false;
  const [first, second] = pieces as [string, string];
  if (!NOT_A_NAME.test(first) && isSignature(first) && POST.test(second) && second.split(' ').length <= POST_WORDS && !CLAUSE_OPENING.test(second) && !OPEN_END.test(second)) return true;
  return POST_FIRST.test(first) && isSignature(second) && !/^\p{Lu}{2,6}$/u.test(second);
}
