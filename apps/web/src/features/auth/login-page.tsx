import { Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../shared/api/client.ts';
import { normaliseOneTimeCode } from '../../shared/format/digits.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert, fieldError } from '../../shared/ui/error-alert.tsx';
import { AnchorLink } from '../../shared/ui/links.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { authApi } from './auth.api.ts';
import { useSignedIn } from './use-signed-in.ts';

const route = getRouteApi('/login');

/** Sign in with e-mail and password, then a 6-digit code when two-factor sign-in is on. */
export function LoginPage() {
  const t = useT();
  const { redirect } = route.useSearch();
  const signedIn = useSignedIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needsTotp, setNeedsTotp] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const { user } = await authApi.login({
        email: email.trim(),
        password,
        totp: needsTotp ? totp : undefined,
      });
      await signedIn(user, redirect);
    } catch (caught) {
      if (isApiError(caught, 'auth.totp_required')) {
        // Not a failure: the password was right and the account wants its second factor.
        setNeedsTotp(true);
      } else {
        setError(caught);
        if (isApiError(caught, 'auth.totp_invalid')) setTotp('');
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <Page title={t('auth.login.title')}>
      <Paper withBorder p="lg" maw={440} w="100%">
        <form onSubmit={submit} noValidate aria-describedby={error ? 'login-error' : undefined}>
          <Stack>
            {needsTotp ? (
              <>
                <Text size="sm">{t('auth.login.totpPrompt')}</Text>
                <TextInput
                  label={t('auth.totp.code')}
                  name="totp"
                  value={totp}
                  onChange={(event) => setTotp(normaliseOneTimeCode(event.currentTarget.value))}
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  required
                  autoFocus
                  maxLength={8}
                  dir="ltr"
                  data-testid="totp-input"
                />
              </>
            ) : (
              <>
                <TextInput
                  label={t('auth.email')}
                  name="email"
                  type="email"
                  autoComplete="username"
                  value={email}
                  onChange={(event) => setEmail(event.currentTarget.value)}
                  required
                  autoFocus
                  dir="ltr"
                  error={fieldError(error, 'email')}
                />
                <PasswordInput
                  label={t('auth.password')}
                  name="password"
                  autoComplete="current-password"
                  value={password}
                  onChange={(event) => setPassword(event.currentTarget.value)}
                  required
                  error={fieldError(error, 'password')}
                />
              </>
            )}
            <div id="login-error">
              <ErrorAlert error={error} hideFieldPaths={['email', 'password']} />
            </div>
            <Button type="submit" loading={pending} data-testid="login-submit">
              {needsTotp ? t('auth.login.verify') : t('auth.login.submit')}
            </Button>
            {needsTotp ? (
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={() => {
                  setNeedsTotp(false);
                  setTotp('');
                  setError(null);
                }}
              >
                {t('auth.login.back')}
              </Anchor>
            ) : (
              <Stack gap={4}>
                <AnchorLink to="/forgot-password" size="sm">
                  {t('auth.forgot.link')}
                </AnchorLink>
                <Text size="sm">
                  {t('auth.login.noAccount')}{' '}
                  <AnchorLink to="/register" search={redirect ? { redirect } : {}}>
                    {t('auth.register.link')}
                  </AnchorLink>
                </Text>
              </Stack>
            )}
          </Stack>
        </form>
      </Paper>
    </Page>
  );
}
