import { Checkbox, Stack } from '@mantine/core';
import { useFormat } from '../../shared/format/format.ts';
import { formatIndex } from './labels.ts';
import type { FolderNode } from './room-tree.ts';

interface FolderChecklistProps {
  nodes: FolderNode[];
  value: string[];
  onChange: (value: string[]) => void;
}

/**
 * Folders to grant, as a tree of checkboxes. A checked folder covers its subfolders on the
 * server, so its children show as checked and disabled rather than being sent as well.
 */
export function FolderChecklist({ nodes, value, onChange }: FolderChecklistProps) {
  return <Level nodes={nodes} value={value} onChange={onChange} coveredByParent={false} />;
}

function Level({
  nodes,
  value,
  onChange,
  coveredByParent,
}: FolderChecklistProps & { coveredByParent: boolean }) {
  const format = useFormat();
  return (
    <Stack gap={4} className="karvan-tree" component="ul">
      {nodes.map(({ folder, children }) => {
        const checked = value.includes(folder.id);
        return (
          <li key={folder.id}>
            <Checkbox
              size="sm"
              checked={checked || coveredByParent}
              disabled={coveredByParent}
              data-testid="grant-folder"
              label={
                <>
                  <span className="dataroom-index">{formatIndex(format, folder.index)}</span>{' '}
                  <bdi>{folder.name}</bdi>
                </>
              }
              onChange={(event) =>
                onChange(
                  event.currentTarget.checked
                    ? [...value, folder.id]
                    : value.filter((id) => id !== folder.id),
                )
              }
            />
            {children.length > 0 ? (
              <Level
                nodes={children}
                value={value}
                onChange={onChange}
                coveredByParent={coveredByParent || checked}
              />
            ) : null}
          </li>
        );
      })}
    </Stack>
  );
}
