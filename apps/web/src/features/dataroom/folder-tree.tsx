import { type DragEvent, useState } from 'react';
import { useFormat } from '../../shared/format/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { formatIndex } from './labels.ts';
import type { FolderNode } from './room-tree.ts';

interface FolderTreeProps {
  nodes: FolderNode[];
  selected: string | null;
  onSelect: (folderId: string | null) => void;
  /** Owner side: files dropped on a folder go into it. */
  onDropFiles?: (folderId: string | null, transfer: DataTransfer) => void;
}

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

/** The room's folders with their index numbers; a click lists a folder, a drop uploads into it. */
export function FolderTree({ nodes, selected, onSelect, onDropFiles }: FolderTreeProps) {
  const t = useT();
  const [dropping, setDropping] = useState<string | null | undefined>(undefined);

  const dropProps = (folderId: string | null) =>
    onDropFiles
      ? {
          'data-dropping': dropping === folderId,
          onDragOver: (event: DragEvent) => {
            if (!hasFiles(event)) return;
            event.preventDefault();
            // The folder, not the page around it, takes this drop.
            event.stopPropagation();
            setDropping(folderId);
          },
          onDragLeave: () => setDropping(undefined),
          onDrop: (event: DragEvent) => {
            if (!hasFiles(event)) return;
            event.preventDefault();
            event.stopPropagation();
            setDropping(undefined);
            onDropFiles(folderId, event.dataTransfer);
          },
        }
      : {};

  return (
    <nav aria-label={t('dataroom.folders')} data-testid="folder-tree">
      <button
        type="button"
        className="dataroom-folder"
        aria-current={selected === null}
        onClick={() => onSelect(null)}
        {...dropProps(null)}
      >
        {t('dataroom.topLevel')}
      </button>
      <Branch nodes={nodes} selected={selected} onSelect={onSelect} dropProps={dropProps} />
    </nav>
  );
}

function Branch({
  nodes,
  selected,
  onSelect,
  dropProps,
}: {
  nodes: FolderNode[];
  selected: string | null;
  onSelect: (folderId: string | null) => void;
  dropProps: (folderId: string | null) => object;
}) {
  const format = useFormat();
  if (nodes.length === 0) return null;
  return (
    <ul className="karvan-tree">
      {nodes.map(({ folder, children }) => (
        <li key={folder.id}>
          <button
            type="button"
            className="dataroom-folder"
            aria-current={selected === folder.id}
            onClick={() => onSelect(folder.id)}
            data-testid="folder-row"
            data-folder-name={folder.name}
            {...dropProps(folder.id)}
          >
            <span className="dataroom-index">{formatIndex(format, folder.index)}</span>
            <bdi>{folder.name}</bdi>
          </button>
          <Branch nodes={children} selected={selected} onSelect={onSelect} dropProps={dropProps} />
        </li>
      ))}
    </ul>
  );
}
