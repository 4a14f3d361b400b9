/**
 * Skip re-layout when nothing structural changed (a name, a note, a need, a tie): the layout
 * is cached under genogramLayoutKey. One cache per view; only the last key is kept, which is
 * what an editor needs (undo of a rename does not lay out again either).
 */
import type { CaseDocument } from '../graph/schema';
import { genogramLayoutKey } from './genogramKey';
import { layoutGenogram } from './genogram';
import type { ElkLike } from './genogramElk';
import type { Positions } from './types';

export function createGenogramLayouter(elk: ElkLike): (doc: CaseDocument) => Promise<Positions> {
  let lastKey: string | null = null;
  let last: Promise<Positions> | null = null;
  return (doc) => {
    const key = genogramLayoutKey(doc);
    if (key === lastKey && last) return last;
    lastKey = key;
    const run = layoutGenogram(doc, elk);
    last = run;
    // A failed layout is not cached: the next call tries again (and the caller sees the error).
    run.catch(() => {
      if (last === run) (last = null), (lastKey = null);
    });
    return run;
  };
}
