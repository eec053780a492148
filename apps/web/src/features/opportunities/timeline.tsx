import { Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { OpportunityEvent } from '../../shared/api/types.ts';
import { useFormat } from '../../shared/format/format.ts';
import type { MessageKey } from '../../shared/i18n/messages.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { LoadingState } from '../../shared/ui/states.tsx';
import { isOpportunityStatus, STATUS_LABEL_KEYS } from './labels.ts';
import { timelineQuery } from './opportunities.api.ts';

// Actions as the server may name them ("submit", "opportunity.submitted"): the last word counts.
const ACTION_LABEL_KEYS: Record<string, MessageKey> = {
  create: 'opportunity.timeline.created',
  created: 'opportunity.timeline.created',
  update: 'opportunity.timeline.updated',
  updated: 'opportunity.timeline.updated',
  submit: 'opportunity.timeline.submitted',
  submitted: 'opportunity.timeline.submitted',
  publish: 'opportunity.timeline.published',
  published: 'opportunity.timeline.published',
  return: 'opportunity.timeline.returned',
  returned: 'opportunity.timeline.returned',
  close: 'opportunity.timeline.closed',
  closed: 'opportunity.timeline.closed',
  import: 'opportunity.timeline.imported',
  imported: 'opportunity.timeline.imported',
};

/** The key for a timeline action, or null for one this app does not know. */
export function actionLabelKey(action: string): MessageKey | null {
  const word = action.split(/[./:]/).at(-1)?.toLowerCase() ?? '';
  return Object.hasOwn(ACTION_LABEL_KEYS, word) ? (ACTION_LABEL_KEYS[word] ?? null) : null;
}

function EventTitle({ event }: { event: OpportunityEvent }) {
  const t = useT();
  const key = actionLabelKey(event.action);
  if (key) return <>{t(key)}</>;
  if (isOpportunityStatus(event.toStatus)) return <>{t(STATUS_LABEL_KEYS[event.toStatus])}</>;
  return <bdi className="karvan-code">{event.action}</bdi>;
}

/** Who did what when: the opportunity's workflow history, for its owners and officers. */
export function OpportunityTimeline({ id }: { id: string }) {
  const t = useT();
  const format = useFormat();
  const timeline = useQuery(timelineQuery(id));

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="timeline-title">
      <Stack>
        <Title order={2} size="h4" id="timeline-title">
          {t('opportunity.timeline.title')}
        </Title>
        {timeline.isPending ? (
          <LoadingState />
        ) : timeline.isError ? (
          <ErrorAlert error={timeline.error} onRetry={() => void timeline.refetch()} />
        ) : timeline.data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('opportunity.timeline.empty')}
          </Text>
        ) : (
          <Timeline bulletSize={14} lineWidth={2} active={timeline.data.items.length} data-testid="timeline">
            {timeline.data.items.map((event) => (
              <Timeline.Item key={event.id} title={<EventTitle event={event} />}>
                <Text size="xs" c="dimmed">
                  <time dateTime={event.at}>{format.dateTime(event.at)}</time>
                  {t('common.listSeparator')}
                  {event.actor.name ? <bdi>{event.actor.name}</bdi> : t('opportunity.timeline.system')}
                </Text>
                {isOpportunityStatus(event.fromStatus) && isOpportunityStatus(event.toStatus) ? (
                  <Text size="xs" c="dimmed">
                    {t('opportunity.timeline.transition', {
                      from: t(STATUS_LABEL_KEYS[event.fromStatus]),
                      to: t(STATUS_LABEL_KEYS[event.toStatus]),
                    })}
                  </Text>
                ) : null}
                {event.comment ? (
                  // The comment keeps its own direction (bdi) but sits at the start of the line like the page's text.
                  <Text size="sm" mt={4} className="karvan-pre" component="blockquote" m={0}>
                    <bdi>{event.comment}</bdi>
                  </Text>
                ) : null}
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Stack>
    </Paper>
  );
}
