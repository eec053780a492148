import type { Locale, LocalizedText as LocalizedTextValue } from '@karvan/domain';
import { Badge, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type UseQueryOptions, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { Items } from '../../shared/api/types.ts';
import type { MessageKey } from '../../shared/i18n/messages.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { ChevronDownIcon, ChevronForwardIcon } from '../../shared/ui/icons.tsx';
import { LocalizedText } from '../../shared/ui/localized-text.tsx';
import { SearchBox } from '../../shared/ui/search-box.tsx';
import { EmptyState, LoadingState } from '../../shared/ui/states.tsx';

/** One node of a classification (ISIC, HS), reduced to what the tree shows. */
export interface ClassificationNode {
  code: string;
  level: string;
  text: LocalizedTextValue;
  unofficial: Locale[];
}

export interface ClassificationSource<T> {
  /** The query for the children of `parent` (top level when undefined) or for a search. */
  query: (params: { parent?: string; q?: string }) => UseQueryOptions<Items<T>, Error, Items<T>, string[]>;
  toNode: (item: T) => ClassificationNode;
  /** Levels without children (ISIC classes, HS subheadings). */
  leafLevels: readonly string[];
  levelLabels: Record<string, MessageKey>;
}

function NodeLabel({ node, levelLabel }: { node: ClassificationNode; levelLabel: string }) {
  return (
    <>
      <bdi className="karvan-code" style={{ fontWeight: 700 }}>
        {node.code}
      </bdi>
      <Badge size="xs" variant="light" color="gray">
        {levelLabel}
      </Badge>
      <span>
        <LocalizedText value={node.text} unofficial={node.unofficial} />
      </span>
    </>
  );
}

function Branch<T>({ source, parent }: { source: ClassificationSource<T>; parent?: string }) {
  const t = useT();
  const children = useQuery(source.query({ parent }));
  if (children.isPending) return <LoadingState />;
  if (children.isError) return <ErrorAlert error={children.error} onRetry={() => void children.refetch()} />;
  if (children.data.items.length === 0) {
    return (
      <Text size="sm" c="dimmed" className="karvan-tree-leaf">
        {t('reference.tree.noChildren')}
      </Text>
    );
  }
  return (
    <ul className="karvan-tree">
      {children.data.items.map((item) => {
        const node = source.toNode(item);
        return <TreeNode key={node.code} node={node} source={source} />;
      })}
    </ul>
  );
}

function TreeNode<T>({ node, source }: { node: ClassificationNode; source: ClassificationSource<T> }) {
  const t = useT();
  const [expanded, setExpanded] = useState(false);
  const childrenId = useId();
  const levelKey = source.levelLabels[node.level];
  const levelLabel = levelKey ? t(levelKey) : node.level;
  const isLeaf = source.leafLevels.includes(node.level);

  return (
    <li>
      <div className="karvan-tree-row">
        {isLeaf ? (
          <span className="karvan-tree-leaf">
            <NodeLabel node={node} levelLabel={levelLabel} />
          </span>
        ) : (
          <button
            type="button"
            className="karvan-tree-toggle"
            aria-expanded={expanded}
            aria-controls={expanded ? childrenId : undefined}
            onClick={() => setExpanded((value) => !value)}
          >
            {expanded ? <ChevronDownIcon size={16} /> : <ChevronForwardIcon size={16} />}
            <NodeLabel node={node} levelLabel={levelLabel} />
          </button>
        )}
      </div>
      {expanded ? (
        <div id={childrenId}>
          <Branch source={source} parent={node.code} />
        </div>
      ) : null}
    </li>
  );
}

function SearchResults<T>({ source, q }: { source: ClassificationSource<T>; q: string }) {
  const t = useT();
  const results = useQuery(source.query({ q }));
  if (results.isPending) return <LoadingState />;
  if (results.isError) return <ErrorAlert error={results.error} onRetry={() => void results.refetch()} />;
  if (results.data.items.length === 0) {
    return (
      <EmptyState title={t('reference.tree.noResults')} description={t('reference.tree.noResultsHint')} />
    );
  }
  return (
    <ul className="karvan-tree" aria-live="polite">
      {results.data.items.map((item) => {
        const node = source.toNode(item);
        const levelKey = source.levelLabels[node.level];
        return (
          <li key={node.code} className="karvan-tree-row">
            <NodeLabel node={node} levelLabel={levelKey ? t(levelKey) : node.level} />
          </li>
        );
      })}
    </ul>
  );
}

/** A classification browser: expand level by level (`?parent=`), or search across all levels (`?q=`). */
export function ClassificationTree<T>({
  source,
  searchLabel,
}: {
  source: ClassificationSource<T>;
  searchLabel: string;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 300);
  return (
    <Stack>
      <SearchBox
        label={searchLabel}
        placeholder={t('reference.tree.searchPlaceholder')}
        value={text}
        onChange={setText}
        maw={480}
      />
      {q ? <SearchResults source={source} q={q} /> : <Branch source={source} />}
    </Stack>
  );
}
