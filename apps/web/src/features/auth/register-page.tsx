import { Button, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useLocale } from '../../shared/i18n/locale.tsx';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert, fieldError } from '../../shared/ui/error-alert.tsx';
import { AnchorLink } from '../../shared/ui/links.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { authApi, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './auth.api.ts';
import { useSignedIn } from './use-signed-in.ts';

const route = getRouteApi('/register');

/** Create an account; the UI language becomes the account's language. */
export function RegisterPage() {
  const t = useT();
  const { locale } = useLocale();
  const { redirect } = route.useSearch();
  const signedIn = useSignedIn();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password.length < PASSWORD_MIN_LENGTH) {
      setTooShort(true);
      return;
    }
    setPending(true);
    setError(null);
    try {
      const { user } = await authApi.register({ name: name.trim(), email: email.trim(), password, locale });
      await signedIn(user, redirect);
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };

  return (
    <Page title={t('auth.register.title')}>
      <Paper withBorder p="lg" maw={440} w="100%">
        <form onSubmit={submit} noValidate>
          <Stack>
            <TextInput
              label={t('auth.name')}
              name="name"
              autoComplete="name"
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              required
              autoFocus
              dir="auto"
              maxLength={200}
              error={fieldError(error, 'name')}
            />
            <TextInput
              label={t('auth.email')}
              name="email"
              type="email"
              autoComplete="email"
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              required
              dir="ltr"
              error={fieldError(error, 'email')}
            />
            <PasswordInput
              label={t('auth.password')}
              name="password"
              autoComplete="new-password"
              description={t('auth.passwordRule', { min: PASSWORD_MIN_LENGTH })}
              value={password}
              onChange={(event) => {
                setPassword(event.currentTarget.value);
                setTooShort(false);
              }}
              required
              maxLength={PASSWORD_MAX_LENGTH}
              error={
                tooShort
                  ? t('auth.passwordTooShort', { min: PASSWORD_MIN_LENGTH })
                  : fieldError(error, 'password')
              }
            />
            <ErrorAlert error={error} hideFieldPaths={['name', 'email', 'password']} />
            <Button type="submit" loading={pending} data-testid="register-submit">
              {t('auth.register.submit')}
            </Button>
            <Text size="sm">
              {t('auth.register.haveAccount')}{' '}
              <AnchorLink to="/login" search={redirect ? { redirect } : {}}>
                {t('auth.login.link')}
              </AnchorLink>
            </Text>
          </Stack>
        </form>
      </Paper>
    </Page>
  );
}
