import { Group, Stack } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { useT } from '../../shared/i18n/use-t.ts';
import { AnchorLink } from '../../shared/ui/links.tsx';
import { REFERENCE_SECTIONS } from './reference-sections.ts';

/** The reference area: its sub-navigation above each page. */
export function ReferenceLayout() {
  const t = useT();
  const active = { 'aria-current': 'page' as const };
  return (
    <Stack gap="md">
      <Group gap={4} component="nav" aria-label={t('reference.title')} wrap="wrap">
        <AnchorLink
          to="/reference"
          className="karvan-nav-link"
          activeProps={active}
          activeOptions={{ exact: true }}
        >
          {t('reference.overview')}
        </AnchorLink>
        {REFERENCE_SECTIONS.map((section) => (
          <AnchorLink key={section.to} to={section.to} className="karvan-nav-link" activeProps={active}>
            {t(section.title)}
          </AnchorLink>
        ))}
      </Group>
      <Outlet />
    </Stack>
  );
}
