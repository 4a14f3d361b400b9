import { LIMITS, topicSchema, type CaseDocument, type Topic } from '../schema';
import { applyPatch, filterKeep, fitsSchema, idInUse, removeFrom, updateIn, type UpdateArgs } from './records';

export function addTopic(doc: CaseDocument, topic: Topic): CaseDocument {
  if (idInUse(doc, topic.id) || doc.topics.length >= LIMITS.records || !fitsSchema(topicSchema, topic)) return doc;
  return { ...doc, topics: [...doc.topics, topic] };
}

export function updateTopic(doc: CaseDocument, { id, patch }: UpdateArgs<Topic>): CaseDocument {
  return updateIn(doc, 'topics', id, (t) => {
    const next = applyPatch(t, patch);
    return fitsSchema(topicSchema, next) ? next : null;
  });
}

/** Removes a topic and every consent given about it. */
export function removeTopic(doc: CaseDocument, { id }: { id: string }): CaseDocument {
  const next = removeFrom(doc, 'topics', id);
  if (next === doc) return doc;
  return { ...next, consents: filterKeep(next.consents, (c) => c.topicId !== id) };
}
