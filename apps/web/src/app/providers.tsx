import type { Locale } from '@karvan/domain';
import { DirectionProvider, MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useState } from 'react';
import { ApiError } from '../shared/api/client.ts';
import { directionOf, LocaleProvider } from '../shared/i18n/locale.tsx';
import type { Messages } from '../shared/i18n/messages.ts';
import { createAppRouter } from './router.tsx';
import { theme } from './theme.ts';

/** Retries only what may succeed on a second try: network failures and 5xx, once. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 1) return false;
  return !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
}

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}

interface ProvidersProps {
  locale: Locale;
  messages: Messages;
}

/**
 * Everything the pages stand on, outermost first: the query cache, the UI locale with its
 * messages (react-intl), the text direction and Mantine's theme, then the router.
 */
export function App({ locale, messages }: ProvidersProps) {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createAppRouter(queryClient));
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider initialLocale={locale} initialMessages={messages}>
        {/* Follows <html dir>, which LocaleProvider keeps in step with the locale. */}
        <DirectionProvider initialDirection={directionOf(locale)} detectDirection>
          <MantineProvider theme={theme} defaultColorScheme="light">
            <RouterProvider router={router} />
          </MantineProvider>
        </DirectionProvider>
      </LocaleProvider>
    </QueryClientProvider>
  );
}
