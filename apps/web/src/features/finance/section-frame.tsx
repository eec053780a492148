import { ActionIcon, Button, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { useFormat } from '../../shared/format/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { useEditor } from './editor-context.tsx';
import { fieldIdOf, type SectionKey } from './issue-paths.ts';
import { type FieldPath, getAtPath } from './model-document.ts';

/** One titled block of the editor; its id lets the issue summary link to it. */
export function Section({ id, title, children }: { id: SectionKey; title: string; children: ReactNode }) {
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby={`finance-section-${id}-title`}
      id={`finance-section-${id}`}
    >
      <Stack gap="md">
        <Title order={2} size="h4" id={`finance-section-${id}-title`}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

interface ListBlockProps {
  /** Where the list is in the document. */
  path: FieldPath;
  /** Title of the list inside its section (Loans, Fixed costs). */
  title?: string;
  /** Heading of one item: "Loan 1: Project facility". */
  itemTitle: (index: number, item: Record<string, unknown>) => string;
  addLabel: string;
  newItem: () => unknown;
  emptyText: string;
  renderItem: (index: number, item: Record<string, unknown>) => ReactNode;
}

/** A list of items (capex lines, loans, products…) with add, remove and reorder for editors. */
export function ListBlock({
  path,
  title,
  itemTitle,
  addLabel,
  newItem,
  emptyText,
  renderItem,
}: ListBlockProps) {
  const t = useT();
  const { document, dispatch, readOnly, issues } = useEditor();
  const raw = getAtPath(document, path);
  const items = (Array.isArray(raw) ? raw : []) as Array<Record<string, unknown>>;
  const listIssues = issues.get(path.join('.'));
  return (
    <Stack gap="sm" id={fieldIdOf(path)}>
      {title ? (
        <Title order={3} size="h5">
          {title}
        </Title>
      ) : null}
      {listIssues?.map((message) => (
        <Text key={message} size="sm" c="red" role="alert">
          {message}
        </Text>
      ))}
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      ) : null}
      {items.map((item, index) => {
        const heading = itemTitle(index, item);
        return (
          // Items have no ids of their own; the index is their identity in the document too.
          <Paper
            key={index}
            withBorder
            p="sm"
            radius="sm"
            className="finance-item"
            id={fieldIdOf([...path, index])}
          >
            <Stack gap="sm">
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text fw={600} size="sm">
                  <bdi>{heading}</bdi>
                </Text>
                {readOnly ? null : (
                  <Group gap={4} wrap="nowrap">
                    <Tooltip label={t('finance.list.moveUp')}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('finance.list.moveUpItem', { item: heading })}
                        disabled={index === 0}
                        onClick={() => dispatch({ type: 'move', path, from: index, to: index - 1 })}
                      >
                        ↑
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('finance.list.moveDown')}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('finance.list.moveDownItem', { item: heading })}
                        disabled={index === items.length - 1}
                        onClick={() => dispatch({ type: 'move', path, from: index, to: index + 1 })}
                      >
                        ↓
                      </ActionIcon>
                    </Tooltip>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      aria-label={t('finance.list.removeItem', { item: heading })}
                      onClick={() => dispatch({ type: 'remove', path, index })}
                    >
                      {t('finance.list.remove')}
                    </Button>
                  </Group>
                )}
              </Group>
              {renderItem(index, item)}
            </Stack>
          </Paper>
        );
      })}
      {readOnly ? null : (
        <Group>
          <Button variant="light" size="xs" onClick={() => dispatch({ type: 'add', path, item: newItem() })}>
            {addLabel}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** "Loan 2: Buyer credit" — the item's number and, once given, its name. */
export function useItemTitle(kindLabel: (n: string) => string) {
  const t = useT();
  const format = useFormat();
  return (index: number, item: Record<string, unknown>) => {
    const name = typeof item.name === 'string' ? item.name.trim() : '';
    const label = kindLabel(format.number(index + 1));
    return name ? t('finance.list.itemNamed', { label, name }) : label;
  };
}
