import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useFormat } from '../../shared/format/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { LocalizedText } from '../../shared/ui/localized-text.tsx';
import { EmptyState, LoadingState } from '../../shared/ui/states.tsx';
import { opportunityQuery } from '../opportunities/opportunities.api.ts';
import { membersQuery } from '../organizations/organizations.api.ts';
import { type Question, questionsQuery, type Room } from './dataroom.api.ts';
import { AnswerForm, AskForm, AssignSelect, PublishToggle } from './question-forms.tsx';

function Subject({ question }: { question: Question }) {
  const t = useT();
  if (question.subject.kind === 'room' || !question.subject.name) return <>{t('dataroom.qa.aboutRoom')}</>;
  return (
    <>
      {t(question.subject.kind === 'folder' ? 'dataroom.qa.aboutFolder' : 'dataroom.qa.aboutDocument')}{' '}
      <bdi>{question.subject.name}</bdi>
    </>
  );
}

function QuestionCard({
  question,
  room,
  canManage,
  members,
}: {
  question: Question;
  room: Room;
  canManage: boolean;
  members: Array<{ userId: string; name: string }> | null;
}) {
  const t = useT();
  const format = useFormat();
  return (
    <Paper withBorder p="md" component="li" data-testid="question">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text size="xs" c="dimmed">
            <Subject question={question} />
            {question.askedBy?.name ? (
              <>
                {' · '}
                <bdi>{question.askedBy.name}</bdi>
              </>
            ) : null}
            {question.askedFor ? (
              <>
                {' · '}
                <LocalizedText value={question.askedFor.name} />
              </>
            ) : null}
            {' · '}
            {format.dateTime(question.createdAt)}
          </Text>
          <Group gap={4}>
            {question.isPublished ? (
              <Badge size="sm" variant="light" color="teal">
                {t('dataroom.qa.published')}
              </Badge>
            ) : null}
            <Badge size="sm" variant="light" color={question.answer ? 'cyan' : 'orange'}>
              {t(question.answer ? 'dataroom.qa.answered' : 'dataroom.qa.open')}
            </Badge>
          </Group>
        </Group>
        <Text className="karvan-pre">
          <bdi>{question.question}</bdi>
        </Text>
        {question.answer ? (
          <Paper bg="gray.0" p="sm">
            <Text size="xs" c="dimmed">
              {t('dataroom.qa.answerBy', { name: question.answeredBy?.name ?? '—' })}
              {question.answeredAt ? ` · ${format.dateTime(question.answeredAt)}` : null}
            </Text>
            <Text size="sm" className="karvan-pre">
              <bdi>{question.answer}</bdi>
            </Text>
          </Paper>
        ) : null}
        {canManage ? (
          <Stack gap="xs">
            <Group gap="sm" align="flex-end" wrap="wrap">
              {members ? <AssignSelect room={room} question={question} members={members} /> : null}
              {question.assignedTo && !members ? (
                <Text size="xs">{t('dataroom.qa.assignedTo', { name: question.assignedTo.name })}</Text>
              ) : null}
              {question.answer ? <PublishToggle room={room} question={question} /> : null}
            </Group>
            <AnswerForm room={room} question={question} />
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** Questions and answers: grantees ask; the owner side answers, assigns and publishes. */
export function QuestionsPanel({ room, canManage }: { room: Room; canManage: boolean }) {
  const t = useT();
  const questions = useQuery(questionsQuery(room.opportunityId));
  const opportunity = useQuery({ ...opportunityQuery(room.opportunityId), enabled: canManage });
  const organizationId = opportunity.data?.organization.id;
  // Only members may list members: an officer outside the organisation gets no assign box.
  const members = useQuery({
    ...membersQuery(organizationId ?? ''),
    enabled: canManage && Boolean(organizationId),
    retry: false,
  });
  const memberList = members.data?.items.map(({ userId, name }) => ({ userId, name })) ?? null;

  return (
    <Stack>
      {canManage ? null : <AskForm room={room} />}
      {questions.isPending ? <LoadingState /> : null}
      <ErrorAlert error={questions.error} onRetry={() => void questions.refetch()} />
      {questions.data && questions.data.items.length === 0 ? (
        <EmptyState
          title={t('dataroom.qa.empty')}
          description={canManage ? undefined : t('dataroom.qa.emptyHint')}
        />
      ) : null}
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {questions.data?.items.map((question) => (
          <QuestionCard
            key={question.id}
            question={question}
            room={room}
            canManage={canManage}
            members={memberList}
          />
        ))}
      </Stack>
    </Stack>
  );
}
