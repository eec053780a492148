import { Alert, Button, Paper, PasswordInput, Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert, fieldError } from '../../shared/ui/error-alert.tsx';
import { AnchorLink } from '../../shared/ui/links.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { EmptyState } from '../../shared/ui/states.tsx';
import { authApi, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './auth.api.ts';

const route = getRouteApi('/reset-password');

/** Choose a new password with the token from the reset link (`/reset-password?token=…`). */
export function ResetPasswordPage() {
  const t = useT();
  const { token } = route.useSearch();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (!token) {
    return (
      <Page title={t('auth.reset.title')}>
        <EmptyState
          title={t('auth.reset.noToken')}
          action={<AnchorLink to="/forgot-password">{t('auth.forgot.link')}</AnchorLink>}
        />
      </Page>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password.length < PASSWORD_MIN_LENGTH) {
      setLocalError(t('auth.passwordTooShort', { min: PASSWORD_MIN_LENGTH }));
      return;
    }
    if (password !== repeat) {
      setLocalError(t('auth.passwordMismatch'));
      return;
    }
    setLocalError(null);
    setPending(true);
    setError(null);
    try {
      await authApi.confirmPasswordReset(token, password);
      setDone(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };

  return (
    <Page title={t('auth.reset.title')}>
      <Paper withBorder p="lg" maw={440} w="100%">
        {done ? (
          <Stack>
            <Alert color="green" title={t('auth.reset.doneTitle')} role="status">
              {t('auth.reset.done')}
            </Alert>
            <AnchorLink to="/login">{t('auth.login.link')}</AnchorLink>
          </Stack>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack>
              <PasswordInput
                label={t('auth.newPassword')}
                name="password"
                autoComplete="new-password"
                description={t('auth.passwordRule', { min: PASSWORD_MIN_LENGTH })}
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                required
                autoFocus
                maxLength={PASSWORD_MAX_LENGTH}
                error={fieldError(error, 'password')}
              />
              <PasswordInput
                label={t('auth.repeatPassword')}
                name="passwordRepeat"
                autoComplete="new-password"
                value={repeat}
                onChange={(event) => setRepeat(event.currentTarget.value)}
                required
                maxLength={PASSWORD_MAX_LENGTH}
                error={localError}
              />
              <ErrorAlert error={error} hideFieldPaths={['password']} />
              {error ? (
                <AnchorLink to="/forgot-password" size="sm">
                  {t('auth.reset.again')}
                </AnchorLink>
              ) : null}
              <Button type="submit" loading={pending}>
                {t('auth.reset.submit')}
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
    </Page>
  );
}
