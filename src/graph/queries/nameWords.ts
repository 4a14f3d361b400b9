/**
 * Dutch words that often stand in a person's name in this app ("Oma Ans", "Tante Karin",
 * "Coach Dirk", "Mark de Vries") without naming anyone: kinship and role words, and the
 * particles of surnames. Matching data for "Initialen in plaats van namen", not interface
 * text: a kinship word before a name stays readable in the initials ("Oma A.B."), and neither
 * kind is masked in free text, where "bij oma" or "de school" are ordinary words. Words that are
 * also first names ("Peter", "Ben", "Al") are left out of both lists on purpose.
 */
export const KINSHIP_WORDS: ReadonlySet<string> = new Set([
  'oma', 'opa', 'omi', 'opi', 'grootmoeder', 'grootvader', 'overgrootmoeder', 'overgrootvader',
  'moeder', 'vader', 'mama', 'papa', 'mam', 'pap', 'mams', 'paps', 'stiefmoeder', 'stiefvader',
  'pleegmoeder', 'pleegvader', 'pleegmama', 'pleegpapa', 'tante', 'oom', 'neef', 'nicht',
  'broer', 'zus', 'zuster', 'broertje', 'zusje', 'halfbroer', 'halfzus', 'stiefbroer', 'stiefzus',
  'zoon', 'dochter', 'kleinzoon', 'kleindochter', 'baby', 'buurvrouw', 'buurman', 'buren',
  'vriend', 'vriendin', 'juf', 'meester', 'mentor', 'coach', 'trainer', 'dokter', 'huisarts',
  'dominee', 'imam', 'pastor', 'wijkagent', 'peetoom', 'peettante',
]);

/** Surname particles (tussenvoegsels) and their like in other languages of the families. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'den', 'der', 'van', 'het', "'t", 'te', 'ten', 'ter', 'op', 'in', 'aan', 'bij', 'la', 'le', 'du', 'da', 'di',
  'des', 'del', 'von', 'zu', 'el', 'bin', 'ibn', 'bint', 'y',
]);
