/**
 * ELK's worker, loaded only when a snapshot is taken or drawn: the snapshot controls sit in the
 * shell and in step 6, which are also mounted in unit tests without a worker (and without the
 * worker's `?url` asset); a static import would pull ELK into all of them.
 */
import type { ElkLike } from '../../layout/genogram';

export async function loadElk(): Promise<ElkLike> {
  const { getElk } = await import('../../layout/elk');
  return getElk();
}
