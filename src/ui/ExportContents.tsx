/** "Wat gaat erin": what the PDF will hold, listed before it is made, so the family can check it. */
import type { ScopedCase } from '../graph/queries';
import { viewsOf, type MapChoice } from '../export/options';
import type { Table } from '../export/tables';
import { exportText } from '../i18n/export';

const t = exportText.contents;

export function ExportContents(props: { scoped: ScopedCase; map: MapChoice; tables: Table[]; withoutNotes: boolean; initials: boolean; comparison?: string | null }) {
  const { scoped, map, tables } = props;
  const views = viewsOf(map).map((v) => exportText.dialog.views[v]);
  const items = [
    views.length > 0 ? t.pages(views.join(', ')) : t.noMap,
    ...(props.comparison ? [props.comparison] : []),
    t.people(scoped.doc.people.length),
    ...tables.map((table) => t.table(table.title, table.rows.length)),
  ];
  if (scoped.recipient) {
    items.push(t.sharedTopics(scoped.sharedTopics.map((topic) => topic.label)));
    if (scoped.leftOutTopics > 0) items.push(t.leftOut(scoped.leftOutTopics));
    if (!props.withoutNotes) items.push(t.notesOthersOut);
  }
  if (props.withoutNotes) items.push(t.notesOut);
  if (props.initials) items.push(t.initials);
  return (
    <section className="export-contents" aria-labelledby="export-contents-title">
      <h3 id="export-contents-title">{exportText.dialog.contents}</h3>
      <ul aria-labelledby="export-contents-title">
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
