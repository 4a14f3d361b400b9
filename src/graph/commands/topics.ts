import { topicSchema, type CaseDocument, type Topic } from '../schema';
import { addTo, filterKeep, fitsSchema, patchIn, removeFrom, type UpdateArgs } from './records';

export function addTopic(doc: CaseDocument, topic: Topic): CaseDocument {
  return addTo(doc, 'topics', topic, (r) => fitsSchema(topicSchema, r));
}

export function updateTopic(doc: CaseDocument, args: UpdateArgs<Topic>): CaseDocument {
  return patchIn(doc, 'topics', args, (r) => fitsSchema(topicSchema, r));
}

/** Removes a topic and every consent given about it. */
export function removeTopic(doc: CaseDocument, { id }: { id: string }): CaseDocument {
  const next = removeFrom(doc, 'topics', id);
  if (next === doc) return doc;
  return { ...next, consents: filterKeep(next.consents, (c) => c.topicId !== id) };
}
