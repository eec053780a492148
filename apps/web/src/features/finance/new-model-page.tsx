import { Button, Paper, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useLocale } from '../../shared/i18n/locale.tsx';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { ArrowBackIcon } from '../../shared/ui/icons.tsx';
import { AnchorLink } from '../../shared/ui/links.tsx';
import { useLocalizedString } from '../../shared/ui/localized-text.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { EmptyState, LoadingState } from '../../shared/ui/states.tsx';
import { opportunityQuery } from '../opportunities/opportunities.api.ts';
import { createModel, type ModelVisibility, templatesQuery } from './finance.api.ts';
import {
  createBlankDocument,
  type DocumentAction,
  editDocument,
  type ModelDocument,
} from './model-document.ts';
import { VisibilityControl } from './model-settings-dialog.tsx';
import { ModelWorkspace } from './model-workspace.tsx';
import { TemplateChooser } from './template-chooser.tsx';
import { useUnsavedWarning } from './use-unsaved-warning.tsx';
import './finance.css';

const route = getRouteApi('/signed-in/opportunities/$id/models/new');

/** The editor of a model not saved yet; "Create" saves it as version 1. */
function NewModelEditor({ opportunityId, initial }: { opportunityId: string; initial: ModelDocument }) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [document, setDocument] = useState(initial);
  const [visibility, setVisibility] = useState<ModelVisibility>('owners');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // A model built from a template is worth keeping from the first minute.
  const guard = useUnsavedWarning(true);
  const dispatch = (action: DocumentAction) => setDocument((current) => editDocument(current, action));
  const name = typeof document.name === 'string' ? document.name : '';

  const create = async () => {
    setPending(true);
    setError(null);
    try {
      const model = await createModel(opportunityId, { name: name.trim(), visibility, document });
      guard.allowLeave();
      await queryClient.invalidateQueries({
        queryKey: ['finance', 'models', 'of-opportunity', opportunityId],
      });
      await navigate({
        to: '/opportunities/$id/models/$modelId',
        params: { id: opportunityId, modelId: model.id },
        replace: true,
      });
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };

  return (
    <Stack>
      {guard.dialog}
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('finance.settings.name')}
            description={t('finance.new.nameHint')}
            value={name}
            onChange={(event) => dispatch({ type: 'set', path: ['name'], value: event.currentTarget.value })}
          />
          <VisibilityControl value={visibility} onChange={setVisibility} />
        </SimpleGrid>
        <Button
          mt="md"
          onClick={() => void create()}
          loading={pending}
          disabled={name.trim() === ''}
          data-testid="create-model"
        >
          {t('finance.new.create')}
        </Button>
        <ErrorAlert error={error} />
      </Paper>
      <ModelWorkspace document={document} dispatch={dispatch} readOnly={false} />
    </Stack>
  );
}

/** New financial model for an opportunity: choose a template (or start empty), edit, create. */
export function NewModelPage() {
  const t = useT();
  const { id } = route.useParams();
  const { template } = route.useSearch();
  const { locale } = useLocale();
  const toText = useLocalizedString();
  const opportunity = useQuery(opportunityQuery(id));
  const templates = useQuery({ ...templatesQuery, enabled: template !== undefined && template !== 'blank' });

  const back = (
    <AnchorLink to="/opportunities/$id" params={{ id }} size="sm">
      <ArrowBackIcon size={14} />{' '}
      {opportunity.data ? toText(opportunity.data.title) : t('opportunities.title')}
    </AnchorLink>
  );
  if (opportunity.isPending) return <LoadingState />;
  if (opportunity.isError)
    return (
      <Page title={t('finance.new.title')} back={back}>
        <ErrorAlert error={opportunity.error} onRetry={() => void opportunity.refetch()} />
      </Page>
    );
  if (!opportunity.data.allowed.edit) {
    return (
      <Page title={t('finance.new.title')} back={back}>
        <EmptyState title={t('finance.new.notAllowed')} />
      </Page>
    );
  }

  let initial: ModelDocument | null = null;
  if (template === 'blank') {
    initial = createBlankDocument({
      name: toText(opportunity.data.title),
      currency: opportunity.data.requiredInvestment?.currency ?? 'USD',
      startYear: new Date().getFullYear(),
    });
  } else if (template && templates.data) {
    const found = templates.data.items.find((item) => item.id === template);
    if (found) initial = { ...found.document, name: found.names[locale] ?? found.document.name };
  }

  return (
    <Page title={t('finance.new.title')} back={back}>
      {template === undefined ? (
        <TemplateChooser opportunityId={id} />
      ) : templates.isError ? (
        <ErrorAlert error={templates.error} onRetry={() => void templates.refetch()} />
      ) : initial ? (
        <NewModelEditor key={template} opportunityId={id} initial={initial} />
      ) : templates.isPending && template !== 'blank' ? (
        <LoadingState />
      ) : (
        <TemplateChooser opportunityId={id} />
      )}
    </Page>
  );
}
