/**
 * What the current step adds to each person's node on the map. Pure: the canvas draws the
 * result and the PDF export can draw the same. Which layer shows is decided by the step, so
 * the map annotates exactly what the family is talking about at that moment:
 *   step 2 -> the letters of each family member's needs (dashed frames);
 *   step 3 -> P/G/A/E support letters, "nog niemand: n" on whoever has needs nobody helps with
 *             yet, a warning on people who carry many offers, and the perspective filter
 *             (people not named by the chosen side are dimmed);
 *   step 5 -> the consent decisions taken for the selected topic (only those: a "?" beside
 *             everyone not yet asked buried the few decisions; the pane counts the rest); in a
 *             "bekijk als" preview the map
 *             shows only what that person may see (visibleTo): their own decision for a topic
 *             they may know, nobody else's, and people left out of their view are dimmed;
 *   step 6 -> agreement tags (A1, A2, ...).
 */
import { SUPPORT_CATEGORIES, type CaseDocument, type SupportCategory } from '../graph/schema';
import { consentDecisionLabels, supportCategoryLabels } from '../i18n/labels';
import { overlayText } from '../i18n/steps';
import type { NodeOverlay, OverlaySession } from '../state/overlay';
import { familyMembers } from './model/familyMembers';
import { consentFor, needCoverage, visibleTo } from '../graph/queries';
import { supportCategoryOf } from '../graph/support';
import { offerLoad, OVERLOAD_THRESHOLD } from './model/load';

export type { OverlaySession };

export function computeOverlays(doc: CaseDocument, session: OverlaySession): Map<string, NodeOverlay> {
  const result = new Map<string, NodeOverlay>();
  const step = session.step;
  const family = new Set(familyMembers(doc).map((m) => m.person.id));

  const support = new Map<string, Set<SupportCategory>>();
  const counts = step === '3' ? offerLoad(doc) : new Map<string, number>();
  if (step === '3') {
    for (const o of doc.offers) {
      // An offer without a category still counts, under its type's letter.
      const category = supportCategoryOf(o);
      const set = support.get(o.by) ?? new Set<SupportCategory>();
      set.add(category);
      support.set(o.by, set);
    }
  }

  const needs = new Map<string, Set<SupportCategory>>();
  if (step === '2') {
    for (const n of doc.needs) needs.set(n.of, (needs.get(n.of) ?? new Set<SupportCategory>()).add(supportCategoryOf(n)));
  }
  const open = new Map<string, number>();
  if (step === '3') {
    for (const { need, offers } of needCoverage(doc)) if (offers.length === 0) open.set(need.of, (open.get(need.of) ?? 0) + 1);
  }

  // In a preview, read consent from the redacted case, so a hidden topic marks nobody.
  const preview = step === '5' && session.viewAsPersonId ? visibleTo(doc, session.viewAsPersonId) : null;
  const seen = preview ? preview.doc : doc;
  const topic = step === '5' && session.topicId ? seen.topics.find((t) => t.id === session.topicId) : undefined;
  const decisions = topic ? consentFor(seen, topic.id) : null;
  const inView = preview ? new Set(preview.doc.people.map((p) => p.id)) : null;

  const tags = new Map<string, string[]>();
  if (step === '6') {
    doc.agreements.forEach((a, i) => {
      for (const id of a.with) tags.set(id, [...(tags.get(id) ?? []), overlayText.agreementTag(i + 1)]);
    });
  }

  for (const person of doc.people) {
    const letters = SUPPORT_CATEGORIES.filter((c) => support.get(person.id)?.has(c));
    const needLetters = SUPPORT_CATEGORIES.filter((c) => needs.get(person.id)?.has(c));
    const openCount = open.get(person.id) ?? 0;
    const overloaded = step === '3' && (counts.get(person.id) ?? 0) >= OVERLOAD_THRESHOLD;
    const marked = topic && !person.focus && (!preview || person.id === preview.person.id);
    const decided = marked ? decisions?.get(person.id) : undefined;
    const consent = decided === 'undecided' ? undefined : decided;
    const agreements = tags.get(person.id) ?? [];
    let dimmed = false;
    if (step === '3' && session.perspective !== 'all' && !family.has(person.id)) {
      dimmed = !(person.namedBy ?? []).includes(session.perspective);
    }
    if (inView && !inView.has(person.id)) dimmed = true;

    const parts: string[] = [];
    if (letters.length > 0) parts.push(overlayText.support(letters.map((c) => supportCategoryLabels[c].toLowerCase())));
    if (needLetters.length > 0) parts.push(overlayText.needs(needLetters.map((c) => supportCategoryLabels[c].toLowerCase())));
    if (openCount > 0) parts.push(overlayText.openNeedsSaid(openCount));
    if (overloaded) parts.push(overlayText.overloaded(counts.get(person.id) ?? 0));
    if (consent && topic) parts.push(`${consentDecisionLabels[consent].toLowerCase()}: ${topic.label}`);
    if (agreements.length > 0) parts.push(overlayText.agreements(agreements));
    if (dimmed) parts.push(preview ? overlayText.hiddenInViewAs : overlayText.notNamed);

    if (letters.length === 0 && needLetters.length === 0 && openCount === 0 && !overloaded && !consent && agreements.length === 0 && !dimmed) continue;
    const overlay: NodeOverlay = { support: letters, overloaded, agreements, dimmed };
    if (needLetters.length > 0) overlay.needs = needLetters;
    if (openCount > 0) overlay.openNeeds = overlayText.openNeeds(openCount);
    if (consent) overlay.consent = consent;
    if (parts.length > 0) overlay.description = parts.join('; ');
    result.set(person.id, overlay);
  }
  return result;
}
