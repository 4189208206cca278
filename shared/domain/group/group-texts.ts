import { createStoryGrouper, type StoryGrouperOptions } from './story-grouper';

/**
 * Batch grouping: each text joins the group of its best earlier near-duplicate (union-find, so chains of
 * versions A~B~C end in one story even when A and C differ more). Groups are listed by their first member,
 * members in input order. Ids must be unique (adding an id again replaces the earlier text).
 */
export function groupTexts(items: readonly { id: string; text: string }[], options?: StoryGrouperOptions): string[][] {
  const grouper = createStoryGrouper(options);
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(id, r);
    return r;
  };
  for (const { id, text } of items) {
    parent.set(id, id);
    const match = grouper.add(id, text);
    if (match !== null) parent.set(root(id), root(match));
  }
  // A Map keeps insertion order, and a group is inserted at its first member: groups come out in input order.
  const groups = new Map<string, string[]>();
  for (const { id } of items) {
    const r = root(id);
    const group = groups.get(r);
    if (group) group.push(id);
    else groups.set(r, [id]);
  }
  return [...groups.values()];
}
