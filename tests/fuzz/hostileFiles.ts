/**
 * Hostile case files of a given size, shared by the unit tests, the e2e import test and the
 * bench. Browser-safe (no Node APIs).
 */

const header = (title: string) => ({
  format: 'netwerkkaart',
  version: 1,
  case: { id: 'c-hostile', title, createdAt: '2026-11-28', updatedAt: '2026-11-28' },
});

/**
 * The file from issue 7: a chain of `links` parent links p0 -> p1 -> ... plus one link back to
 * p0, between people the file does not contain (at most 5,000 may be listed, so a chain this
 * long cannot be of real people). ~76 bytes a link: 20,000 links are ~1.5 MB, 50,000 ~3.8 MB.
 * Refused at the first dangling reference; it used to run the quadratic cycle search first.
 */
export function danglingParentChain(links: number): string {
  const relations = Array.from({ length: links }, (_, i) => ({ id: `r${i}`, kind: 'parent', from: `p${i}`, to: `p${i + 1}`, type: 'biological' }));
  relations.push({ id: 'r-back', kind: 'parent', from: `p${links}`, to: 'p0', type: 'biological' });
  return JSON.stringify({ ...header('Keten'), people: [], relations });
}

/** 5,000 real people (the limit) in one parent chain that closes a cycle: refused at relations[4999]. */
export function peopleCycle(people = 5000): string {
  const list = Array.from({ length: people }, (_, i) => ({ id: `p${i}`, name: `Persoon ${i}`, gender: 'unknown', sector: 'family', closeness: 2 }));
  const relations = Array.from({ length: people - 1 }, (_, i) => ({ id: `r${i}`, kind: 'parent', from: `p${i}`, to: `p${i + 1}`, type: 'biological' }));
  relations.push({ id: 'r-back', kind: 'parent', from: `p${people - 1}`, to: 'p0', type: 'biological' });
  return JSON.stringify({ ...header('Kring'), people: list, relations });
}
