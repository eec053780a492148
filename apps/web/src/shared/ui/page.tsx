import { Group, Stack, Title } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import { useT } from '../i18n/use-t.ts';

interface PageProps {
  /** The page's name, for the heading and `document.title`. */
  title: string;
  /** A richer heading than the plain title (user content with its own `lang`/`dir`). */
  heading?: ReactNode;
  /** A short line under the title. */
  subtitle?: ReactNode;
  /** Buttons at the inline end of the title row. */
  actions?: ReactNode;
  /** A back link above the title. */
  back?: ReactNode;
  children: ReactNode;
}

/** Sets `document.title` for the current page. */
export function useDocumentTitle(title: string): void {
  const t = useT();
  const appName = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
}

/** The frame of one page: heading, actions, content; and the document title. */
export function Page({ title, heading, subtitle, actions, back, children }: PageProps) {
  useDocumentTitle(title);
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        {back}
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
          <Stack gap={4}>
            <Title order={1} size="h2">
              {heading ?? title}
            </Title>
            {subtitle}
          </Stack>
          {actions ? <Group gap="xs">{actions}</Group> : null}
        </Group>
      </Stack>
      {children}
    </Stack>
  );
}
