import { Badge, Button, Group, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { isApiError } from '../../shared/api/client.ts';
import { useFormat } from '../../shared/format/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ConfirmButton } from '../../shared/ui/confirm-button.tsx';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { ArrowBackIcon } from '../../shared/ui/icons.tsx';
import { AnchorLink, ButtonLink } from '../../shared/ui/links.tsx';
import { useLocalizedString } from '../../shared/ui/localized-text.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { EmptyState, LoadingState } from '../../shared/ui/states.tsx';
import {
  deleteModel,
  type FinancialModel,
  fetchVersion,
  modelQuery,
  saveVersion,
  updateModel,
} from './finance.api.ts';
import { type DocumentAction, editDocument, type ModelDocument } from './model-document.ts';
import { ModelSettingsDialog } from './model-settings-dialog.tsx';
import { ModelWorkspace } from './model-workspace.tsx';
import { SaveVersionDialog } from './save-version-dialog.tsx';
import { useUnsavedWarning } from './use-unsaved-warning.tsx';
import { VersionsPanel } from './versions-panel.tsx';
import './finance.css';
import { labelPerson } from './person-name.ts';

const route = getRouteApi('/signed-in/opportunities/$id/models/$modelId');

export function VisibilityBadge({ visibility }: { visibility: FinancialModel['visibility'] }) {
  const t = useT();
  return (
    <Badge variant="light" color={visibility === 'investors' ? 'teal' : 'gray'} tt="none">
      {t(visibility === 'investors' ? 'finance.visibility.investors' : 'finance.visibility.owners')}
    </Badge>
  );
}

interface EditState {
  document: ModelDocument;
  /** The version these edits started from; a save on top of another one is a conflict. */
  baseVersion: number;
  isDirty: boolean;
}

function LoadedModel({ model }: { model: FinancialModel }) {
  const t = useT();
  const format = useFormat();
  const toText = useLocalizedString();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [state, setState] = useState<EditState>({
    document: model.latest.document,
    baseVersion: model.latest.version,
    isDirty: false,
  });
  const [saving, setSaving] = useState(false);
  const [editingSettings, setEditingSettings] = useState(false);
  const [loadError, setLoadError] = useState<unknown>(null);
  const guard = useUnsavedWarning(state.isDirty);
  const readOnly = !model.allowed.edit;
  const dispatch = (action: DocumentAction) =>
    setState((current) => ({ ...current, document: editDocument(current.document, action), isDirty: true }));

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: modelQuery(model.id).queryKey }),
      queryClient.invalidateQueries({
        queryKey: ['finance', 'models', 'of-opportunity', model.opportunityId],
      }),
    ]);
  const save = async (note: string, force: boolean) => {
    let baseVersion = state.baseVersion;
    if (force)
      baseVersion = (await queryClient.fetchQuery({ ...modelQuery(model.id), staleTime: 0 })).latestVersion;
    const saved = await saveVersion(model.id, {
      baseVersion,
      document: state.document,
      ...(note ? { note } : {}),
    });
    setState((current) => ({ ...current, baseVersion: saved.version, isDirty: false }));
    await refresh();
  };
  const reload = async () => {
    setSaving(false);
    const fresh = await queryClient.fetchQuery({ ...modelQuery(model.id), staleTime: 0 });
    setState({ document: fresh.latest.document, baseVersion: fresh.latest.version, isDirty: false });
  };
  const openVersion = async (version: number) => {
    setLoadError(null);
    try {
      const loaded = await fetchVersion(model.id, version);
      setState((current) => ({
        ...current,
        document: loaded.document,
        // Readers only look; an owner who opens an older version will save it as the newest.
        isDirty: !readOnly && (current.isDirty || version !== current.baseVersion),
      }));
    } catch (error) {
      setLoadError(error);
    }
  };
  const remove = async () => {
    await deleteModel(model.id);
    guard.allowLeave();
    await queryClient.invalidateQueries({
      queryKey: ['finance', 'models', 'of-opportunity', model.opportunityId],
    });
    await navigate({ to: '/opportunities/$id', params: { id: model.opportunityId } });
  };

  const back = (
    <AnchorLink to="/opportunities/$id" params={{ id: model.opportunityId }} size="sm">
      <ArrowBackIcon size={14} /> {toText(model.opportunityTitle)}
    </AnchorLink>
  );
  return (
    <Page
      title={model.name}
      heading={<bdi>{model.name}</bdi>}
      back={back}
      subtitle={
        <Group gap="xs">
          <VisibilityBadge visibility={model.visibility} />
          <Text size="sm" c="dimmed">
            {t('finance.model.versionLine', {
              version: format.number(state.baseVersion),
              date: format.date(model.updatedAt),
              name: labelPerson(t, model.updatedBy),
            })}
          </Text>
          {state.isDirty ? (
            <Badge color="orange" variant="light" data-testid="unsaved-badge">
              {t('finance.model.unsaved')}
            </Badge>
          ) : null}
          {readOnly ? (
            <Badge color="gray" variant="outline">
              {t('finance.model.readOnly')}
            </Badge>
          ) : null}
        </Group>
      }
      actions={
        readOnly ? null : (
          <>
            <Button onClick={() => setSaving(true)} disabled={!state.isDirty} data-testid="save-version">
              {t('finance.save.button')}
            </Button>
            <Button variant="default" onClick={() => setEditingSettings(true)}>
              {t('finance.settings.button')}
            </Button>
            {model.allowed.delete ? (
              <ConfirmButton
                title={t('finance.delete.title')}
                message={t('finance.delete.message', { name: model.name })}
                onConfirm={remove}
              >
                {t('finance.delete.button')}
              </ConfirmButton>
            ) : null}
          </>
        )
      }
    >
      {guard.dialog}
      <ErrorAlert error={loadError} />
      <ModelWorkspace
        document={state.document}
        dispatch={dispatch}
        readOnly={readOnly}
        initialEvaluation={{ result: model.latest.result }}
        versions={
          <VersionsPanel model={model} onOpenVersion={(v) => void openVersion(v)} isDirty={state.isDirty} />
        }
      />
      <SaveVersionDialog
        opened={saving}
        onClose={() => setSaving(false)}
        onSave={save}
        onReload={() => void reload()}
      />
      {editingSettings ? (
        <ModelSettingsDialog
          opened
          onClose={() => setEditingSettings(false)}
          name={model.name}
          visibility={model.visibility}
          onSave={async (values) => {
            await updateModel(model.id, values);
            await refresh();
          }}
        />
      ) : null}
    </Page>
  );
}

/** One saved financial model: editable by the opportunity's owners, read-only for other readers. */
export function ModelPage() {
  const t = useT();
  const { id, modelId } = route.useParams();
  const model = useQuery(modelQuery(modelId));
  if (model.isPending) return <LoadingState />;
  if (model.isError) {
    return (
      <Page title={t('finance.models.title')}>
        {isApiError(model.error) && (model.error.status === 404 || model.error.status === 400) ? (
          <EmptyState
            title={t('finance.model.notFound')}
            action={
              <ButtonLink to="/opportunities/$id" params={{ id }}>
                {t('finance.model.backToOpportunity')}
              </ButtonLink>
            }
          />
        ) : (
          <ErrorAlert error={model.error} onRetry={() => void model.refetch()} />
        )}
      </Page>
    );
  }
  return <LoadedModel key={model.data.id} model={model.data} />;
}
