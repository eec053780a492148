// Where a validation issue from the server (a dotted path such as "financing.loans.0.tenorYears")
// is shown: the DOM id of its field, the editor section it belongs to, the issues of one field.
import type { FieldPath } from './model-document.ts';

/** One issue of a 422 `finance.model_invalid` answer. */
export interface ModelIssue {
  path: string;
  code: string;
  message: string;
}

/** The editor's sections, in page order. */
export const SECTIONS = [
  'general',
  'capex',
  'financing',
  'products',
  'costs',
  'royalties',
  'tax',
  'workingCapital',
  'mining',
] as const;
export type SectionKey = (typeof SECTIONS)[number];

const SECTION_OF_FIELD: Record<string, SectionKey> = {
  capex: 'capex',
  financing: 'financing',
  products: 'products',
  fixedCosts: 'costs',
  variableCosts: 'costs',
  royalties: 'royalties',
  tax: 'tax',
  workingCapital: 'workingCapital',
  mining: 'mining',
};

/** The section a path belongs to; anything else (name, currency, years, rates, analysis) is general. */
export function sectionOfPath(path: string): SectionKey {
  const head = path.split('.')[0] ?? '';
  return SECTION_OF_FIELD[head] ?? 'general';
}

/** Dotted form of a field path, as the server writes it. */
export function toDottedPath(path: FieldPath): string {
  return path.join('.');
}

/** The DOM id of the input (or block) for a path: "capex.0.schedule.2" → "finance-field-capex-0-schedule-2". */
export function fieldIdOf(path: string | FieldPath): string {
  const dotted = typeof path === 'string' ? path : toDottedPath(path);
  return dotted === '' ? 'finance-field-root' : `finance-field-${dotted.replace(/\./g, '-')}`;
}

/**
 * The path and its ancestors, nearest first: "financing.loans.0.tenorYears" → itself,
 * "financing.loans.0", "financing.loans", "financing". An issue whose own field has no input
 * (a list that must not be empty, a whole item) is shown at the nearest ancestor that has one.
 */
export function listAncestorPaths(path: string): string[] {
  const segments = path === '' ? [] : path.split('.');
  const paths: string[] = [];
  for (let length = segments.length; length > 0; length--) paths.push(segments.slice(0, length).join('.'));
  return paths;
}

/** Groups issues by exact path, for fields to look up their own messages. */
export function groupIssuesByPath(issues: readonly ModelIssue[]): Map<string, string[]> {
  const byPath = new Map<string, string[]>();
  for (const issue of issues) {
    const list = byPath.get(issue.path) ?? [];
    if (!list.includes(issue.message)) list.push(issue.message);
    byPath.set(issue.path, list);
  }
  return byPath;
}

/**
 * The issues of a year row and of each of its cells: row-level ones (the shares do not sum to 1)
 * under the row, a cell's own (not a number, over 100 %) on the cell. Cells by column index.
 */
export function collectRowIssues(byPath: ReadonlyMap<string, string[]>, rowPath: string) {
  const row = byPath.get(rowPath) ?? [];
  const cells = new Map<number, string[]>();
  const prefix = `${rowPath}.`;
  for (const [path, messages] of byPath) {
    if (!path.startsWith(prefix)) continue;
    const column = Number(path.slice(prefix.length));
    if (Number.isInteger(column)) cells.set(column, messages);
  }
  return { row, cells };
}

/** Moves focus to the input an issue points at (or the nearest block above it), scrolling it into view. */
export function focusIssueField(path: string): boolean {
  for (const candidate of [...listAncestorPaths(path), '']) {
    const element = document.getElementById(fieldIdOf(candidate));
    if (!element) continue;
    element.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const focusable = element.matches('input, select, textarea, button, [tabindex]')
      ? element
      : element.querySelector<HTMLElement>('input, select, textarea, button, [tabindex]');
    (focusable ?? element).focus({ preventScroll: true });
    return true;
  }
  return false;
}
