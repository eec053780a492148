import { Text } from '@mantine/core';
import type { HsItem } from '../../shared/api/types.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { Page } from '../../shared/ui/page.tsx';
import { type ClassificationSource, ClassificationTree } from './classification-tree.tsx';
import { hsQuery } from './reference.api.ts';

const HS_SOURCE: ClassificationSource<HsItem> = {
  query: hsQuery,
  toNode: (item) => ({
    code: item.code,
    level: item.level,
    text: item.description,
    unofficial: item.unofficial,
  }),
  leafLevels: ['subheading'],
  levelLabels: {
    section: 'reference.hs.level.section',
    chapter: 'reference.hs.level.chapter',
    heading: 'reference.hs.level.heading',
    subheading: 'reference.hs.level.subheading',
  },
};

/** HS 2022 chapters and headings, with the six-digit lines for minerals and metals. */
export function HsPage() {
  const t = useT();
  return (
    <Page title={t('reference.hs.title')} subtitle={<Text c="dimmed">{t('reference.hs.description')}</Text>}>
      <ClassificationTree source={HS_SOURCE} searchLabel={t('reference.hs.search')} />
    </Page>
  );
}
