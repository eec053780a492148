import { Badge, Group, Stack, Text } from '@mantine/core';
import type { Organization } from '../../shared/api/types.ts';
import { useCountryName } from '../../shared/format/region-names.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ChevronForwardIcon } from '../../shared/ui/icons.tsx';
import { CardLink } from '../../shared/ui/links.tsx';
import { LocalizedText } from '../../shared/ui/localized-text.tsx';
import { ProvinceName } from '../reference/province-name.tsx';
import { KIND_LABEL_KEYS } from './labels.ts';

/** One organisation in a list: name in the reader's language, kind, place, members. */
export function OrganizationCard({ organization }: { organization: Organization }) {
  const t = useT();
  const countryName = useCountryName();
  return (
    <CardLink
      withBorder
      padding="md"
      to="/organizations/$idOrSlug"
      params={{ idOrSlug: organization.slug }}
      className="karvan-card-link"
      data-testid="organization-card"
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={700} component="h3" size="md" m={0}>
            <LocalizedText value={organization.name} />
          </Text>
          <ChevronForwardIcon />
        </Group>
        <Group gap={6}>
          <Badge variant="light">{t(KIND_LABEL_KEYS[organization.kind])}</Badge>
          {organization.isDemo ? (
            <Badge variant="outline" color="gray">
              {t('organization.demo')}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed">
          {countryName(organization.country)}
          {organization.province ? (
            <>
              {t('common.listSeparator')}
              <ProvinceName country={organization.country} code={organization.province} />
            </>
          ) : null}
        </Text>
        <Text size="sm" c="dimmed">
          {t('organization.memberCount', { count: organization.memberCount })}
        </Text>
      </Stack>
    </CardLink>
  );
}
