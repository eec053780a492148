import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { Database } from '@karvan/db';
import { toSearchIndexText } from '@karvan/domain/text';
import type { AppDeps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { StagedFile } from '../../platform/file-store/file-store.ts';
import { sanitizeFileName } from '../../platform/file-type/sanitize-file-name.ts';
import { type SniffedType, sniffFileType } from '../../platform/file-type/sniff-file-type.ts';
import { extractOfficeText, OfficeTextError } from '../../platform/pdf/extract-office-text.ts';
import { extractPdfPageTexts } from '../../platform/pdf/extract-pdf-text.ts';
import { checkUploadedPdf } from '../../platform/pdf/inspect-pdf.ts';
import type { Actor } from '../../platform/policy.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { notifyDocumentAdded } from '../notifications/notifications.service.ts';
import { userIdOf } from '../opportunities/opportunities.service.ts';
import * as repo from './dataroom.repository.ts';
import type { TRoomDocument } from './dataroom.schemas.ts';
import { documentAnswer, loadDocumentToManage } from './documents.service.ts';
import { liveFoldersIn, positionUnder, requireLiveFolder } from './folders.service.ts';
import { auditRoom } from './room.service.ts';
import { loadRoomForOpportunity, type RoomContext, requireOwner } from './room-access.ts';
import { roomFileStore } from './room-files.ts';

/**
 * PDFs are parsed whole to find active content; above this they are refused rather than held in
 * memory. Office files above it are stored without their text.
 */
export const MAX_INSPECTED_PDF_BYTES = 512 * 1024 * 1024;
const MiB = 1024 * 1024;

/** The file part of a multipart upload, not yet read. */
export interface UploadedFile {
  fileName: string;
  stream: Readable;
}

/** What was learnt from the bytes before anything is written to the database. */
interface CheckedFile {
  staged: StagedFile;
  fileName: string;
  type: SniffedType;
  pageCount: number | null;
  pages: Array<{ page: number; text: string; searchText: string }>;
}

/** Raw page texts: PDF pages, or a Word document / each sheet / each slide of an Office file. */
async function extractTexts(type: SniffedType, bytes: Uint8Array | null): Promise<string[]> {
  if (!bytes) return [];
  if (type.viewKind === 'pdf') return extractPdfPageTexts(bytes);
  if (type.viewKind !== 'office') return [];
  try {
    return await extractOfficeText(bytes, type.mediaType);
  } catch (error) {
    // A damaged or oversized package is still a file the owner may share; it is just not searchable.
    if (error instanceof OfficeTextError) return [];
    throw error;
  }
}

/** Page texts, normalised as the opportunity bank's search text is, for search inside documents. */
async function extractPages(type: SniffedType, bytes: Uint8Array | null) {
  return (await extractTexts(type, bytes))
    .map((text, i) => ({ page: i + 1, text, searchText: toSearchIndexText(text) }))
    .filter((page) => page.searchText !== '');
}

/**
 * Stages the bytes in the store (streamed, cut at the size limit), then learns their type from
 * the content, checks a PDF for active content and counts its pages, and extracts page texts.
 * The staged file is discarded on any refusal.
 */
async function stageAndCheck(deps: AppDeps, file: UploadedFile): Promise<CheckedFile> {
  const store = roomFileStore(deps);
  let fileName: string;
  try {
    fileName = sanitizeFileName(file.fileName);
  } catch (error) {
    file.stream.resume();
    throw error;
  }
  const staged = await store.write(file.stream, { maxBytes: deps.config.dataroom.maxFileBytes });
  try {
    const type = await sniffFileType({ head: staged.head, fileName, path: staged.tempPath });
    let pageCount: number | null = type.viewKind === 'image' ? 1 : null;
    let bytes: Uint8Array | null = null;
    if (type.viewKind === 'pdf') {
      if (staged.size > MAX_INSPECTED_PDF_BYTES)
        throw new AppError('dataroom.file_too_large', {
          params: { maxMb: MAX_INSPECTED_PDF_BYTES / MiB },
          extra: { maxBytes: MAX_INSPECTED_PDF_BYTES },
        });
      bytes = await readFile(staged.tempPath);
      ({ pageCount } = await checkUploadedPdf(bytes));
    } else if (type.viewKind === 'office' && staged.size <= MAX_INSPECTED_PDF_BYTES) {
      bytes = await readFile(staged.tempPath);
    }
    const pages = await extractPages(type, bytes);
    return { staged, fileName, type, pageCount, pages };
  } catch (error) {
    await staged.discard();
    throw error;
  }
}

/** 413 `dataroom.room_full` when the file's bytes (unless the room holds them already) do not fit. */
async function checkRoomSize(
  tx: Database,
  roomId: string,
  maxBytes: number,
  file: CheckedFile,
): Promise<void> {
  const used = await repo.usedBytes(tx, roomId);
  const adds = (await repo.isFileInRoom(tx, roomId, file.staged.sha256)) ? 0 : file.staged.size;
  if (used + adds > maxBytes)
    throw new AppError('dataroom.room_full', { extra: { maxBytes, usedBytes: used } });
}

/** Splits `a/b/c` into clean folder names; `.`/`..` and names that clean to nothing are refused. */
export function folderPathNames(path: string): string[] {
  return path
    .split(/[/\\]/)
    .filter((segment) => segment.trim() !== '')
    .map((segment) => {
      if (/^\s*\.{1,2}\s*$/.test(segment)) throw new AppError('dataroom.file_name_invalid');
      return sanitizeFileName(segment);
    });
}

/** The folder at `names` under `baseId`, creating the missing ones (the room row is locked). */
async function resolveFolderPath(
  tx: Database,
  actor: Actor,
  at: Date,
  roomId: string,
  baseId: string | null,
  names: string[],
): Promise<string | null> {
  const live = await liveFoldersIn(tx, roomId);
  requireLiveFolder(live, baseId);
  let parentId = baseId;
  for (const name of names) {
    const existing = live.find((folder) => folder.parentId === parentId && folder.name === name);
    if (existing) {
      parentId = existing.id;
      continue;
    }
    const position = await positionUnder(tx, roomId, parentId);
    const id = await repo.insertFolder(tx, { roomId, parentId, name, position, userId: userIdOf(actor), at });
    await auditRoom(
      tx,
      actor,
      at,
      'dataroom.folder_created',
      { type: 'data_room_folder', id },
      {
        roomId,
        parentId,
        name,
        byUpload: true,
      },
    );
    live.push({ id, roomId, parentId, name, position, deletedAt: null });
    parentId = id;
  }
  return parentId;
}

/** Writes the file's row (once per content) and the version with its page texts. */
async function insertVersionRows(
  tx: Database,
  file: CheckedFile,
  documentId: string,
  version: number,
  userId: string | null,
  at: Date,
): Promise<void> {
  const { sha256, size } = file.staged;
  // Held to the end of the transaction: a purge cannot drop this address's row and bytes meanwhile.
  await repo.lockFileAddress(tx, sha256);
  await repo.insertStoredFile(tx, { sha256, size, mediaType: file.type.mediaType, at });
  await repo.insertVersion(tx, {
    documentId,
    version,
    sha256,
    fileName: file.fileName,
    size,
    mediaType: file.type.mediaType,
    viewKind: file.type.viewKind,
    pageCount: file.pageCount,
    userId,
    at,
  });
  await repo.insertPageTexts(tx, documentId, version, file.pages);
}

/**
 * Runs the database part of an upload and moves the bytes to their address as its last step
 * before the commit: a committed row always has its file, and a crash between the rename and the
 * commit leaves only an unreferenced file, which the start-up sweep removes. On any failure the
 * staged file is discarded (after a successful rename that is a no-op).
 */
async function commitUpload<T>(
  deps: AppDeps,
  file: CheckedFile,
  work: (tx: Database) => Promise<T>,
): Promise<T> {
  try {
    return await inTransaction(deps.db, async (tx) => {
      const result = await work(tx);
      await file.staged.commit();
      return result;
    });
  } finally {
    await file.staged.discard();
  }
}

export interface UploadTarget {
  folderId: string | null;
  /** A path of folder names under `folderId`, created when missing (whole-folder uploads). */
  folderPath: string | null;
}

/** Uploads a new document; answers it as the caller sees it. */
export async function uploadDocument(
  deps: AppDeps,
  actor: Actor,
  opportunityId: string,
  target: UploadTarget,
  upload: UploadedFile,
): Promise<TRoomDocument> {
  const ctx = await checkOwnerBeforeReading(deps, actor, opportunityId, upload);
  let names: string[];
  try {
    names = target.folderPath ? folderPathNames(target.folderPath) : [];
  } catch (error) {
    upload.stream.resume();
    throw error;
  }
  const file = await stageAndCheck(deps, upload);
  const at = deps.now();
  const userId = userIdOf(actor);
  const documentId = await commitUpload(deps, file, async (tx) => {
    const room = await repo.lockRoom(tx, ctx.room.id);
    if (!room) throw new AppError('dataroom.not_found');
    await checkRoomSize(tx, ctx.room.id, room.maxBytes, file);
    const folderId = await resolveFolderPath(tx, actor, at, ctx.room.id, target.folderId, names);
    const position = await positionUnder(tx, ctx.room.id, folderId);
    const id = await repo.insertDocument(tx, {
      roomId: ctx.room.id,
      folderId,
      name: file.fileName,
      position,
      userId,
      at,
    });
    await insertVersionRows(tx, file, id, 1, userId, at);
    await auditRoom(
      tx,
      actor,
      at,
      'dataroom.document_uploaded',
      { type: 'data_room_document', id },
      {
        roomId: ctx.room.id,
        folderId,
        name: file.fileName,
        sha256: file.staged.sha256,
        size: file.staged.size,
        mediaType: file.type.mediaType,
      },
    );
    await notifyDocumentAdded(tx, deps, {
      roomId: ctx.room.id,
      documentId: id,
      folderId,
      name: file.fileName,
      uploadedBy: userId,
    });
    return id;
  });
  return documentAnswer(deps, actor, documentId);
}

/** The caller must manage the room before a byte is stored; a refused upload is not read. */
async function checkOwnerBeforeReading(
  deps: AppDeps,
  actor: Actor,
  opportunityId: string,
  upload: UploadedFile,
): Promise<RoomContext> {
  try {
    const ctx = await loadRoomForOpportunity(deps, actor, opportunityId);
    requireOwner(ctx, actor);
    return ctx;
  } catch (error) {
    upload.stream.resume();
    throw error;
  }
}

/** Adds a version to a live document; the earlier versions stay in its history. */
export async function uploadVersion(
  deps: AppDeps,
  actor: Actor,
  documentId: string,
  upload: UploadedFile,
): Promise<TRoomDocument> {
  let ctx: RoomContext;
  try {
    ({ ctx } = await loadDocumentToManage(deps, actor, documentId));
  } catch (error) {
    upload.stream.resume();
    throw error;
  }
  const file = await stageAndCheck(deps, upload);
  const at = deps.now();
  const userId = userIdOf(actor);
  await commitUpload(deps, file, async (tx) => {
    const room = await repo.lockRoom(tx, ctx.room.id);
    const document = await repo.lockDocument(tx, documentId);
    if (!room || !document || document.deletedAt !== null) throw new AppError('resource.not_found');
    await checkRoomSize(tx, ctx.room.id, room.maxBytes, file);
    const version = document.currentVersion + 1;
    await insertVersionRows(tx, file, documentId, version, userId, at);
    await repo.updateDocument(tx, documentId, { currentVersion: version, updatedAt: at });
    await auditRoom(
      tx,
      actor,
      at,
      'dataroom.version_uploaded',
      { type: 'data_room_document', id: documentId },
      {
        roomId: ctx.room.id,
        version,
        fileName: file.fileName,
        sha256: file.staged.sha256,
        size: file.staged.size,
        mediaType: file.type.mediaType,
      },
    );
  });
  return documentAnswer(deps, actor, documentId);
}
