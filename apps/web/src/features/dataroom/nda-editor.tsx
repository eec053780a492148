import type { LocalizedText as LocalizedTextValue } from '@karvan/domain';
import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useFormat } from '../../shared/format/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { LocalizedText } from '../../shared/ui/localized-text.tsx';
import { compactLocalizedText, LocalizedTextInput } from '../../shared/ui/localized-text-input.tsx';
import { dataroomApi, type Room, roomKey } from './dataroom.api.ts';

/** The room's NDA text and its revision; changing it makes every grantee accept it again. */
export function NdaEditor({ room }: { room: Room }) {
  const t = useT();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<LocalizedTextValue | null>(null);
  const save = useMutation({
    mutationFn: (text: LocalizedTextValue) =>
      dataroomApi.updateNda(room.opportunityId, compactLocalizedText(text)),
    onSuccess: async () => {
      setDraft(null);
      await queryClient.invalidateQueries({ queryKey: roomKey(room.opportunityId) });
    },
  });
  const hasText = Object.values(room.ndaText).some((text) => text?.trim());
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="nda-editor-title">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h5" id="nda-editor-title">
            {t('dataroom.nda.text')} ·{' '}
            {t('dataroom.nda.revision', { revision: format.number(room.ndaRevision) })}
          </Title>
          <Button size="xs" variant="default" onClick={() => setDraft({ ...room.ndaText })}>
            {t('dataroom.nda.edit')}
          </Button>
        </Group>
        {hasText ? (
          <Text size="sm" component="div" className="karvan-pre" lineClamp={4}>
            <LocalizedText value={room.ndaText} component="div" />
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('dataroom.nda.none')}
          </Text>
        )}
      </Stack>
      <Modal
        opened={draft !== null}
        onClose={() => setDraft(null)}
        title={t('dataroom.nda.edit')}
        size="lg"
        centered
      >
        {draft ? (
          <Stack>
            <Text size="sm">{t('dataroom.nda.editHint')}</Text>
            <LocalizedTextInput
              label={t('dataroom.nda.text')}
              name="ndaText"
              value={draft}
              onChange={setDraft}
              multiline
            />
            <ErrorAlert error={save.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDraft(null)}>
                {t('common.cancel')}
              </Button>
              <Button loading={save.isPending} onClick={() => save.mutate(draft)}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </Paper>
  );
}
