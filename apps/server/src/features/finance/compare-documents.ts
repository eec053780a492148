/** One input value that differs between two versions of a model document. */
export interface DocumentChange {
  /** Dotted path, array indices as numbers ("financing.loans.0.rate"). */
  path: string;
  /** null when the field is absent on that side. */
  from: unknown;
  to: unknown;
}

/** Every leaf (number, text, boolean, null, empty list or object) of a JSON document by dotted path. */
function collectLeaves(value: unknown, path: string, leaves: Map<string, unknown>): void {
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length > 0) {
      for (const [key, child] of entries) collectLeaves(child, path ? `${path}.${key}` : key, leaves);
      return;
    }
  }
  leaves.set(path, value);
}

/**
 * The input leaves that differ between two documents, in the order they appear (first `from`'s
 * paths, then paths only `to` has). A list that grew shows its new entries' leaves as added; one that
 * shrank shows the removed ones going to null.
 */
export function listDocumentChanges(from: unknown, to: unknown): DocumentChange[] {
  const before = new Map<string, unknown>();
  const after = new Map<string, unknown>();
  collectLeaves(from, '', before);
  collectLeaves(to, '', after);
  const paths = new Set([...before.keys(), ...after.keys()]);
  const changes: DocumentChange[] = [];
  for (const path of paths) {
    const a = before.has(path) ? before.get(path) : null;
    const b = after.has(path) ? after.get(path) : null;
    if (JSON.stringify(a) !== JSON.stringify(b)) changes.push({ path, from: a ?? null, to: b ?? null });
  }
  return changes;
}
