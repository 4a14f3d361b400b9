/**
 * Version 1 -> 2: snapshots may carry the positions of both views (`snapshots[i].layout`).
 * A v1 snapshot froze no positions, and none can be recovered: the case's layout today is not
 * how the map looked then, and inventing positions here would claim a freeze that never
 * happened. So v1 snapshots stay without a layout and are laid out from their own data when
 * drawn. A `layout` key a v1 file happened to carry on a snapshot had no meaning in v1 (unknown
 * fields are kept) and is dropped, so it cannot be misread as frozen positions or refuse the file.
 */
import type { Migration, RawCase } from './migrations';

const isObject = (v: unknown): v is RawCase => v !== null && typeof v === 'object' && !Array.isArray(v);

export const v1ToV2: Migration = {
  from: 1,
  to: 2,
  document(raw) {
    if (!Array.isArray(raw.snapshots)) return raw;
    return {
      ...raw,
      snapshots: raw.snapshots.map((s: unknown) => {
        if (!isObject(s) || !('layout' in s)) return s;
        const { layout: _meaningless, ...rest } = s;
        return rest;
      }),
    };
  },
};
