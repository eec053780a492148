/**
 * Measures the XLSX reader on a 100,000-row × 23-column workbook (shared strings, as Excel writes
 * them). Prints only; not a test.
 *
 *   npx tsx apps/server/src/features/opportunities/import-files/measure-xlsx.ts [rows] [--out file.xlsx]
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openTableFile } from './read-table-file.ts';
import { columnName, escapeXml, MAIN_NS, workbookEntries, writeZip } from './xlsx-fixture.ts';

const ROWS = Number((process.argv[2] === '--read' ? process.argv[4] : process.argv[2]) ?? 100_000);
const COLUMNS = 23;
const MiB = 1024 * 1024;

const kinds = ['project', 'company', 'land', 'mine', 'factory'];
const provinces = ['IR-07', 'IR-23', 'IR-08', 'IR-10', 'IR-15', 'IR-30'];
const words = ['پسته', 'مزرعه', 'کارخانه', 'معدن', 'مس', 'فولاد', 'گردشگری', 'بندر', 'انرژی', 'خورشیدی'];
const zh = ['铜矿', '钢铁', '港口', '太阳能', '农场', '工厂'];

/** Shared-string table: the categorical values once, then the free texts of each row. */
const sharedStrings: string[] = [];
const fixed = new Map<string, number>();
function shared(text: string, unique: boolean): number {
  if (!unique) {
    const known = fixed.get(text);
    if (known !== undefined) return known;
    fixed.set(text, sharedStrings.length);
  }
  sharedStrings.push(text);
  return sharedStrings.length - 1;
}

function phrase(i: number, n: number): string {
  let text = '';
  for (let k = 0; k < n; k++) text += `${words[(i * 7 + k * 3) % words.length]} `;
  return `${text}${i}`;
}

/** The cells of one row: [kind, value] pairs, 's' for shared strings and 'n' for numbers. */
function rowCells(i: number): Array<['s' | 'n', string]> {
  const s = (text: string, unique = false): ['s', string] => ['s', String(shared(text, unique))];
  const n = (value: number): ['n', string] => ['n', String(value)];
  return [
    s(`EXT-${i}`, true),
    s(kinds[i % kinds.length]!),
    s(phrase(i, 4), true),
    s(`Opportunity ${i} in ${provinces[i % provinces.length]}`, true),
    s(`${zh[i % zh.length]}项目 ${i}`, true),
    s(phrase(i + 1, 18), true),
    s(provinces[i % provinces.length]!),
    n(35 + (i % 1000) / 1000),
    n(51 + (i % 997) / 997),
    s(`C${(i % 90) + 10}`),
    s(`HS${(i % 50) + 1000}`),
    s('equity;joint_venture'),
    n((i % 5000) * 1_000_000 + 0.5),
    s(i % 3 === 0 ? 'USD' : 'EUR'),
    n(i % 10_000),
    s('tonne'),
    s(['idea', 'feasibility', 'ready'][i % 3]!),
    s(`مدیر ${i % 500}`),
    s(`contact${i % 500}@example.com`),
    s(`+98 21 ${String(1_000_000 + (i % 9_000_000))}`),
    n(i),
    s('fa'),
    s(i % 2 === 0 ? 'human' : 'machine'),
  ];
}

async function* sheetXml(): AsyncGenerator<string> {
  const header = Array.from({ length: COLUMNS }, (_, c) => `column_${c}`);
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN_NS}"><sheetData>`;
  let batch = `<row r="1">${header.map((h, c) => `<c r="${columnName(c)}1" t="s"><v>${shared(h, false)}</v></c>`).join('')}</row>`;
  for (let i = 0; i < ROWS; i++) {
    const r = i + 2;
    batch += `<row r="${r}">`;
    rowCells(i).forEach(([type, value], c) => {
      batch +=
        type === 's'
          ? `<c r="${columnName(c)}${r}" t="s"><v>${value}</v></c>`
          : `<c r="${columnName(c)}${r}"><v>${value}</v></c>`;
    });
    batch += '</row>';
    if (batch.length > 256 * 1024) {
      yield batch;
      batch = '';
    }
  }
  yield `${batch}</sheetData></worksheet>`;
}

function sharedStringsXml(): string {
  return `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN_NS}" count="${sharedStrings.length}" uniqueCount="${sharedStrings.length}">${sharedStrings.map((t) => `<si><t>${escapeXml(t)}</t></si>`).join('')}</sst>`;
}

async function generate(path: string): Promise<void> {
  const started = performance.now();
  // The sheet goes before the shared strings, so their table is complete when it is written.
  const parts = workbookEntries({ sheets: [{ name: 'Sheet1', file: 'sheet1.xml', xml: sheetXml() }] });
  const sheetEntry = parts.pop()!;
  await writeZip(path, [
    ...parts,
    sheetEntry,
    { name: 'xl/sharedStrings.xml', data: () => sharedStringsXml() },
  ]);
  const size = (await stat(path)).size;
  console.log(
    `generated ${ROWS} rows × ${COLUMNS} columns, ${sharedStrings.length} shared strings: ` +
      `${(size / MiB).toFixed(1)} MiB in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

/** Runs in a process of its own, so the generator's memory does not hide the reader's. */
async function read(path: string): Promise<void> {
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const started = performance.now();
  const table = await openTableFile(path, 'xlsx', { maxRows: ROWS });
  const afterOpen = process.memoryUsage().rss;
  const opened = performance.now();
  let rows = 0;
  let cells = 0;
  for await (const row of table.rows()) {
    rows++;
    cells += row.cells.length;
    if (rows % 1000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - started) / 1000;
  peak = Math.max(peak, afterOpen, process.memoryUsage().rss);
  const maxRss = process.resourceUsage().maxRSS * 1024;
  const mib = (bytes: number) => `${(bytes / MiB).toFixed(0)} MiB`;
  console.log(
    `read ${rows} rows, ${cells} cells (header of ${table.header.length}) in ${seconds.toFixed(2)} s ` +
      `(opening, shared strings included: ${((opened - started) / 1000).toFixed(2)} s)`,
  );
  console.log(
    `RSS before ${mib(baseline)}, after opening ${mib(afterOpen)}, peak ${mib(Math.max(peak, maxRss))}, ` +
      `growth ${mib(Math.max(peak, maxRss) - baseline)}`,
  );
}

if (process.argv[2] === '--read') {
  await read(process.argv[3]!);
} else if (process.argv[3] === '--out') {
  // Keep the generated workbook for profiling: measure-xlsx.ts 100000 --out /tmp/big.xlsx
  await generate(process.argv[4]!);
} else {
  const dir = await mkdtemp(join(tmpdir(), 'karvan-measure-'));
  try {
    const path = join(dir, 'opportunities.xlsx');
    await generate(path);
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), '--read', path, String(ROWS)],
      { stdio: 'inherit' },
    );
    if (child.status !== 0) process.exitCode = 1;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
