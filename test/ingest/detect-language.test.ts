/**
 * The language check's quick path (`looksFrench`) against franc-min's full answer: every French
 * text of the project's fixtures is taken as French by the function words alone, and texts in
 * the languages nearest to French, typed by hand for this test, are not: franc still judges them
 * and names them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { francAll } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { detectLanguage, looksFrench } from '../../src/ingest/detect-language.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** The text of every expected article in the fixtures (hand-written French), in reading order. */
function frenchFixtureTexts(): { file: string; text: string }[] {
  const found: { file: string; text: string }[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.expected.json')) {
        const article = JSON.parse(readFileSync(path, 'utf8')) as { blocks?: { text: string }[] };
        const text = (article.blocks ?? []).map((block) => block.text).join('\n');
        if (text.length >= 400) found.push({ file: name, text });
      }
    }
  };
  walk(FIXTURES);
  return found;
}

/** The same news, typed by hand in the languages a trigram or word test could mistake for French. */
const OTHER_LANGUAGES: Record<string, string> = {
  es: 'El ayuntamiento aprobó el martes por la noche el nuevo plan de transporte, que prevé dos líneas de autobús más y un carril para bicicletas a lo largo del río. Los vecinos del barrio norte, que llevaban años pidiendo una parada cerca del hospital, celebraron la decisión, aunque la oposición criticó el coste de las obras, que calcula en unos doce millones de euros. Las primeras obras empezarán en primavera y durarán al menos dos años, según el alcalde.',
  it: "Il consiglio comunale ha approvato martedì sera il nuovo piano dei trasporti, che prevede due linee di autobus in più e una pista ciclabile lungo il fiume. Gli abitanti del quartiere nord, che da anni chiedevano una fermata vicino all'ospedale, hanno accolto la decisione con favore, anche se l'opposizione ha criticato il costo dei lavori, stimato in circa dodici milioni di euro. I primi cantieri apriranno in primavera e dureranno almeno due anni, secondo il sindaco.",
  pt: 'A câmara municipal aprovou na terça-feira à noite o novo plano de transportes, que prevê mais duas linhas de autocarro e uma ciclovia ao longo do rio. Os moradores do bairro norte, que há anos pediam uma paragem perto do hospital, receberam bem a decisão, embora a oposição tenha criticado o custo das obras, estimado em cerca de doze milhões de euros. As primeiras obras começam na primavera e vão durar pelo menos dois anos, segundo o presidente da câmara.',
  ca: "L'ajuntament va aprovar dimarts a la nit el nou pla de transport, que preveu dues línies d'autobús més i un carril bici al llarg del riu. Els veïns del barri nord, que feia anys que demanaven una parada a prop de l'hospital, van celebrar la decisió, tot i que l'oposició va criticar el cost de les obres, que calcula en uns dotze milions d'euros. Les primeres obres començaran a la primavera i duraran com a mínim dos anys, segons l'alcalde.",
  ro: 'Consiliul local a aprobat marți seara noul plan de transport, care prevede încă două linii de autobuz și o pistă pentru biciclete de-a lungul râului. Locuitorii cartierului de nord, care cereau de ani de zile o stație lângă spital, au salutat decizia, deși opoziția a criticat costul lucrărilor, estimat la aproximativ douăsprezece milioane de euro. Primele lucrări vor începe în primăvară și vor dura cel puțin doi ani, potrivit primarului.',
  en: 'The town council approved the new transport plan on Tuesday evening, with two more bus lines and a cycle lane along the river. Residents of the northern district, who had been asking for a stop near the hospital for years, welcomed the decision, although the opposition criticised the cost of the works, which it puts at about twelve million euros. The first works will start in the spring and last at least two years, according to the mayor.',
  de: 'Der Stadtrat hat am Dienstagabend den neuen Verkehrsplan beschlossen, der zwei weitere Buslinien und einen Radweg entlang des Flusses vorsieht. Die Bewohner des Nordviertels, die seit Jahren eine Haltestelle in der Nähe des Krankenhauses gefordert hatten, begrüßten die Entscheidung, auch wenn die Opposition die Kosten der Arbeiten kritisierte, die sie auf etwa zwölf Millionen Euro schätzt. Die ersten Arbeiten beginnen im Frühjahr und dauern mindestens zwei Jahre, so der Bürgermeister.',
  da: 'Byrådet vedtog tirsdag aften den nye trafikplan, som giver to buslinjer mere og en cykelsti langs åen. Beboerne i den nordlige bydel, som i årevis har bedt om et stoppested ved hospitalet, tog godt imod beslutningen, selv om oppositionen kritiserede prisen på arbejdet, som den anslår til omkring tolv millioner euro. Det første arbejde går i gang til foråret og varer mindst to år, siger borgmesteren. Et nyt busstoppested er også på vej.',
  nl: 'De gemeenteraad heeft dinsdagavond het nieuwe vervoersplan goedgekeurd, met twee extra buslijnen en een fietspad langs de rivier. De bewoners van de noordelijke wijk, die al jaren om een halte bij het ziekenhuis vroegen, waren blij met het besluit, al bekritiseerde de oppositie de kosten van de werken, die zij op ongeveer twaalf miljoen euro schat. De eerste werken beginnen in het voorjaar en duren minstens twee jaar, volgens de burgemeester.',
};

describe('looksFrench', () => {
  const texts = frenchFixtureTexts();

  it('takes every French article of the fixtures as French, as franc does', () => {
    expect(texts.length).toBeGreaterThanOrEqual(60);
    for (const { file, text } of texts) {
      const sample = text.replace(/\s+/g, ' ').trim();
      expect(looksFrench(sample), file).toBe(true);
      expect(francAll(sample, { minLength: 120 })[0]?.[0], file).toBe('fra');
    }
  });

  it('leaves every text in a neighbouring language to franc, which names it', () => {
    for (const [language, text] of Object.entries(OTHER_LANGUAGES)) {
      expect(text.length, language).toBeGreaterThanOrEqual(400);
      expect(looksFrench(text), language).toBe(false);
      const detected = detectLanguage(text);
      expect(detected.language, language).not.toBe('fr');
    }
    expect(detectLanguage(OTHER_LANGUAGES.es ?? '')).toEqual({ language: 'es', confident: true });
    expect(detectLanguage(OTHER_LANGUAGES.it ?? '')).toEqual({ language: 'it', confident: true });
    expect(detectLanguage(OTHER_LANGUAGES.de ?? '')).toEqual({ language: 'de', confident: true });
  });

  it('does not decide on a short text, nor on a French list of names and figures', () => {
    expect(looksFrench('Le maire et les élus sont partis avec nous à Lyon pour une réunion.')).toBe(false);
    const roster = Array.from({ length: 40 }, (_, index) => `Jean Dupont ${index + 1} Lyon Marseille Toulouse`).join(' ');
    expect(looksFrench(roster)).toBe(false);
  });
});
