import { Button, Checkbox, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../shared/api/client.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { LocalizedText } from '../../shared/ui/localized-text.tsx';
import { dataroomApi, NDA_CHANGED, type Room, roomKey } from './dataroom.api.ts';

/**
 * The NDA a grantee accepts before anything in the room shows: in their language, or another
 * one with a visible mark. Accepting names the revision read, so a text changed meanwhile is
 * refused (409) and shown again instead of being accepted unseen.
 */
export function NdaGate({ room }: { room: Room }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [agreed, setAgreed] = useState(false);
  const reload = () => queryClient.invalidateQueries({ queryKey: roomKey(room.opportunityId) });
  const accept = useMutation({
    mutationFn: () => dataroomApi.acceptNda(room.opportunityId, room.ndaRevision),
    onSuccess: reload,
    onError: (error) => {
      if (isApiError(error, NDA_CHANGED)) {
        setAgreed(false);
        void reload();
      }
    },
  });

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="nda-title" data-testid="nda-gate">
      <Stack>
        <Title order={2} size="h4" id="nda-title">
          {t('dataroom.nda.title')}
        </Title>
        <Text size="sm">{t('dataroom.nda.intro')}</Text>
        <ScrollArea.Autosize mah={420} type="auto">
          <Paper bg="gray.0" p="md">
            <Text component="div" className="karvan-pre" data-testid="nda-text">
              <LocalizedText value={room.ndaText} component="div" />
            </Text>
          </Paper>
        </ScrollArea.Autosize>
        <Checkbox
          label={t('dataroom.nda.agree')}
          checked={agreed}
          onChange={(event) => setAgreed(event.currentTarget.checked)}
          data-testid="nda-agree"
        />
        <ErrorAlert error={accept.error} />
        <Button
          onClick={() => accept.mutate()}
          disabled={!agreed}
          loading={accept.isPending}
          data-testid="nda-accept"
          style={{ alignSelf: 'flex-start' }}
        >
          {t('dataroom.nda.accept')}
        </Button>
      </Stack>
    </Paper>
  );
}
