import type { Readable } from 'node:stream';
import type { Locale } from '@karvan/domain';
import { PDFDocument } from 'pdf-lib';
import type { AppDeps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { createOfficeConverter } from '../../platform/office-to-pdf.ts';
import { imageToPdf, PDF_IMAGE_TYPES, type PdfImageType } from '../../platform/pdf/image-to-pdf.ts';
import { sharedPageImagePool } from '../../platform/pdf/page-image-pool.ts';
import { stampViewerWatermark } from '../../platform/pdf/stamp-watermark.ts';
import type { Actor } from '../../platform/policy.ts';
import { addPageTime, recordAccess } from './activity.service.ts';
import { type DocumentRecord, loadDocumentFor, type RoomContext } from './room-access.ts';
import { roomFileStore } from './room-files.ts';
import { watermarkLines } from './watermark-text.ts';

/** Pixels per PDF point: full pages for reading on a large screen, thumbnails for the page strip. */
const FULL_SCALE = 1.5;
const THUMB_SCALE = 0.25;

const isPdfImage = (mediaType: string): mediaType is PdfImageType =>
  (PDF_IMAGE_TYPES as readonly string[]).includes(mediaType);

/**
 * Office files shown through the converter: converting takes seconds, so recent results are kept
 * with their page count, and the original is read from the store only when it must be converted.
 */
const converted = new Map<string, { pdf: Uint8Array; pageCount: number }>();
const CONVERTED_KEPT = 8;

async function officePdf(deps: AppDeps, document: DocumentRecord) {
  const command = deps.config.dataroom.officeConverter!;
  const key = `${command}:${document.version.sha256}`;
  const cached = converted.get(key);
  if (cached) return cached;
  const bytes = await roomFileStore(deps).readAll(document.version.sha256);
  const extension = document.version.fileName.split('.').pop()?.toLowerCase() ?? 'bin';
  const pdf = await createOfficeConverter(command).toPdf(bytes, extension);
  const pageCount = (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
  converted.set(key, { pdf, pageCount });
  if (converted.size > CONVERTED_KEPT) converted.delete(converted.keys().next().value!);
  return { pdf, pageCount };
}

/** Whether the document can be made into a PDF here: PDFs, images, office files with a converter. */
function canBePdf(deps: AppDeps, document: DocumentRecord): boolean {
  const { viewKind, mediaType } = document.version;
  if (viewKind === 'pdf') return true;
  if (viewKind === 'image') return isPdfImage(mediaType);
  return viewKind === 'office' && deps.config.dataroom.officeConverter !== null;
}

/** The document as a PDF (images become one page; office files go through the converter). */
async function asPdf(deps: AppDeps, document: DocumentRecord): Promise<Uint8Array> {
  const { viewKind, mediaType } = document.version;
  if (viewKind === 'office' && deps.config.dataroom.officeConverter)
    return (await officePdf(deps, document)).pdf;
  const bytes = new Uint8Array(await roomFileStore(deps).readAll(document.version.sha256));
  if (viewKind === 'pdf') return bytes;
  if (viewKind === 'image' && isPdfImage(mediaType)) return imageToPdf(bytes, mediaType);
  throw new AppError('dataroom.watermark_unavailable');
}

/** Pages to show: counted at upload for PDFs and images, by the conversion for office files. */
async function pageCountOf(deps: AppDeps, document: DocumentRecord): Promise<number> {
  if (document.version.pageCount !== null) return document.version.pageCount;
  if (document.version.viewKind === 'office') return (await officePdf(deps, document)).pageCount;
  return (await PDFDocument.load(await asPdf(deps, document), { updateMetadata: false })).getPageCount();
}

/** Loads a document the caller may view and can be shown in the browser; 409 when it cannot. */
async function loadViewable(deps: AppDeps, actor: Actor, documentId: string) {
  const loaded = await loadDocumentFor(deps, actor, documentId, 'view');
  if (!canBePdf(deps, loaded.document)) throw new AppError('dataroom.not_viewable');
  return loaded;
}

/** Opening a document in the viewer: how many pages it has, recorded as an `open`. */
export async function openDocument(
  deps: AppDeps,
  actor: Actor,
  documentId: string,
): Promise<{ pageCount: number; version: number }> {
  const { ctx, document } = await loadViewable(deps, actor, documentId);
  const pageCount = await pageCountOf(deps, document);
  await recordAccess(deps, actor, ctx, document, 'open', null);
  return { pageCount, version: document.version.version };
}

/** A page number the document has; anything else is not found (like a missing document). */
async function checkPage(deps: AppDeps, document: DocumentRecord, page: number): Promise<void> {
  if (!Number.isInteger(page) || page < 1 || page > (await pageCountOf(deps, document)))
    throw new AppError('resource.not_found');
}

const linesFor = (deps: AppDeps, ctx: RoomContext, locale: Locale) =>
  watermarkLines(ctx.viewer, deps.now(), locale);

/**
 * A page as a PNG with the viewer's watermark drawn into the pixels (the browser never receives
 * the page without it). Full-size pages are recorded as `page` activity; thumbnails are not.
 */
export async function pageImage(
  deps: AppDeps,
  actor: Actor,
  documentId: string,
  page: number,
  size: 'full' | 'thumb',
  locale: Locale,
): Promise<Buffer> {
  const { ctx, document } = await loadViewable(deps, actor, documentId);
  await checkPage(deps, document, page);
  const pdf = await asPdf(deps, document);
  const png = await sharedPageImagePool().render({
    pdf,
    page,
    lines: linesFor(deps, ctx, locale),
    scale: size === 'full' ? FULL_SCALE : THUMB_SCALE,
  });
  if (size === 'full') await recordAccess(deps, actor, ctx, document, 'page', page);
  return png;
}

/** Time a page stayed on screen, added to the caller's newest view of that page. */
export async function reportPageTime(
  deps: AppDeps,
  actor: Actor,
  documentId: string,
  page: number,
  ms: number,
): Promise<void> {
  const { ctx, document } = await loadViewable(deps, actor, documentId);
  await checkPage(deps, document, page);
  await addPageTime(deps, ctx, document, page, ms);
}

export type DownloadVariant = 'original' | 'watermarked';

export interface DownloadFile {
  body: Buffer | Readable;
  mediaType: string;
  fileName: string;
  size: number | null;
}

/** "report.docx" → "report.pdf": the watermarked copy is always a PDF. */
const pdfNameOf = (fileName: string) => `${fileName.replace(/\.[^.]*$/, '') || 'document'}.pdf`;

/**
 * A copy to keep. `download-original` holders get the file as uploaded unless they ask for the
 * watermarked copy; `download` holders get a PDF with the watermark on every page (403 for
 * `variant=original`, 409 when the file cannot be made into a PDF); `view` holders get 403.
 */
export async function downloadDocument(
  deps: AppDeps,
  actor: Actor,
  documentId: string,
  variant: DownloadVariant | undefined,
  locale: Locale,
): Promise<DownloadFile> {
  const need = variant === 'original' ? 'download-original' : 'download';
  const { ctx, document, level } = await loadDocumentFor(deps, actor, documentId, need);
  const original = level === 'download-original' && variant !== 'watermarked';
  if (original) {
    await recordAccess(deps, actor, ctx, document, 'download-original', null);
    return {
      body: roomFileStore(deps).open(document.version.sha256),
      mediaType: document.version.mediaType,
      fileName: document.version.fileName,
      size: document.version.size,
    };
  }
  if (!canBePdf(deps, document)) throw new AppError('dataroom.watermark_unavailable');
  const stamped = await stampViewerWatermark(await asPdf(deps, document), linesFor(deps, ctx, locale));
  await recordAccess(deps, actor, ctx, document, 'download', null);
  return {
    body: Buffer.from(stamped),
    mediaType: 'application/pdf',
    fileName: pdfNameOf(document.version.fileName),
    size: stamped.byteLength,
  };
}
