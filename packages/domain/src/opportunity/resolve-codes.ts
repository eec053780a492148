import { LOCALES } from '../i18n/locales.ts';
import {
  INVESTMENT_TYPE_LABELS,
  INVESTMENT_TYPES,
  type InvestmentType,
  OPPORTUNITY_KIND_LABELS,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STAGE_LABELS,
  OPPORTUNITY_STAGES,
  type OpportunityKind,
  type OpportunityStage,
} from './codes.ts';
import { FoldedKeyIndex } from './fold-import-key.ts';

/**
 * Resolution of the coded columns of an import file (kind, investment_types, stage): the code
 * itself or its label in any of the four languages, compared with `foldImportKey`, plus the
 * spellings below that people really type and that are not labels.
 */

/** Extra spellings per code. Labels and codes are added automatically; keep these obvious. */
const KIND_ALIASES: Readonly<Partial<Record<OpportunityKind, readonly string[]>>> = {
  mining: ['mine', 'mines', 'معدنی', 'معادن', 'تعدينية', '矿业', '矿山'],
  'industrial-park': [
    'industrial park',
    'industrial estate',
    'شهرک صنعتی',
    'مدينة صناعية',
    '工业园区',
    '工业园',
  ],
  manufacturing: ['manufacture', 'صناعة', '制造'],
  processing: ['فراوری', 'processing plant', '加工业'],
};

const INVESTMENT_TYPE_ALIASES: Readonly<Partial<Record<InvestmentType, readonly string[]>>> = {
  equity: ['equity investment', 'equity participation', 'مشارکت سهامی', 'مساهمة', '股权'],
  'joint-venture': ['JV', 'joint venture company', 'مشارکت مشترک', '合资企业'],
  loan: ['loans', 'debt financing', 'وام', 'تسهیلات', '融资贷款'],
  'bot-ppp': ['BOT', 'PPP', 'public-private partnership', 'مشارکت عمومی خصوصی', 'شراكة بين القطاعين'],
  epc: ['EPC contract', 'EPC+F', 'EPCF'],
  offtake: ['off-take agreement', 'pre-purchase', 'پیش خرید', 'شراء الإنتاج'],
  'technology-transfer': ['tech transfer', 'انتقال تکنولوژی', 'نقل التقنية', '技术引进'],
  'land-allocation': ['land', 'واگذاری اراضی', 'تخصيص أرض', '供地'],
};

const STAGE_ALIASES: Readonly<Partial<Record<OpportunityStage, readonly string[]>>> = {
  idea: ['concept', 'ایده اولیه'],
  'pre-feasibility': [
    'prefeasibility study',
    'pre-feasibility study',
    'پیش امکان سنجی',
    'دراسة ما قبل الجدوى',
    '预可研',
  ],
  feasibility: [
    'feasibility',
    'feasibility study',
    'feasibility completed',
    'FS done',
    'امکان سنجی',
    'طرح توجیهی',
    'دراسة الجدوى',
    '可行性研究',
    '可研已完成',
  ],
  licensed: ['permitted', 'permit', 'license', 'licence', 'مجوزدار', 'دارای پروانه', 'مرخص', '已获批'],
  operating: [
    'operating',
    'operational',
    'in operation',
    'در حال بهره برداری',
    'بهره برداری',
    'قيد التشغيل',
    '运营中',
  ],
};

function buildIndex<Code extends string>(
  codes: readonly Code[],
  labels: Readonly<Record<Code, Readonly<Record<string, string>>>>,
  aliases: Readonly<Partial<Record<Code, readonly string[]>>>,
): FoldedKeyIndex<Code> {
  const index = new FoldedKeyIndex<Code>();
  for (const code of codes) {
    index.add(code, code);
    for (const locale of LOCALES) {
      const label = labels[code][locale];
      if (label !== undefined) index.add(label, code);
    }
    for (const alias of aliases[code] ?? []) index.add(alias, code);
  }
  // A static table whose spellings collide is a programming error: fail at load, not per row.
  const ambiguous = index.ambiguousKeys();
  if (ambiguous.length > 0) throw new Error(`ambiguous code spellings: ${ambiguous.join(', ')}`);
  return index;
}

const KIND_INDEX = buildIndex(OPPORTUNITY_KINDS, OPPORTUNITY_KIND_LABELS, KIND_ALIASES);
const INVESTMENT_TYPE_INDEX = buildIndex(INVESTMENT_TYPES, INVESTMENT_TYPE_LABELS, INVESTMENT_TYPE_ALIASES);
const STAGE_INDEX = buildIndex(OPPORTUNITY_STAGES, OPPORTUNITY_STAGE_LABELS, STAGE_ALIASES);

/**
 * Returns the opportunity kind named by `text` — the code ("industrial-park"), its label in
 * fa/ar/zh/en ("زمین شهرک صنعتی", "تعدين", "采矿", "Mining") or an obvious variant
 * ("industrial park", "mine") — or null. Case, spacing, hyphens and Arabic/Persian letter
 * forms do not matter (`foldImportKey`).
 */
export function resolveKind(text: string): OpportunityKind | null {
  return KIND_INDEX.get(text);
}

/**
 * Returns the investment type named by `text` — code, label in any language, or a variant such
 * as "joint venture", "JV", "BOT", "PPP", "off-take", "technology transfer" — or null.
 */
export function resolveInvestmentType(text: string): InvestmentType | null {
  return INVESTMENT_TYPE_INDEX.get(text);
}

/**
 * Returns the project stage named by `text` — code, label in any language, or a variant such as
 * "feasibility done", "feasibility study", "operating", "in operation" — or null.
 */
export function resolveStage(text: string): OpportunityStage | null {
  return STAGE_INDEX.get(text);
}

/**
 * Separators of list cells: Latin comma, Arabic comma ، (U+060C), full-width comma ，(U+FF0C),
 * ideographic comma 、(U+3001), semicolons ; ؛ ；, and line breaks (Alt+Enter in a spreadsheet
 * cell). Deliberately not "/" or "|": labels such as "BOT / PPP" contain a slash.
 */
const LIST_SEPARATORS = /[,\u060C\uFF0C\u3001;\u061B\uFF1B\r\n]/;

/**
 * Splits a list cell ("equity، joint venture", "铜，锌、铅", "0729; 2420") into its trimmed,
 * non-empty items, in order. Duplicates are kept; the row validator removes them after
 * resolving, when "Cu" and "copper" are known to be the same.
 */
export function splitList(text: string): string[] {
  return text
    .split(LIST_SEPARATORS)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
