import { LOCALES, type Locale } from '@karvan/domain';
import { Alert, Button, Group, Paper, Radio, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { meQuery, useMe } from '../../shared/api/session.ts';
import type { Calendar, CurrencyDisplay } from '../../shared/api/types.ts';
import { createFormatters } from '../../shared/format/format.ts';
import { isLocale, LANGUAGE_ENDONYMS, useLocale } from '../../shared/i18n/locale.tsx';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert, fieldError } from '../../shared/ui/error-alert.tsx';
import { LocalizedNumberInput } from '../../shared/ui/number-input.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { LoadingState } from '../../shared/ui/states.tsx';
import { accountApi } from './account.api.ts';
import { AccountNav } from './account-nav.tsx';

/** A round sample that shows the rial/toman difference plainly: 125,000,000 rials = 12,500,000 tomans. */
const SAMPLE_RIALS = 125_000_000;

/** Name, language, calendar and rial/toman, with a live preview of dates and amounts. */
export function SettingsPage() {
  const t = useT();
  const { setLocale } = useLocale();
  const queryClient = useQueryClient();
  const { data: me } = useMe();
  const [name, setName] = useState('');
  const [locale, setLocaleChoice] = useState<Locale>('en');
  const [calendar, setCalendar] = useState<Calendar>('gregorian');
  const [currencyDisplay, setCurrencyDisplay] = useState<CurrencyDisplay>('rial');
  const [sample, setSample] = useState<number | null>(SAMPLE_RIALS);
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!me) return;
    setName(me.user.name);
    setLocaleChoice(me.user.locale);
    setCalendar(me.user.calendar);
    setCurrencyDisplay(me.user.currencyDisplay);
  }, [me]);

  if (!me) return <LoadingState />;

  const preview = createFormatters({ locale, calendar, currencyDisplay });
  const now = new Date();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    setSaved(false);
    try {
      const { user } = await accountApi.update({ name: name.trim(), locale, calendar, currencyDisplay });
      queryClient.setQueryData(meQuery.queryKey, (current) => (current ? { ...current, user } : current));
      await setLocale(user.locale);
      setSaved(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };

  return (
    <Page title={t('account.settings.title')} subtitle={<AccountNav />}>
      <Paper withBorder p="lg" maw={640}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <TextInput
              label={t('auth.name')}
              name="name"
              autoComplete="name"
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              required
              dir="auto"
              maxLength={200}
              error={fieldError(error, 'name')}
            />
            <TextInput label={t('auth.email')} value={me.user.email} readOnly dir="ltr" />
            <Select
              label={t('account.settings.language')}
              name="locale"
              value={locale}
              onChange={(value) => {
                if (isLocale(value)) setLocaleChoice(value);
              }}
              data={LOCALES.map((code) => ({ value: code, label: LANGUAGE_ENDONYMS[code] }))}
              allowDeselect={false}
            />
            <Radio.Group
              label={t('account.settings.calendar')}
              name="calendar"
              value={calendar}
              onChange={(value) => setCalendar(value === 'persian' ? 'persian' : 'gregorian')}
            >
              <Group mt="xs">
                <Radio value="persian" label={t('calendar.persian')} />
                <Radio value="gregorian" label={t('calendar.gregorian')} />
              </Group>
            </Radio.Group>
            <Radio.Group
              label={t('account.settings.currencyDisplay')}
              description={t('account.settings.currencyDisplayHint')}
              name="currencyDisplay"
              value={currencyDisplay}
              onChange={(value) => setCurrencyDisplay(value === 'toman' ? 'toman' : 'rial')}
            >
              <Group mt="xs">
                <Radio value="rial" label={t('currencyDisplay.rial')} />
                <Radio value="toman" label={t('currencyDisplay.toman')} />
              </Group>
            </Radio.Group>

            <Paper bg="gray.0" p="md" radius="md" aria-live="polite">
              <Stack gap={6}>
                <Title order={2} size="h5">
                  {t('account.settings.preview')}
                </Title>
                <Text size="sm">
                  {t('account.settings.previewDate')} <bdi>{preview.dateWithGregorian(now)}</bdi>
                </Text>
                <LocalizedNumberInput
                  label={t('account.settings.previewAmount')}
                  description={t('account.settings.previewAmountHint')}
                  value={sample}
                  onChange={setSample}
                  min={0}
                  maw={320}
                />
                <Text size="sm" data-testid="money-preview">
                  {sample === null ? '—' : <bdi>{preview.money(sample, 'IRR')}</bdi>}
                </Text>
              </Stack>
            </Paper>

            <ErrorAlert error={error} hideFieldPaths={['name']} />
            {saved ? (
              <Alert color="green" role="status">
                {t('common.saved')}
              </Alert>
            ) : null}
            <Group>
              <Button type="submit" loading={pending}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Page>
  );
}
