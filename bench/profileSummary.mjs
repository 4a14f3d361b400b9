// The CPU profile's and Chrome trace's summaries, shared by profile.mjs and profile-pdf.mjs.
export function summarize(profile) {
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  const parent = new Map();
  for (const x of profile.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
  const self = new Map();
  const total = new Map();
  const dt = profile.timeDeltas;
  const label = (x) => {
    const f = x.callFrame;
    const file = f.url ? f.url.split('/').pop() : '';
    return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
  };
  profile.samples.forEach((id, i) => {
    const ms = (dt[i + 1] ?? 0) / 1000;
    const x = byId.get(id);
    const l = label(x);
    self.set(l, (self.get(l) ?? 0) + ms);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const lc = label(byId.get(cur));
      if (seen.has(lc)) continue;
      seen.add(lc);
      total.set(lc, (total.get(lc) ?? 0) + ms);
    }
  });
  const top = (m, k, filter = () => true) =>
    [...m.entries()].filter(([l]) => filter(l)).sort((a, b) => b[1] - a[1]).slice(0, k).map(([l, v]) => `${v.toFixed(0).padStart(7)} ms  ${l}`);
  console.log('Self time, top 25:\n' + top(self, 25).join('\n'));
  console.log('\nTotal time (app code and React), top 40:\n' + top(total, 40, (l) => !l.startsWith('(')).join('\n'));
}

export function summarizeTrace({ traceEvents }) {
  const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const sums = new Map();
  for (const e of traceEvents) {
    if (e.ph !== 'X' || !main || e.pid !== main.pid || e.tid !== main.tid) continue;
    const s = sums.get(e.name) ?? { ms: 0, count: 0, max: 0 };
    s.ms += (e.dur ?? 0) / 1000;
    s.count++;
    s.max = Math.max(s.max, (e.dur ?? 0) / 1000);
    sums.set(e.name, s);
  }
  const rows = [...sums.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 20);
  console.log('\nTrace, main thread, summed per event (nested events count in their parents too):');
  for (const [name, s] of rows) console.log(`${s.ms.toFixed(0).padStart(7)} ms  ${String(s.count).padStart(5)}x  max ${s.max.toFixed(0).padStart(5)} ms  ${name}`);
}
