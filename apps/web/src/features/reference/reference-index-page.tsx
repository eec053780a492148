import { Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useT } from '../../shared/i18n/use-t.ts';
import { ChevronForwardIcon } from '../../shared/ui/icons.tsx';
import { CardLink } from '../../shared/ui/links.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { REFERENCE_SECTIONS } from './reference-sections.ts';

/** What reference data ships with Karvan. */
export function ReferenceIndexPage() {
  const t = useT();
  return (
    <Page title={t('reference.title')} subtitle={<Text c="dimmed">{t('reference.description')}</Text>}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        {REFERENCE_SECTIONS.map((section) => (
          <CardLink key={section.to} withBorder to={section.to} className="karvan-card-link">
            <Stack gap={6}>
              <Group justify="space-between" wrap="nowrap">
                <Text fw={700}>{t(section.title)}</Text>
                <ChevronForwardIcon />
              </Group>
              <Text size="sm" c="dimmed">
                {t(section.description)}
              </Text>
            </Stack>
          </CardLink>
        ))}
      </SimpleGrid>
    </Page>
  );
}
