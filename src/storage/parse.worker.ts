/**
 * Reads an imported file off the main thread: decoding, JSON, zod and the reference checks of a
 * 20 MB (or hostile) file take long enough to freeze the page. One worker per import, ended
 * after it answers, so nothing of one file lingers for the next.
 */
import { parseCase, parseCaseBytes } from '../graph/parse';
import type { ParseReply, ParseRequest } from './parseOffThread';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: ParseReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  try {
    const result = data.bytes ? parseCaseBytes(new Uint8Array(data.bytes)) : parseCase(data.text ?? '');
    scope.postMessage({ result });
  } catch (e) {
    // parseCase returns refusals; a throw is a bug, passed on so the main thread does not wait forever.
    scope.postMessage({ crashed: e instanceof Error ? e.message : String(e) });
  }
};
