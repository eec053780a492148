import { Alert, Button, Paper, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert, fieldError } from '../../shared/ui/error-alert.tsx';
import { AnchorLink } from '../../shared/ui/links.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { authApi } from './auth.api.ts';

/** Ask for a reset link. The answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const t = useT();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await authApi.requestPasswordReset(email.trim());
      setSent(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };

  return (
    <Page title={t('auth.forgot.title')}>
      <Paper withBorder p="lg" maw={440} w="100%">
        {sent ? (
          <Stack>
            <Alert color="green" title={t('auth.forgot.sentTitle')} role="status">
              {t('auth.forgot.sent')}
            </Alert>
            <AnchorLink to="/login">{t('auth.login.link')}</AnchorLink>
          </Stack>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack>
              <Text size="sm">{t('auth.forgot.description')}</Text>
              <TextInput
                label={t('auth.email')}
                name="email"
                type="email"
                autoComplete="email"
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
                required
                autoFocus
                dir="ltr"
                error={fieldError(error, 'email')}
              />
              <ErrorAlert error={error} hideFieldPaths={['email']} />
              <Button type="submit" loading={pending}>
                {t('auth.forgot.submit')}
              </Button>
              <AnchorLink to="/login" size="sm">
                {t('auth.login.link')}
              </AnchorLink>
            </Stack>
          </form>
        )}
      </Paper>
    </Page>
  );
}
