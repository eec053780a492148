import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useLocale } from '../../shared/i18n/locale.tsx';
import type { MessageKey } from '../../shared/i18n/messages.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { CardLink } from '../../shared/ui/links.tsx';
import { LoadingState } from '../../shared/ui/states.tsx';
import { templatesQuery } from './finance.api.ts';

const TEMPLATE_HINT_KEYS: Record<string, MessageKey> = {
  'copper-mine': 'finance.template.copperMineHint',
  'brine-salt-magnesium': 'finance.template.brineHint',
  'manufacturing-plant': 'finance.template.manufacturingHint',
  'wastewater-bot': 'finance.template.wastewaterHint',
};

/** The first step of a new model: a template to edit, or an empty model. */
export function TemplateChooser({ opportunityId }: { opportunityId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const templates = useQuery(templatesQuery);
  if (templates.isPending) return <LoadingState />;
  if (templates.isError)
    return <ErrorAlert error={templates.error} onRetry={() => void templates.refetch()} />;
  return (
    <Stack>
      <Text>{t('finance.new.chooseTemplate')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        {templates.data.items.map((template) => (
          <CardLink
            key={template.id}
            to="/opportunities/$id/models/new"
            params={{ id: opportunityId }}
            search={{ template: template.id }}
            withBorder
            padding="md"
            data-testid={`template-${template.id}`}
          >
            <Text fw={600}>{template.names[locale] ?? template.document.name}</Text>
            {TEMPLATE_HINT_KEYS[template.id] ? (
              <Text size="sm" c="dimmed">
                {t(TEMPLATE_HINT_KEYS[template.id] as MessageKey)}
              </Text>
            ) : null}
          </CardLink>
        ))}
        <CardLink
          to="/opportunities/$id/models/new"
          params={{ id: opportunityId }}
          search={{ template: 'blank' }}
          withBorder
          padding="md"
          data-testid="template-blank"
        >
          <Text fw={600}>{t('finance.template.blank')}</Text>
          <Text size="sm" c="dimmed">
            {t('finance.template.blankHint')}
          </Text>
        </CardLink>
      </SimpleGrid>
    </Stack>
  );
}
