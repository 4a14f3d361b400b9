/**
 * What a professional types into the map's name field, the way people say it: "Oma Ria 1953",
 * "Opa Jan 1950-2021", "Tante Karin (1971)", "Oom Peter †2019". A year at the end is the birth
 * year; two years, or a cross, mark someone who has died. The words stay in the name as typed
 * ("Oma Ria" is what the family calls her); a leading kinship word ("oma", "oom") gives the
 * gender when the professional did not choose one. Saves four actions per person in the side
 * pane (issue 9). The word list is language data and comes from the caller (src/i18n).
 */
import type { Gender } from './schema';

export interface SpokenName {
  name: string;
  gender?: Gender;
  birthYear?: number;
  deathYear?: number;
  deceased?: boolean;
}

/** Birth years further back than this are not a year but part of a name ("Kamer 1234"). */
const EARLIEST = 1850;

const TAIL = /^(.*?)[\s,]*(?:\(\s*)?(?:(\d{4})\s*[-–—]\s*(\d{4})|(\d{4})?\s*(†)\s*(\d{4})?|(\d{4}))(?:\s*\))?\s*$/u;

export function parseSpokenName(text: string, thisYear: number, genderWords: ReadonlyMap<string, Gender> = new Map()): SpokenName {
  const trimmed = text.trim().replace(/\s+/gu, ' ');
  const out: SpokenName = { name: trimmed };
  const m = TAIL.exec(trimmed);
  const isYear = (y: number | undefined) => y !== undefined && y >= EARLIEST && y <= thisYear;
  if (m && m[1]!.trim() !== '') {
    const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
    const [born, died] = m[2] ? [num(m[2]), num(m[3])] : m[5] ? [num(m[4]), num(m[6])] : [num(m[7]), undefined];
    const cross = m[5] !== undefined;
    const plausible =
      (born === undefined || isYear(born)) && (died === undefined || isYear(died)) && (born === undefined || died === undefined || born <= died);
    if (plausible && (born !== undefined || died !== undefined || cross)) {
      out.name = m[1]!.trim();
      if (born !== undefined) out.birthYear = born;
      if (died !== undefined) out.deathYear = died;
      if (died !== undefined || cross) out.deceased = true;
    }
  }
  const first = out.name.split(' ')[0]!.toLocaleLowerCase('nl');
  const gender = genderWords.get(first);
  if (gender) out.gender = gender;
  return out;
}
