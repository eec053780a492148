import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../../shared/api/client.ts';
import { dataroomApi, roomKey, type UploadTarget } from './dataroom.api.ts';

export type UploadStatus = 'queued' | 'uploading' | 'done' | 'failed';

export interface UploadItem {
  key: number;
  /** What the user sees: the path inside what was dropped, file name last. */
  label: string;
  size: number;
  loaded: number;
  status: UploadStatus;
  /** The server's problem (already in the UI language), or null for a network failure. */
  error: ApiError | null;
}

interface QueuedFile {
  key: number;
  file: File;
  target: UploadTarget;
}

/**
 * Uploads files one after another, each with its own progress and outcome. One failure does not
 * stop the rest: the user sees which files the server refused and why. Sequential on purpose:
 * folders named in `folder` paths are created by the first file that needs them, and two
 * parallel requests racing to create the same folder could make two.
 */
export function useUploadQueue(opportunityId: string) {
  const queryClient = useQueryClient();
  const [items, setItems] = useState<UploadItem[]>([]);
  const queue = useRef<QueuedFile[]>([]);
  const running = useRef(false);
  const nextKey = useRef(1);

  const update = useCallback((key: number, patch: Partial<UploadItem>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  }, []);

  const run = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    try {
      for (let next = queue.current.shift(); next; next = queue.current.shift()) {
        const { key, file, target } = next;
        update(key, { status: 'uploading' });
        try {
          await dataroomApi.upload(opportunityId, file, target, {
            onProgress: ({ loaded }) => update(key, { loaded }),
          });
          update(key, { status: 'done', loaded: file.size });
        } catch (error) {
          update(key, { status: 'failed', error: error instanceof ApiError ? error : null });
        }
        // Show each new document as soon as it is in, not only when the whole batch is done.
        void queryClient.invalidateQueries({ queryKey: roomKey(opportunityId) });
      }
    } finally {
      running.current = false;
    }
  }, [opportunityId, queryClient, update]);

  const enqueue = useCallback(
    (files: Array<{ file: File; label: string; target: UploadTarget }>) => {
      const added = files.map(({ file, label, target }) => ({ key: nextKey.current++, file, label, target }));
      queue.current.push(...added);
      setItems((current) => [
        ...current,
        ...added.map(({ key, file, label }) => ({
          key,
          label,
          size: file.size,
          loaded: 0,
          status: 'queued' as const,
          error: null,
        })),
      ]);
      void run();
    },
    [run],
  );

  /** Forgets finished uploads (done and failed); the ones still waiting stay. */
  const clearFinished = useCallback(() => {
    setItems((current) => current.filter((item) => item.status === 'queued' || item.status === 'uploading'));
  }, []);

  return { items, enqueue, clearFinished };
}
