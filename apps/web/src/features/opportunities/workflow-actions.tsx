import { Button, type ButtonProps, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { Opportunity, OpportunityAllowed } from '../../shared/api/types.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ConfirmButton } from '../../shared/ui/confirm-button.tsx';
import { ErrorAlert, fieldError } from '../../shared/ui/error-alert.tsx';
import { opportunitiesApi, opportunityQuery } from './opportunities.api.ts';

interface CommentActionButtonProps extends Omit<ButtonProps, 'children' | 'onClick'> {
  /** The button's label, also the confirming button's. */
  label: string;
  /** The dialog's title. */
  title: string;
  /** What will happen, in a sentence. */
  message: string;
  commentLabel: string;
  commentDescription?: string;
  /** A comment must be written (returning and closing); optional for submitting. */
  isCommentRequired: boolean;
  onConfirm: (comment: string) => Promise<unknown>;
  testId?: string;
}

/**
 * A workflow step that carries a comment (submit, return, close): a dialog with the comment
 * field, focused on opening; a required comment keeps the confirming button from sending an
 * empty one. A failure stays in the dialog with the server's message.
 */
export function CommentActionButton({
  label,
  title,
  message,
  commentLabel,
  commentDescription,
  isCommentRequired,
  onConfirm,
  testId,
  variant = 'light',
  ...buttonProps
}: CommentActionButtonProps) {
  const t = useT();
  const [opened, setOpened] = useState(false);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const close = () => {
    if (pending) return;
    setOpened(false);
    setError(null);
    setMissing(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isCommentRequired && !comment.trim()) {
      setMissing(true);
      return;
    }
    setPending(true);
    setError(null);
    try {
      await onConfirm(comment.trim());
      setOpened(false);
      setComment('');
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button variant={variant} {...buttonProps} onClick={() => setOpened(true)} data-testid={testId}>
        {label}
      </Button>
      <Modal opened={opened} onClose={close} title={title} centered>
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">{message}</Text>
            <Textarea
              label={commentLabel}
              description={commentDescription}
              name="comment"
              value={comment}
              onChange={(event) => {
                setComment(event.currentTarget.value);
                if (event.currentTarget.value.trim()) setMissing(false);
              }}
              required={isCommentRequired}
              autosize
              minRows={3}
              maxRows={10}
              maxLength={2000}
              dir="auto"
              data-autofocus
              error={missing ? t('opportunity.workflow.commentRequired') : fieldError(error, 'comment')}
            />
            <ErrorAlert error={error} hideFieldPaths={['comment']} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close} disabled={pending}>
                {t('common.cancel')}
              </Button>
              <Button
                type="submit"
                color={buttonProps.color}
                loading={pending}
                data-testid={testId && `${testId}-confirm`}
              >
                {label}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

interface WorkflowActionsProps {
  opportunity: Pick<Opportunity, 'id'> & { allowed: Partial<OpportunityAllowed> };
  /** Runs after a step succeeded (the lists and the opportunity are refreshed already). */
  onDone?: (updated: Opportunity) => void;
  size?: ButtonProps['size'];
}

/** The workflow buttons the caller may use now, as the server's `allowed` says. */
export function WorkflowActions({ opportunity, onDone, size = 'sm' }: WorkflowActionsProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const { allowed, id } = opportunity;

  const after = async (updated: Opportunity) => {
    if (updated?.id) queryClient.setQueryData(opportunityQuery(id).queryKey, updated);
    await queryClient.invalidateQueries({ queryKey: ['opportunities'] });
    onDone?.(updated);
  };

  return (
    <Group gap="xs">
      {allowed.submit ? (
        <CommentActionButton
          size={size}
          variant="filled"
          label={t('opportunity.workflow.submit')}
          title={t('opportunity.workflow.submitTitle')}
          message={t('opportunity.workflow.submitMessage')}
          commentLabel={t('opportunity.workflow.submitComment')}
          isCommentRequired={false}
          onConfirm={async (comment) => after(await opportunitiesApi.submit(id, comment || undefined))}
          testId="workflow-submit"
        />
      ) : null}
      {allowed.publish ? (
        <ConfirmButton
          size={size}
          color="green"
          variant="filled"
          title={t('opportunity.workflow.publishTitle')}
          message={t('opportunity.workflow.publishMessage')}
          onConfirm={async () => after(await opportunitiesApi.publish(id))}
          data-testid="workflow-publish"
        >
          {t('opportunity.workflow.publish')}
        </ConfirmButton>
      ) : null}
      {allowed.return ? (
        <CommentActionButton
          size={size}
          color="orange"
          label={t('opportunity.workflow.return')}
          title={t('opportunity.workflow.returnTitle')}
          message={t('opportunity.workflow.returnMessage')}
          commentLabel={t('opportunity.workflow.returnComment')}
          isCommentRequired
          onConfirm={async (comment) => after(await opportunitiesApi.return(id, comment))}
          testId="workflow-return"
        />
      ) : null}
      {allowed.close ? (
        <CommentActionButton
          size={size}
          color="red"
          label={t('opportunity.workflow.close')}
          title={t('opportunity.workflow.closeTitle')}
          message={t('opportunity.workflow.closeMessage')}
          commentLabel={t('opportunity.workflow.closeReason')}
          isCommentRequired
          onConfirm={async (comment) => after(await opportunitiesApi.close(id, comment))}
          testId="workflow-close"
        />
      ) : null}
    </Group>
  );
}
