import {
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Image,
  Paper,
  PasswordInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { meQuery, useMe } from '../../shared/api/session.ts';
import type { CreatedApiToken, TotpSetup } from '../../shared/api/types.ts';
import { normaliseOneTimeCode } from '../../shared/format/digits.ts';
import { useFormat } from '../../shared/format/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ConfirmButton } from '../../shared/ui/confirm-button.tsx';
import { ErrorAlert, fieldError } from '../../shared/ui/error-alert.tsx';
import { CheckIcon, CopyIcon } from '../../shared/ui/icons.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { EmptyState, LoadingState } from '../../shared/ui/states.tsx';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth/auth.api.ts';
import { accountApi, sessionsQuery, tokensQuery } from './account.api.ts';
import { AccountNav } from './account-nav.tsx';

function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id}>
      <Stack>
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** A copy-to-clipboard button that says when it has copied. */
function CopyValueButton({ value }: { value: string }) {
  const t = useT();
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Button
          variant="light"
          size="xs"
          onClick={copy}
          leftSection={copied ? <CheckIcon size={14} /> : <CopyIcon size={14} />}
          color={copied ? 'green' : undefined}
          aria-live="polite"
        >
          {copied ? t('common.copied') : t('common.copy')}
        </Button>
      )}
    </CopyButton>
  );
}

function ChangePasswordForm() {
  const t = useT();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    if (next.length < PASSWORD_MIN_LENGTH)
      return setLocalError(t('auth.passwordTooShort', { min: PASSWORD_MIN_LENGTH }));
    if (next !== repeat) return setLocalError(t('auth.passwordMismatch'));
    setLocalError(null);
    setPending(true);
    setError(null);
    try {
      await accountApi.changePassword(current, next);
      setCurrent('');
      setNext('');
      setRepeat('');
      setDone(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={420}>
        <PasswordInput
          label={t('account.security.currentPassword')}
          name="currentPassword"
          autoComplete="current-password"
          value={current}
          onChange={(event) => setCurrent(event.currentTarget.value)}
          required
          error={fieldError(error, 'currentPassword')}
        />
        <PasswordInput
          label={t('auth.newPassword')}
          name="newPassword"
          autoComplete="new-password"
          description={t('auth.passwordRule', { min: PASSWORD_MIN_LENGTH })}
          value={next}
          onChange={(event) => setNext(event.currentTarget.value)}
          required
          maxLength={PASSWORD_MAX_LENGTH}
          error={fieldError(error, 'newPassword')}
        />
        <PasswordInput
          label={t('auth.repeatPassword')}
          name="newPasswordRepeat"
          autoComplete="new-password"
          value={repeat}
          onChange={(event) => setRepeat(event.currentTarget.value)}
          required
          maxLength={PASSWORD_MAX_LENGTH}
          error={localError}
        />
        <ErrorAlert error={error} hideFieldPaths={['currentPassword', 'newPassword']} />
        {done ? (
          <Alert color="green" role="status">
            {t('account.security.passwordChanged')}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={pending}>
            {t('account.security.changePassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function OneTimeCodeForm({
  submitLabel,
  color,
  onSubmit,
}: {
  submitLabel: string;
  color?: string;
  onSubmit: (code: string) => Promise<void>;
}) {
  const t = useT();
  const [code, setCode] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await onSubmit(code);
      setCode('');
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={320} gap="sm">
        <TextInput
          label={t('auth.totp.code')}
          description={t('auth.totp.codeHint')}
          name="code"
          value={code}
          onChange={(event) => setCode(normaliseOneTimeCode(event.currentTarget.value))}
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          maxLength={8}
          dir="ltr"
          error={fieldError(error, 'code')}
        />
        <ErrorAlert error={error} hideFieldPaths={['code']} />
        <Group>
          <Button type="submit" loading={pending} color={color} disabled={code.length < 6}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function TwoFactorSection() {
  const t = useT();
  const queryClient = useQueryClient();
  const { data: me } = useMe();
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);

  if (!me) return null;
  const enabled = me.user.totpEnabled;

  const refreshMe = () => queryClient.invalidateQueries({ queryKey: meQuery.queryKey, exact: true });

  const startSetup = async () => {
    setPending(true);
    setError(null);
    setMessage(null);
    try {
      setSetup(await accountApi.setupTotp());
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };

  return (
    <Section title={t('account.security.totp.title')} id="security-totp">
      <Group gap="xs">
        <Text size="sm">{t('account.security.totp.status')}</Text>
        <Badge color={enabled ? 'green' : 'gray'} variant="light">
          {enabled ? t('account.security.totp.on') : t('account.security.totp.off')}
        </Badge>
      </Group>
      {message ? (
        <Alert color="green" role="status">
          {message}
        </Alert>
      ) : null}
      {enabled ? (
        <Stack gap="xs">
          <Text size="sm">{t('account.security.totp.disableHint')}</Text>
          <OneTimeCodeForm
            submitLabel={t('account.security.totp.disable')}
            color="red"
            onSubmit={async (code) => {
              await accountApi.disableTotp(code);
              setMessage(t('account.security.totp.disabled'));
              await refreshMe();
            }}
          />
        </Stack>
      ) : setup ? (
        <Stack>
          <Text size="sm">{t('account.security.totp.scan')}</Text>
          {/* Shown as an image, never as inline markup: an SVG from anywhere cannot run script in an <img>. */}
          <Image
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(setup.qrSvg)}`}
            alt={t('account.security.totp.qrAlt')}
            className="karvan-qr"
            w={200}
            h={200}
          />
          <Stack gap={4}>
            <Text size="sm">{t('account.security.totp.secret')}</Text>
            <Group gap="xs">
              <Text className="karvan-code" fw={600} data-testid="totp-secret">
                {setup.secret}
              </Text>
              <CopyValueButton value={setup.secret} />
            </Group>
          </Stack>
          <OneTimeCodeForm
            submitLabel={t('account.security.totp.confirm')}
            onSubmit={async (code) => {
              await accountApi.enableTotp(code);
              setSetup(null);
              setMessage(t('account.security.totp.enabled'));
              await refreshMe();
            }}
          />
        </Stack>
      ) : (
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t('account.security.totp.description')}</Text>
          <ErrorAlert error={error} />
          <Button onClick={() => void startSetup()} loading={pending}>
            {t('account.security.totp.setUp')}
          </Button>
        </Stack>
      )}
    </Section>
  );
}

function SessionsSection() {
  const t = useT();
  const format = useFormat();
  const queryClient = useQueryClient();
  const sessions = useQuery(sessionsQuery);

  const end = async (id: string, isCurrent: boolean) => {
    await accountApi.endSession(id);
    if (isCurrent) {
      queryClient.setQueryData(meQuery.queryKey, null);
      window.location.assign('/login');
      return;
    }
    await queryClient.invalidateQueries({ queryKey: sessionsQuery.queryKey });
  };

  return (
    <Section title={t('account.security.sessions.title')} id="security-sessions">
      {sessions.isPending ? (
        <LoadingState />
      ) : sessions.isError ? (
        <ErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : sessions.data.items.length === 0 ? (
        <EmptyState title={t('account.security.sessions.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('account.security.sessions.device')}</Table.Th>
                <Table.Th>{t('account.security.sessions.ip')}</Table.Th>
                <Table.Th>{t('account.security.sessions.started')}</Table.Th>
                <Table.Th>{t('account.security.sessions.lastSeen')}</Table.Th>
                <Table.Th>
                  <span className="karvan-visually-hidden">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.data.items.map((session) => (
                <Table.Tr key={session.id}>
                  <Table.Td>
                    <Text size="sm" dir="ltr" lineClamp={2} title={session.userAgent ?? undefined}>
                      {session.userAgent || t('account.security.sessions.unknownDevice')}
                    </Text>
                    {session.isCurrent ? (
                      <Badge size="xs" color="green" variant="light">
                        {t('account.security.sessions.current')}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <bdi className="karvan-code">{session.ip ?? '—'}</bdi>
                  </Table.Td>
                  <Table.Td>{format.dateTime(session.createdAt)}</Table.Td>
                  <Table.Td>{format.dateTime(session.lastSeenAt)}</Table.Td>
                  <Table.Td>
                    <ConfirmButton
                      size="xs"
                      title={t('account.security.sessions.endTitle')}
                      message={
                        session.isCurrent
                          ? t('account.security.sessions.endCurrentMessage')
                          : t('account.security.sessions.endMessage')
                      }
                      onConfirm={() => end(session.id, session.isCurrent)}
                    >
                      {t('account.security.sessions.end')}
                    </ConfirmButton>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}

function TokensSection() {
  const t = useT();
  const format = useFormat();
  const queryClient = useQueryClient();
  const tokens = useQuery(tokensQuery);
  const [name, setName] = useState('');
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      setCreated(await accountApi.createToken(name.trim()));
      setName('');
      await queryClient.invalidateQueries({ queryKey: tokensQuery.queryKey });
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };

  const revoke = async (id: string) => {
    await accountApi.revokeToken(id);
    if (created?.id === id) setCreated(null);
    await queryClient.invalidateQueries({ queryKey: tokensQuery.queryKey });
  };

  return (
    <Section title={t('account.security.tokens.title')} id="security-tokens">
      <Text size="sm">{t('account.security.tokens.description')}</Text>
      <Group gap="xs">
        <Text size="sm">{t('account.security.tokens.usage')}</Text>
        <Code dir="ltr">Authorization: Bearer TOKEN</Code>
      </Group>
      <form onSubmit={create} noValidate>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('account.security.tokens.name')}
            name="tokenName"
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            required
            dir="auto"
            maxLength={100}
            error={fieldError(error, 'name')}
          />
          <Button type="submit" loading={pending} disabled={!name.trim()}>
            {t('account.security.tokens.create')}
          </Button>
        </Group>
      </form>
      <ErrorAlert error={error} hideFieldPaths={['name']} />
      {created ? (
        <Alert color="yellow" title={t('account.security.tokens.createdTitle')} role="status">
          <Stack gap="xs">
            <Text size="sm">{t('account.security.tokens.createdOnce')}</Text>
            <Group gap="xs" wrap="nowrap">
              <Text
                className="karvan-code"
                fw={600}
                style={{ overflowWrap: 'anywhere' }}
                data-testid="new-token"
              >
                {created.token}
              </Text>
              <CopyValueButton value={created.token} />
            </Group>
            <Group>
              <Button size="xs" variant="subtle" onClick={() => setCreated(null)}>
                {t('account.security.tokens.hide')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : null}
      {tokens.isPending ? (
        <LoadingState />
      ) : tokens.isError ? (
        <ErrorAlert error={tokens.error} onRetry={() => void tokens.refetch()} />
      ) : tokens.data.items.length === 0 ? (
        <EmptyState title={t('account.security.tokens.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('account.security.tokens.name')}</Table.Th>
                <Table.Th>{t('account.security.tokens.prefix')}</Table.Th>
                <Table.Th>{t('common.createdAt')}</Table.Th>
                <Table.Th>{t('account.security.tokens.lastUsed')}</Table.Th>
                <Table.Th>
                  <span className="karvan-visually-hidden">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.data.items.map((token) => (
                <Table.Tr key={token.id}>
                  <Table.Td dir="auto">{token.name}</Table.Td>
                  <Table.Td>
                    <bdi className="karvan-code">{token.prefix}…</bdi>
                  </Table.Td>
                  <Table.Td>{format.dateTime(token.createdAt)}</Table.Td>
                  <Table.Td>
                    {token.lastUsedAt
                      ? format.dateTime(token.lastUsedAt)
                      : t('account.security.tokens.neverUsed')}
                  </Table.Td>
                  <Table.Td>
                    <ConfirmButton
                      size="xs"
                      title={t('account.security.tokens.revokeTitle')}
                      message={t('account.security.tokens.revokeMessage', { name: token.name })}
                      onConfirm={() => revoke(token.id)}
                    >
                      {t('account.security.tokens.revoke')}
                    </ConfirmButton>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}

/** Password, two-factor sign-in, sessions and personal API tokens. */
export function SecurityPage() {
  const t = useT();
  return (
    <Page title={t('account.security.title')} subtitle={<AccountNav />}>
      <Section title={t('account.security.changePassword')} id="security-password">
        <ChangePasswordForm />
      </Section>
      <TwoFactorSection />
      <SessionsSection />
      <TokensSection />
    </Page>
  );
}
