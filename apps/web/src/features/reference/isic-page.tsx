import { Text } from '@mantine/core';
import type { IsicItem } from '../../shared/api/types.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { Page } from '../../shared/ui/page.tsx';
import { type ClassificationSource, ClassificationTree } from './classification-tree.tsx';
import { isicQuery } from './reference.api.ts';

const ISIC_SOURCE: ClassificationSource<IsicItem> = {
  query: isicQuery,
  toNode: (item) => ({ code: item.code, level: item.level, text: item.title, unofficial: item.unofficial }),
  leafLevels: ['class'],
  levelLabels: {
    section: 'reference.isic.level.section',
    division: 'reference.isic.level.division',
    group: 'reference.isic.level.group',
    class: 'reference.isic.level.class',
  },
};

/** ISIC Rev.4: sections → divisions → groups → classes, with search. */
export function IsicPage() {
  const t = useT();
  return (
    <Page
      title={t('reference.isic.title')}
      subtitle={<Text c="dimmed">{t('reference.isic.description')}</Text>}
    >
      <ClassificationTree source={ISIC_SOURCE} searchLabel={t('reference.isic.search')} />
    </Page>
  );
}
