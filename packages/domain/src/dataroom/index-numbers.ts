/**
 * Index numbers such as 1, 1.2 and 1.2.3: folders and documents share one sequence among the
 * siblings of a parent. Positions are handed out once and never reused, so the owner's numbers
 * stay put when items are added, moved away or deleted. A grantee's numbers are counted over
 * what the grantee can see (`dense`), so a gap can never reveal that a hidden item exists.
 */
export interface PlacedItem {
  id: string;
  /** The parent folder, or null at the top level. */
  parentId: string | null;
  position: number;
}

export function indexNumbers(
  folders: readonly PlacedItem[],
  documents: readonly PlacedItem[],
  options: { dense: boolean },
): Map<string, string> {
  const siblings = new Map<string | null, PlacedItem[]>();
  for (const item of [...folders, ...documents]) {
    const list = siblings.get(item.parentId) ?? [];
    list.push(item);
    siblings.set(item.parentId, list);
  }
  const numbers = new Map<string, string>();
  const number = (parentId: string | null, prefix: string) => {
    const list = (siblings.get(parentId) ?? []).sort(
      (a, b) => a.position - b.position || a.id.localeCompare(b.id),
    );
    list.forEach((item, i) => {
      if (numbers.has(item.id)) return;
      const own = options.dense ? i + 1 : item.position;
      const full = prefix === '' ? String(own) : `${prefix}.${own}`;
      numbers.set(item.id, full);
      number(item.id, full);
    });
  };
  number(null, '');
  return numbers;
}

/** The next position under a parent: one more than the highest ever given there. */
export const nextPosition = (usedPositions: readonly number[]): number =>
  usedPositions.reduce((max, position) => Math.max(max, position), 0) + 1;
