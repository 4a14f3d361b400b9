/**
 * Dutch words at the start of a name that say the person's gender ("Oma Ria", "Buurman Kees"),
 * for the map's name field (graph/spokenName.ts). Only words that are unambiguous; "neef" is a
 * nephew or a male cousin, either way male. Lower case.
 */
import type { Gender } from '../graph/schema';

const female = ['oma', 'mama', 'moeder', 'ma', 'mam', 'tante', 'zus', 'zusje', 'zuster', 'nicht', 'dochter', 'buurvrouw', 'mevrouw', 'juf', 'stiefmoeder', 'schoonmoeder', 'overgrootmoeder', 'grootmoeder', 'vriendin', 'pleegmoeder'];
const male = ['opa', 'papa', 'vader', 'pa', 'pap', 'oom', 'broer', 'broertje', 'neef', 'zoon', 'buurman', 'meneer', 'meester', 'stiefvader', 'schoonvader', 'overgrootvader', 'grootvader', 'pleegvader'];

export const GENDER_WORDS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...female.map((w) => [w, 'female'] as const),
  ...male.map((w) => [w, 'male'] as const),
]);
