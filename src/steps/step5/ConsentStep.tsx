/**
 * Step 5: the family decides who may know what (regie). Topics, then per network member and
 * topic: may know / may not know / undecided, who decided, and how they will be told.
 * "Bekijk als" shows one person's view instead: their summary first, and none of the others'
 * decisions (the pane would otherwise list what the preview says is hidden).
 */
import { useAppStore } from '../../state/react';
import { ConsentTable } from './ConsentTable';
import { TopicsEditor } from './TopicsEditor';
import { ViewAs } from './ViewAs';

export function ConsentStep() {
  const doc = useAppStore((s) => s.doc);
  const topicId = useAppStore((s) => s.session.topicId);
  const topic = doc.topics.find((tp) => tp.id === topicId);
  const viewAsPersonId = useAppStore((s) => s.session.viewAsPersonId);
  if (viewAsPersonId && doc.people.some((p) => p.id === viewAsPersonId)) return <ViewAs />;
  return (
    <>
      <TopicsEditor />
      {topic && <ConsentTable topic={topic} />}
      <ViewAs />
    </>
  );
}
