import { Stack } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { useT } from '../shared/i18n/use-t.ts';
import { ErrorAlert } from '../shared/ui/error-alert.tsx';
import { ButtonLink } from '../shared/ui/links.tsx';
import { Page } from '../shared/ui/page.tsx';
import { EmptyState } from '../shared/ui/states.tsx';

/** Shown for an address that matches no page. */
export function NotFoundPage() {
  const t = useT();
  return (
    <Page title={t('notFound.title')}>
      <EmptyState
        title={t('notFound.title')}
        description={t('notFound.description')}
        action={
          <ButtonLink to="/" variant="light">
            {t('nav.home')}
          </ButtonLink>
        }
      />
    </Page>
  );
}

/** Shown when a page fails to load or render. */
export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const t = useT();
  return (
    <Page title={t('error.title')}>
      <Stack>
        <ErrorAlert error={error} onRetry={reset} />
      </Stack>
    </Page>
  );
}
