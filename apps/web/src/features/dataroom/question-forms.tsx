import {
  Button,
  Checkbox,
  type ComboboxData,
  Group,
  Paper,
  Select,
  Stack,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useFormat } from '../../shared/format/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { dataroomApi, type Question, type Room, roomKey } from './dataroom.api.ts';
import { formatIndex } from './labels.ts';
import { compareIndex } from './room-tree.ts';

const useRefreshRoom = (room: Room) => {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: roomKey(room.opportunityId) });
};

/** A grantee's question about the room, a folder or a document they can see. */
export function AskForm({ room }: { room: Room }) {
  const t = useT();
  const format = useFormat();
  const refresh = useRefreshRoom(room);
  const [subject, setSubject] = useState('room');
  const [text, setText] = useState('');
  const ask = useMutation({
    mutationFn: () => {
      const [kind, id] = subject.split(':');
      return dataroomApi.ask(room.opportunityId, {
        question: text.trim(),
        ...(kind === 'folder' && id ? { folderId: id } : {}),
        ...(kind === 'document' && id ? { documentId: id } : {}),
      });
    },
    onSuccess: async () => {
      setText('');
      await refresh();
    },
  });
  const byIndex = <T extends { index: string }>(items: T[]) =>
    [...items].sort((a, b) => compareIndex(a.index, b.index));
  const groups = [
    {
      group: t('dataroom.folders'),
      items: byIndex(room.folders).map((f) => ({
        value: `folder:${f.id}`,
        label: `${formatIndex(format, f.index)}  ${f.name}`,
      })),
    },
    {
      group: t('dataroom.tab.documents'),
      items: byIndex(room.documents).map((d) => ({
        value: `document:${d.id}`,
        label: `${formatIndex(format, d.index)}  ${d.name}`,
      })),
    },
  ].filter((group) => group.items.length > 0);
  const data: ComboboxData = [{ value: 'room', label: t('dataroom.qa.aboutRoom') }, ...groups];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) ask.mutate();
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit}>
      <Stack gap="sm">
        <Title order={2} size="h5">
          {t('dataroom.qa.ask')}
        </Title>
        <Select
          label={t('dataroom.qa.subject')}
          data={data}
          value={subject}
          onChange={(value) => setSubject(value ?? 'room')}
          allowDeselect={false}
          searchable
          maw={420}
        />
        <Textarea
          label={t('dataroom.qa.question')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={5000}
          required
          data-testid="question-text"
        />
        <ErrorAlert error={ask.error} />
        <Button
          type="submit"
          loading={ask.isPending}
          disabled={!text.trim()}
          data-testid="question-send"
          style={{ alignSelf: 'flex-start' }}
        >
          {t('dataroom.qa.send')}
        </Button>
      </Stack>
    </Paper>
  );
}

/** The owner side's answer (or a corrected one), optionally published to every grantee. */
export function AnswerForm({ room, question }: { room: Room; question: Question }) {
  const t = useT();
  const refresh = useRefreshRoom(room);
  const [opened, setOpened] = useState(false);
  const [text, setText] = useState(question.answer ?? '');
  const [publish, setPublish] = useState(question.isPublished);
  const answer = useMutation({
    mutationFn: () => dataroomApi.answer(question.id, text.trim(), publish),
    onSuccess: async () => {
      setOpened(false);
      await refresh();
    },
  });
  if (!opened) {
    return (
      <Button
        size="xs"
        variant="light"
        onClick={() => setOpened(true)}
        data-testid="answer-open"
        style={{ alignSelf: 'flex-start' }}
      >
        {t(question.answer ? 'dataroom.qa.editAnswer' : 'dataroom.qa.answer')}
      </Button>
    );
  }
  return (
    <Stack gap="xs">
      <Textarea
        label={t('dataroom.qa.answer')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        autosize
        minRows={3}
        maxLength={5000}
        data-autofocus
      />
      <Checkbox
        label={t('dataroom.qa.publishAll')}
        checked={publish}
        onChange={(event) => setPublish(event.currentTarget.checked)}
      />
      <ErrorAlert error={answer.error} />
      <Group gap="xs">
        <Button size="xs" variant="default" onClick={() => setOpened(false)}>
          {t('common.cancel')}
        </Button>
        <Button
          size="xs"
          loading={answer.isPending}
          disabled={!text.trim()}
          onClick={() => answer.mutate()}
          data-testid="answer-send"
        >
          {t('dataroom.qa.sendAnswer')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Hands a question to a colleague of the owning organisation (who is notified). */
export function AssignSelect({
  room,
  question,
  members,
}: {
  room: Room;
  question: Question;
  members: Array<{ userId: string; name: string }>;
}) {
  const t = useT();
  const refresh = useRefreshRoom(room);
  const assign = useMutation({
    mutationFn: (userId: string) => dataroomApi.assign(question.id, userId),
    onSuccess: refresh,
  });
  return (
    <Stack gap={2}>
      <Select
        size="xs"
        label={t('dataroom.qa.assign')}
        data={members.map((member) => ({ value: member.userId, label: member.name }))}
        value={question.assignedTo?.id ?? null}
        onChange={(userId) => {
          if (userId) assign.mutate(userId);
        }}
        allowDeselect={false}
        disabled={assign.isPending}
        w={220}
      />
      <ErrorAlert error={assign.error} />
    </Stack>
  );
}

/** Shows or hides an answered question from every grantee who can see its subject. */
export function PublishToggle({ room, question }: { room: Room; question: Question }) {
  const t = useT();
  const refresh = useRefreshRoom(room);
  const toggle = useMutation({
    mutationFn: () => dataroomApi.publish(question.id, !question.isPublished),
    onSuccess: refresh,
  });
  return (
    <Stack gap={2}>
      <Button size="xs" variant="default" loading={toggle.isPending} onClick={() => toggle.mutate()}>
        {t(question.isPublished ? 'dataroom.qa.unpublish' : 'dataroom.qa.publish')}
      </Button>
      <ErrorAlert error={toggle.error} />
    </Stack>
  );
}
