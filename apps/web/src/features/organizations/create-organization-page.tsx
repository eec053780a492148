import type { LocalizedText as LocalizedTextValue } from '@karvan/domain';
import { Button, Group, Paper, Select, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { meQuery } from '../../shared/api/session.ts';
import { ORGANIZATION_KINDS, type OrganizationKind } from '../../shared/api/types.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert, fieldError } from '../../shared/ui/error-alert.tsx';
import { ArrowBackIcon } from '../../shared/ui/icons.tsx';
import { AnchorLink } from '../../shared/ui/links.tsx';
import {
  compactLocalizedText,
  hasAnyText,
  LocalizedTextInput,
} from '../../shared/ui/localized-text-input.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { hasProvinces } from '../reference/reference.api.ts';
import { CountrySelect, ProvinceSelect } from './country-select.tsx';
import { KIND_LABEL_KEYS } from './labels.ts';
import { organizationsApi } from './organizations.api.ts';

function localeErrors(error: unknown, base: string) {
  return {
    fa: fieldError(error, `${base}.fa`),
    ar: fieldError(error, `${base}.ar`),
    zh: fieldError(error, `${base}.zh`),
    en: fieldError(error, `${base}.en`),
  };
}

/** Create an organisation; the creator becomes its owner. */
export function CreateOrganizationPage() {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState<LocalizedTextValue>({});
  const [description, setDescription] = useState<LocalizedTextValue>({});
  const [kind, setKind] = useState<OrganizationKind | null>(null);
  const [country, setCountry] = useState<string | null>(null);
  const [province, setProvince] = useState<string | null>(null);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!hasAnyText(name)) problems.name = t('organizations.create.nameRequired');
    if (!kind) problems.kind = t('form.required');
    if (!country) problems.country = t('form.required');
    if (hasProvinces(country) && !province) problems.province = t('form.required');
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0 || !kind || !country) return;

    setPending(true);
    setError(null);
    try {
      const descriptionText = compactLocalizedText(description);
      const organization = await organizationsApi.create({
        name: compactLocalizedText(name),
        kind,
        country,
        ...(hasProvinces(country) && province ? { province } : {}),
        ...(hasAnyText(descriptionText) ? { description: descriptionText } : {}),
      });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['organizations'] }),
        queryClient.invalidateQueries({ queryKey: meQuery.queryKey, exact: true }),
      ]);
      await navigate({ to: '/organizations/$idOrSlug', params: { idOrSlug: organization.slug } });
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };

  return (
    <Page
      title={t('organizations.create.title')}
      back={
        <AnchorLink to="/organizations" size="sm">
          <ArrowBackIcon size={14} /> {t('organizations.title')}
        </AnchorLink>
      }
    >
      <Paper withBorder p="lg" maw={720}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <LocalizedTextInput
              label={t('organizations.create.name')}
              description={t('organizations.create.nameHint')}
              name="name"
              value={name}
              onChange={setName}
              required
              maxLength={200}
              error={localErrors.name ?? fieldError(error, 'name')}
              errors={localeErrors(error, 'name')}
            />
            <Select
              label={t('organizations.kind')}
              name="kind"
              value={kind}
              onChange={(value) => setKind((value as OrganizationKind | null) ?? null)}
              data={ORGANIZATION_KINDS.map((item) => ({ value: item, label: t(KIND_LABEL_KEYS[item]) }))}
              required
              error={localErrors.kind ?? fieldError(error, 'kind')}
            />
            <CountrySelect
              label={t('organizations.country')}
              name="country"
              value={country}
              onChange={(value) => {
                setCountry(value);
                setProvince(null);
              }}
              required
              error={localErrors.country ?? fieldError(error, 'country')}
            />
            {hasProvinces(country) ? (
              <ProvinceSelect
                key={country}
                country={country}
                label={t('organizations.province')}
                name="province"
                value={province}
                onChange={setProvince}
                required
                error={localErrors.province ?? fieldError(error, 'province')}
              />
            ) : null}
            <LocalizedTextInput
              label={t('organizations.create.description')}
              name="description"
              value={description}
              onChange={setDescription}
              multiline
              maxLength={4000}
              error={fieldError(error, 'description')}
              errors={localeErrors(error, 'description')}
            />
            <ErrorAlert
              error={error}
              hideFieldPaths={[
                'name',
                'kind',
                'country',
                'province',
                'description',
                'name.fa',
                'name.ar',
                'name.zh',
                'name.en',
              ]}
            />
            <Group>
              <Button type="submit" loading={pending}>
                {t('organizations.create.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Page>
  );
}
