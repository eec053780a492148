import { Autocomplete, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useT } from '../../shared/i18n/use-t.ts';
import { grantsQuery } from './dataroom.api.ts';

/** Owner side: pick a grantee's e-mail and see the room exactly as they would. */
export function ViewAsButton({ opportunityId }: { opportunityId: string }) {
  const t = useT();
  const navigate = useNavigate({ from: '/opportunities/$id/dataroom' });
  const [opened, setOpened] = useState(false);
  const [email, setEmail] = useState('');
  const grants = useQuery({ ...grantsQuery(opportunityId), enabled: opened });
  // Users granted by name are the obvious choices; members of granted organisations are typed in.
  const suggestions = [
    ...new Set(
      (grants.data?.items ?? [])
        .filter((grant) => grant.status === 'active' && grant.user)
        .map((grant) => grant.user?.email ?? ''),
    ),
  ];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const asUser = email.trim();
    if (!asUser) return;
    setOpened(false);
    void navigate({ search: (previous) => ({ ...previous, asUser, tab: 'documents' }) });
  };

  return (
    <>
      <Button variant="default" size="sm" onClick={() => setOpened(true)} data-testid="view-as">
        {t('dataroom.viewAs.button')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('dataroom.viewAs.title')} centered>
        <form onSubmit={submit}>
          <Stack>
            <Text size="sm">{t('dataroom.viewAs.hint')}</Text>
            <Autocomplete
              label={t('auth.email')}
              dir="ltr"
              data={suggestions}
              value={email}
              onChange={setEmail}
              required
              data-autofocus
              comboboxProps={{ withinPortal: true }}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" disabled={!email.includes('@')}>
                {t('dataroom.viewAs.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
