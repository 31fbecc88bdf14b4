/**
 * A signature that gives the writer's post beside the name, on the body's last line: the name,
 * a comma and the post (`Nicolas Ferrier, envoyé spécial`, `Me Anne Roux, avocate au barreau de
 * Tours`, `Karim B., correspondant à Oran`), or the post, a comma and the name, as an official
 * notice is signed (`Le président, Jean Dupont`, `La maire, Anne Roux`). Either is read only as
 * a line of its own closing the body after a sentence's end (the callers' evidence); here only
 * its shape: two pieces, one a name as a signature gives it (layout-block.ts's `isSignature`),
 * the other a post in lower case of a few words, no figure, no sentence's punctuation closing
 * it, and no word a clause opens on (`…, qui a…`, `…, il faut…`): a line of prose naming a
 * person is a sentence and ends on a stop.
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
/** The words a clause or a sentence's piece opens on, which no post does. */
const CLAUSE_OPENING = /^(?:qui|que|qu['’]|dont|où|il|elle|ils|elles|on|a|ont|est|sont|et|mais|ou|car|donc|selon|comme|alors|puis)(?=[\s'’]|$)/u;

/** The line is a signature with the writer's post (see the module's comment). */
export function isSignedWithPost(text: string): boolean {
  if (text.length > SIGNATURE_WITH_POST_LENGTH || /[.,;:!?…»"”)]$/u.test(text)) return false;
  const pieces = text.split(', ');
  if (pieces.length !== 2) return false;
  const [first, second] = pieces as [string, string];
  if (isSignature(first) && POST.test(second) && second.split(' ').length <= POST_WORDS && !CLAUSE_OPENING.test(second)) return true;
  return POST_FIRST.test(first) && isSignature(second) && !/^\p{Lu}{2,6}$/u.test(second);
}
