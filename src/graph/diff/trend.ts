/**
 * The trend over all snapshots of a case (and now): per moment, people per sector and ring,
 * offers by professionals against offers by the informal network, open against covered needs.
 * The figures a professional shows the family to see whether the network is taking over.
 */
import { SECTORS, type CaseData, type Sector } from '../schema';
import { coveredNeedIds } from './facts';
import { offerShare, type OfferShare } from './summary';

export interface TrendPoint {
  label: string;
  /** ISO date; "now" has the time the trend was made. */
  at: string;
  people: number;
  bySector: Record<Sector, number>;
  /** People in ring 1, 2 and 3 (the focus person in the centre is not in a ring). */
  byRing: [number, number, number];
  offers: OfferShare;
  needs: { open: number; covered: number };
}

export interface Moment {
  label: string;
  at: string;
  data: CaseData;
}

export function trendPoint({ label, at, data }: Moment): TrendPoint {
  const bySector = Object.fromEntries(SECTORS.map((s) => [s, 0])) as Record<Sector, number>;
  const rings = [0, 0, 0, 0];
  for (const p of data.people) {
    bySector[p.sector]++;
    if (!p.focus) rings[p.closeness] = (rings[p.closeness] ?? 0) + 1;
  }
  const byRing: [number, number, number] = [rings[1]!, rings[2]!, rings[3]!];
  const covered = coveredNeedIds(data);
  const coveredCount = data.needs.filter((n) => covered.has(n.id)).length;
  return { label, at, people: data.people.length, bySector, byRing, offers: offerShare(data), needs: { open: data.needs.length - coveredCount, covered: coveredCount } };
}

/** One point per moment, oldest first (by date; moments of the same date keep their order). */
export function trend(moments: readonly Moment[]): TrendPoint[] {
  return moments
    .map((m, i) => ({ m, i }))
    .sort((a, b) => (a.m.at < b.m.at ? -1 : a.m.at > b.m.at ? 1 : a.i - b.i))
    .map(({ m }) => trendPoint(m));
}
