import type { LocalizedText } from '@karvan/domain';
import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import {
  compactLocalizedText,
  hasAnyText,
  LocalizedTextInput,
} from '../../shared/ui/localized-text-input.tsx';
import { dataroomApi, roomKey } from './dataroom.api.ts';

/** For the owner side of an opportunity without a room: open one, with an optional NDA. */
export function CreateRoom({ opportunityId }: { opportunityId: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [ndaText, setNdaText] = useState<LocalizedText>({});
  const create = useMutation({
    mutationFn: () =>
      dataroomApi.createRoom(opportunityId, hasAnyText(ndaText) ? compactLocalizedText(ndaText) : undefined),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roomKey(opportunityId) }),
  });

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="create-room-title">
      <Stack>
        <Title order={2} size="h4" id="create-room-title">
          {t('dataroom.create.title')}
        </Title>
        <Text size="sm">{t('dataroom.create.hint')}</Text>
        <LocalizedTextInput
          label={t('dataroom.nda.text')}
          name="ndaText"
          description={t('dataroom.nda.textHint')}
          value={ndaText}
          onChange={setNdaText}
          multiline
        />
        <ErrorAlert error={create.error} />
        <Button
          onClick={() => create.mutate()}
          loading={create.isPending}
          data-testid="create-room"
          style={{ alignSelf: 'flex-start' }}
        >
          {t('dataroom.create.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
