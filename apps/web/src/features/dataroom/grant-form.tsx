import {
  Button,
  Checkbox,
  Group,
  Modal,
  Radio,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert, fieldError } from '../../shared/ui/error-alert.tsx';
import { useLocalizedString } from '../../shared/ui/localized-text.tsx';
import { organizationsQuery } from '../organizations/organizations.api.ts';
import {
  ACCESS_LEVELS,
  type AccessLevel,
  type CreateGrantRequest,
  dataroomApi,
  type Room,
  roomKey,
} from './dataroom.api.ts';
import { FolderChecklist } from './folder-checklist.tsx';
import { LEVEL_HINT_KEYS, LEVEL_LABEL_KEYS } from './labels.ts';
import { buildFolderTree } from './room-tree.ts';

type GranteeKind = 'organization' | 'user';

/** An organisation from the directory, searched by name in any language as the user types. */
function OrganizationSearch({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const t = useT();
  const toName = useLocalizedString();
  const [searchValue, setSearchValue] = useState('');
  const [debounced] = useDebouncedValue(searchValue.trim(), 250);
  const directory = useInfiniteQuery(organizationsQuery({ q: debounced || undefined }));
  const data = useMemo(
    () =>
      (directory.data?.pages ?? []).flatMap((page) =>
        page.items.map((organization) => ({ value: organization.id, label: toName(organization.name) })),
      ),
    [directory.data, toName],
  );
  return (
    <Select
      label={t('dataroom.grant.organization')}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      searchValue={searchValue}
      onSearchChange={setSearchValue}
      // The server already searched names in every language.
      filter={({ options }) => options}
      nothingFoundMessage={directory.isFetching ? t('common.loading') : t('common.noMatches')}
      required
      comboboxProps={{ withinPortal: true }}
      data-testid="grant-organization"
    />
  );
}

/** End of the chosen day in the browser's time zone: "until 31 March" includes 31 March. */
function endOfDay(date: string): string {
  return new Date(`${date}T23:59:59`).toISOString();
}

/** A new grant: to an organisation or to one person, at a level, for the room or chosen folders. */
export function GrantForm({ room, opened, onClose }: { room: Room; opened: boolean; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<GranteeKind>('organization');
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [email, setEmail] = useState('');
  const [level, setLevel] = useState<AccessLevel>('view');
  const [wholeRoom, setWholeRoom] = useState(true);
  const [folders, setFolders] = useState<string[]>([]);
  const [expires, setExpires] = useState('');
  const [ndaRequired, setNdaRequired] = useState(true);
  const tree = useMemo(() => buildFolderTree(room.folders), [room.folders]);

  const create = useMutation({
    mutationFn: (body: CreateGrantRequest) => dataroomApi.createGrant(room.opportunityId, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: roomKey(room.opportunityId) });
      setOrganizationId(null);
      setEmail('');
      setFolders([]);
      setExpires('');
      onClose();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({
      ...(kind === 'organization' ? { organizationId: organizationId ?? '' } : { userEmail: email.trim() }),
      level,
      ...(wholeRoom ? {} : { folders }),
      ...(expires ? { expiresAt: endOfDay(expires) } : {}),
      ndaRequired,
    });
  };
  const isComplete =
    (kind === 'organization' ? Boolean(organizationId) : email.includes('@')) &&
    (wholeRoom || folders.length > 0);

  return (
    <Modal opened={opened} onClose={onClose} title={t('dataroom.grant.new')} size="lg" centered>
      <form onSubmit={submit}>
        <Stack>
          <SegmentedControl
            value={kind}
            onChange={(value) => setKind(value as GranteeKind)}
            data={[
              {
                value: 'organization',
                label: (
                  <span data-testid="grantee-kind-organization">{t('dataroom.grant.toOrganization')}</span>
                ),
              },
              {
                value: 'user',
                label: <span data-testid="grantee-kind-user">{t('dataroom.grant.toUser')}</span>,
              },
            ]}
            data-testid="grantee-kind"
          />
          {kind === 'organization' ? (
            <OrganizationSearch value={organizationId} onChange={setOrganizationId} />
          ) : (
            <TextInput
              type="email"
              dir="ltr"
              label={t('auth.email')}
              description={t('dataroom.grant.userHint')}
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              required
              error={fieldError(create.error, 'userEmail')}
              data-testid="grant-email"
            />
          )}
          <Radio.Group
            label={t('dataroom.grant.level')}
            value={level}
            onChange={(value) => setLevel(value as AccessLevel)}
          >
            <Stack gap="xs" mt={4}>
              {ACCESS_LEVELS.map((option) => (
                <Radio
                  key={option}
                  value={option}
                  label={t(LEVEL_LABEL_KEYS[option])}
                  description={t(LEVEL_HINT_KEYS[option])}
                  data-testid={`grant-level-${option}`}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Radio.Group
            label={t('dataroom.grant.scope')}
            value={wholeRoom ? 'room' : 'folders'}
            onChange={(value) => setWholeRoom(value === 'room')}
          >
            <Group mt={4}>
              <Radio value="room" label={t('dataroom.grant.wholeRoom')} />
              <Radio
                value="folders"
                label={t('dataroom.grant.chosenFolders')}
                disabled={room.folders.length === 0}
              />
            </Group>
          </Radio.Group>
          {wholeRoom ? null : <FolderChecklist nodes={tree} value={folders} onChange={setFolders} />}
          {!wholeRoom ? (
            <Text size="xs" c="dimmed">
              {t('dataroom.grant.foldersHint')}
            </Text>
          ) : null}
          <TextInput
            type="date"
            label={t('dataroom.grant.expires')}
            description={t('dataroom.grant.expiresHint')}
            value={expires}
            onChange={(event) => setExpires(event.currentTarget.value)}
            maw={220}
          />
          <Checkbox
            label={t('dataroom.grant.ndaRequired')}
            checked={ndaRequired}
            onChange={(event) => setNdaRequired(event.currentTarget.checked)}
            data-testid="grant-nda"
          />
          <ErrorAlert error={create.error} hideFieldPaths={['userEmail']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} disabled={!isComplete} data-testid="grant-save">
              {t('dataroom.grant.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
