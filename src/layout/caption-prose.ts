/**
 * What a caption's words never do. A caption names what a picture shows, whole in itself: read
 * beside the picture, before or after the text, it takes up nothing the text said and nobody
 * speaks in it. So a sentence that
 * - opens on a personal or demonstrative pronoun or a conjunction (`Elle repart dix minutes plus
 *   tard…`, `Mais la mairie…`): it takes up or goes on from the sentence before;
 * - sets a stressed pronoun apart by commas after its subject (`Les usagers, eux, s’organisent.`,
 *   `Les prix, eux, ne baissent pas.`): it contrasts with what the text said before;
 * - speaks in the first or second person (`je`, `nous`, `vous`, `notre`, `vos`, `mon`…): a
 *   letter, a quotation, the paper addressing its readers (`Notre article citait…`);
 * - opens on a figure: French typography spells out a number opening a sentence; a line that opens
 *   on one is a list's item (`40 g de beurre, du sel…`, a results line);
 * - denies (`ne … pas`, `n’a jamais`, `ne … plus`) outside a relative clause: a picture shows
 *   what is there, never what is not or did not happen (`La gendarmerie … n’a pas relevé
 *   d’augmentation des cambriolages.`);
 * - opens on whose word it reports (`Selon le lycée, …`, `D’après …`): an account, not a sight;
 * is the body's prose, however it stands on the page. No caption of any split's expected text
 * does any of these (152 captions read; the last two, session 50: none of the development half's
 * 176 captions denies or reports, where 246 of its 1,693 paragraphs deny and 15 open on `Selon` or
 * `D’après`). On that half, 45 paragraphs of held-out-28, -30, -32, -34 and -36 (eleven tools:
 * swing, luatex, lilypond, horde, ExcelTS, fcl-pdf, PDFium, pikepdf, pdf4tcl, pdfrw, PDFjet; every
 * text path) that deny or report were taken for a caption above an intertitle or set apart by
 * blank lines, and so read after the body, out of its order; no caption taken was lost.
 */

/**
 * A personal or demonstrative pronoun, or a conjunction, opening the sentence: it takes up or
 * goes on from what the text said before, as a caption, naming what it shows, does not.
 */
export const PRONOUN_OPENING = /^(?:Il|Elle|Ils|Elles|On|Ce|Cela|Ça|Mais|Et|Or|Donc|Car|Puis|Pourtant|Ainsi|Alors|Enfin|Pour \d{4})(?=[\s,'’])|^C['’]/u;
/** A stressed pronoun set apart by commas after the subject (`Les usagers, eux, s’organisent`). */
const STRESSED_PRONOUN = /, (?:eux|elles?|lui|moi|toi|nous|vous), /u;
/** A person speaking: a first- or second-person pronoun or possessive. */
const SPEAKER = /(?:^|[\s«“'’(])(?:je|tu|nous|vous|notre|nos|votre|vos|mon|ma|mes|ton|ta|tes)(?=[\s,.;:!?»”)])|(?:^|[\s«“(])j['’]/iu;
/** A figure opening the text. */
const FIGURE_OPENING = /^\d/u;
/**
 * A denial: `ne` or `n’` then, within two words (`n’a pas`, `ne l’a pas`, `n’a même jamais`), the
 * word that closes the negation. In small letters only: `N’Diaye` is a name.
 */
const DENIAL = /(?:^|[\s«“(])(?:ne\s|n['’])(?:\S+\s){0,2}?(?:pas|jamais|plus|rien|guère|aucune?|personne)(?=[\s,.;:!?»”)]|$)/u;
/**
 * A relative clause after a comma, to the next comma or the end: it may say what is around the
 * picture (`Jeanne Ferrand et ses deux chiens, dont elle ne se sépare jamais.`), so a denial
 * counts only outside it, as body-captions.ts reads a narrating verb in the main clause only.
 */
const RELATIVE_CLAUSE = /, (?:qui|que|qu['’]|dont|où) [^,]*/gu;
/** Whose word the sentence reports, opening it: an account of what someone said. */
const REPORTED = /^(?:Selon|D['’]après)\s/u;

/** The text reads as the body's prose, never a caption (see the module's comment). */
export function readsAsProse(text: string): boolean {
  return PRONOUN_OPENING.test(text) || FIGURE_OPENING.test(text) || STRESSED_PRONOUN.test(text) || SPEAKER.test(text) || DENIAL.test(text.replace(RELATIVE_CLAUSE, '')) || REPORTED.test(text);
}
