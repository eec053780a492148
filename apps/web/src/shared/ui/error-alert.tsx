import { Alert, Button, List, Text } from '@mantine/core';
import { ApiError } from '../api/client.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { useT } from '../i18n/use-t.ts';

const CLIENT_MESSAGES: Record<string, MessageKey> = {
  network: 'error.network',
  'http.404': 'error.notFound',
  'http.502': 'error.serverUnavailable',
  'http.503': 'error.serverUnavailable',
  'http.504': 'error.serverUnavailable',
};

interface ErrorAlertProps {
  error: unknown;
  /** Offers a retry button (for failed loads). */
  onRetry?: () => void;
  /** Field errors the form already shows beside its inputs, not repeated here. */
  hideFieldPaths?: readonly string[];
}

/**
 * Shows a failed call. Problems from the server arrive already in the UI language
 * (Accept-Language), so their `title`/`detail` are shown as they are; only failures that
 * never reached the server get a message from the locale files.
 */
export function ErrorAlert({ error, onRetry, hideFieldPaths = [] }: ErrorAlertProps) {
  const t = useT();
  if (!error) return null;

  let title = t('error.title');
  let detail: string | undefined;
  let fieldErrors: { path: string; message: string }[] = [];
  let code: string | undefined;

  if (error instanceof ApiError) {
    code = error.code;
    const clientKey = CLIENT_MESSAGES[error.code];
    if (error.title) {
      title = error.title;
      detail = error.detail;
    } else {
      detail = clientKey ? t(clientKey) : t('error.unexpected');
    }
    if (error.retryAfterSeconds !== undefined) {
      detail = [detail, t('error.retryAfter', { seconds: error.retryAfterSeconds })]
        .filter(Boolean)
        .join(' ');
    }
    fieldErrors = error.errors.filter((item) => !hideFieldPaths.includes(item.path) && item.message);
  } else {
    detail = t('error.unexpected');
  }

  return (
    <Alert color="red" variant="light" title={title} role="alert" data-error-code={code}>
      {detail ? <Text size="sm">{detail}</Text> : null}
      {fieldErrors.length > 0 ? (
        <List size="sm" mt="xs">
          {fieldErrors.map((item) => (
            <List.Item key={`${item.path}:${item.message}`}>
              {item.path ? <bdi className="karvan-code">{item.path}</bdi> : null}
              {item.path ? ': ' : null}
              {item.message}
            </List.Item>
          ))}
        </List>
      ) : null}
      {onRetry ? (
        <Button variant="light" color="red" size="xs" mt="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      ) : null}
    </Alert>
  );
}

/** The server's message for one field of a failed form, for the input's `error` prop. */
export function fieldError(error: unknown, path: string): string | undefined {
  return error instanceof ApiError ? error.fieldError(path) : undefined;
}
