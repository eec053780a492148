import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  type PDFObject,
  PDFStream,
  PDFString,
} from 'pdf-lib';
import { AppError } from '../errors.ts';

/** Why a PDF counts as active: each names a construct that can run or open something. */
export type ActiveContentKind =
  | 'javascript'
  | 'launch'
  | 'additional-actions'
  | 'rich-media'
  | 'import-data'
  | 'embedded-script';

export interface PdfInspection {
  pageCount: number;
  /** Distinct kinds of active content found; empty for a plain document. */
  activeContent: ActiveContentKind[];
}

/** Action types (/S) that run code, start programs or pull data in. */
const ACTIVE_ACTIONS: Readonly<Record<string, ActiveContentKind>> = {
  JavaScript: 'javascript',
  Launch: 'launch',
  RichMediaExecute: 'rich-media',
  ImportData: 'import-data',
};
/** Attachments whose name or MIME type says script or program. */
const SCRIPT_FILE = /\.(js|jse|mjs|vbs|vbe|wsf|hta|exe|com|scr|bat|cmd|ps1|msi|sh|jar|app|dll)$/i;
const SCRIPT_MIME = /javascript|ecmascript|x-msdownload|x-sh|x-executable/i;

/**
 * A name as a reader sees it. pdf-lib decodes `#xx` escapes only with upper-case hex digits, so
 * `/J#53` is "JS" but `/#4aS` stays escaped; readers decode both, so we do too.
 */
function nameText(name: PDFName): string {
  return name.decodeText();
}

function textOf(value: PDFObject | undefined): string {
  if (value instanceof PDFName) return nameText(value);
  if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText();
  return '';
}

/** Looks at one dictionary's own keys; nested values are visited by the walk. */
function inspectDict(dict: PDFDict, found: Set<ActiveContentKind>): void {
  const entries = new Map<string, PDFObject>();
  for (const [key, value] of dict.entries()) entries.set(nameText(key), value);
  if (entries.has('JS')) found.add('javascript');
  if (entries.has('AA')) found.add('additional-actions');
  const action = ACTIVE_ACTIONS[textOf(entries.get('S'))];
  if (action) found.add(action);
  const type = textOf(entries.get('Type'));
  const subtype = textOf(entries.get('Subtype'));
  if (subtype === 'RichMedia' || type === 'RichMediaContent') found.add('rich-media');
  // The document-level JavaScript name tree (catalog /Names /JavaScript).
  if (entries.has('JavaScript') && (type === '' || type === 'Catalog')) found.add('javascript');
  if (type === 'EmbeddedFile' && SCRIPT_MIME.test(subtype)) found.add('embedded-script');
  if (type === 'Filespec' && (entries.has('EF') || entries.has('RF'))) {
    const names = ['F', 'UF', 'DOS', 'Unix', 'Mac'].map((key) => textOf(entries.get(key)));
    if (names.some((name) => SCRIPT_FILE.test(name))) found.add('embedded-script');
  }
}

/**
 * Visits every dictionary of the file: each indirect object (those inside compressed object
 * streams included, which pdf-lib unpacks on load) and every dictionary or array nested in it, so
 * an action written inline in an annotation or in the catalog is seen as well as one referenced.
 */
function walk(doc: PDFDocument): Set<ActiveContentKind> {
  const found = new Set<ActiveContentKind>();
  const stack: PDFObject[] = doc.context.enumerateIndirectObjects().map(([, object]) => object);
  while (stack.length > 0) {
    const object = stack.pop();
    const dict = object instanceof PDFStream ? object.dict : object;
    if (dict instanceof PDFDict) {
      inspectDict(dict, found);
      for (const [, value] of dict.entries()) stack.push(value);
    } else if (dict instanceof PDFArray) {
      for (let i = 0; i < dict.size(); i++) stack.push(dict.get(i));
    }
  }
  return found;
}

/** Parses `bytes`, refusing encrypted and unreadable files with their own codes. */
export async function loadUploadedPdf(bytes: Uint8Array): Promise<PDFDocument> {
  let doc: PDFDocument;
  try {
    // Encryption is checked below so that it gets its own code instead of a parser error.
    doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
  } catch (error) {
    throw new AppError('dataroom.pdf_unreadable', { extra: { reason: String(error) } });
  }
  if (doc.isEncrypted) throw new AppError('dataroom.pdf_encrypted');
  return doc;
}

/**
 * Page count and active content of an uploaded PDF: JavaScript (actions, /JS, the document
 * JavaScript name tree, an /OpenAction running a script), launch actions, additional actions
 * (/AA on pages, annotations, form fields or the catalog), rich media, import-data actions, and
 * attached scripts or programs. Throws `dataroom.pdf_encrypted` or `dataroom.pdf_unreadable`.
 */
export async function inspectPdf(bytes: Uint8Array): Promise<PdfInspection> {
  const doc = await loadUploadedPdf(bytes);
  let pageCount = 0;
  try {
    pageCount = doc.getPageCount();
  } catch {
    // No catalog or page tree: pdf-lib parsed some objects but not a document.
  }
  if (pageCount === 0) throw new AppError('dataroom.pdf_unreadable', { extra: { reason: 'no pages' } });
  return { pageCount, activeContent: [...walk(doc)].sort() };
}

/** `inspectPdf`, refusing active content with `dataroom.pdf_active_content`; gives the page count. */
export async function checkUploadedPdf(bytes: Uint8Array): Promise<{ pageCount: number }> {
  const { pageCount, activeContent } = await inspectPdf(bytes);
  if (activeContent.length > 0)
    throw new AppError('dataroom.pdf_active_content', { extra: { activeContent } });
  return { pageCount };
}
