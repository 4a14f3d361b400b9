/** The trend over all snapshots and now, as the chart from src/draw and a small table per sector. */
import { useMemo } from 'react';
import { trend, type Moment } from '../../graph/diff';
import { SECTORS, type CaseDocument } from '../../graph/schema';
import { drawTrend } from '../../draw/trendChart';
import { sectorLabels } from '../../i18n/labels';
import { snapshotText as t, trendWords } from '../../i18n/snapshots';
import { SvgTree } from '../../canvas/SvgTree';
import { formatMomentDate } from './momentLabel';

export function TrendView({ doc }: { doc: CaseDocument }) {
  const points = useMemo(() => {
    const moments: Moment[] = doc.snapshots.map((s) => ({ label: s.label || formatMomentDate(s.takenAt), at: s.takenAt, data: s.data }));
    // "Nu" is always the last moment, also after a snapshot dated ahead by hand.
    moments.push({ label: t.now, at: '9999-12-31', data: doc });
    return trend(moments);
  }, [doc]);
  const chart = useMemo(() => drawTrend(points, trendWords), [points]);
  return (
    <section className="snap-trend" aria-labelledby="snap-trend-title">
      <h3 id="snap-trend-title">{t.trend}</h3>
      <SvgTree node={chart.node} width={chart.width} height={chart.height} title={t.trend} className="snap-trend__chart" />
      <table className="snap-trend__table">
        <caption>Mensen per sector</caption>
        <thead>
          <tr>
            <th scope="col">Sector</th>
            {points.map((p, i) => (
              <th key={i} scope="col">
                {p.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {SECTORS.map((s) => (
            <tr key={s}>
              <th scope="row">{sectorLabels[s]}</th>
              {points.map((p, i) => (
                <td key={i}>{p.bySector[s]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
