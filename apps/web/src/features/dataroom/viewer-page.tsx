import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { isApiError } from '../../shared/api/client.ts';
import { useFormat } from '../../shared/format/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { ArrowBackIcon } from '../../shared/ui/icons.tsx';
import { AnchorLink, ButtonLink } from '../../shared/ui/links.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { EmptyState, LoadingState } from '../../shared/ui/states.tsx';
import { dataroomApi, documentQuery } from './dataroom.api.ts';
import { DownloadButtons, DownloadCard } from './download-buttons.tsx';
import { formatIndex } from './labels.ts';
import { PageViewer } from './page-viewer.tsx';
import './dataroom.css';

const route = getRouteApi('/signed-in/opportunities/$id/dataroom/documents/$docId');

/** One document of a data room: its pages one at a time, or a download card for what cannot be shown. */
export function ViewerPage() {
  const t = useT();
  const format = useFormat();
  const { id, docId } = route.useParams();
  const { page } = route.useSearch();
  const doc = useQuery(documentQuery(id, docId));
  const isViewable = doc.data !== undefined && (doc.data.viewKind === 'pdf' || doc.data.viewKind === 'image');
  // Opening a view is recorded (an `open` activity) once per visit: never refetched, never cached.
  const view = useQuery({
    // Outside the room's key on purpose: refreshing the room must never record another opening.
    queryKey: ['dataroom-view', docId] as const,
    queryFn: () => dataroomApi.openView(docId),
    enabled: isViewable && doc.data?.allowed.view === true,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
  });

  const back = (
    <AnchorLink
      to="/opportunities/$id/dataroom"
      params={{ id }}
      search={doc.data?.folderId ? { folder: doc.data.folderId } : {}}
      size="sm"
    >
      <ArrowBackIcon size={14} /> {t('dataroom.title')}
    </AnchorLink>
  );

  if (doc.isPending) return <LoadingState />;
  if (doc.isError) {
    return (
      <Page title={t('dataroom.title')} back={back}>
        {isApiError(doc.error) && doc.error.status === 404 ? (
          <EmptyState
            title={t('dataroom.viewer.notFound')}
            description={t('dataroom.notFoundHint')}
            action={
              <ButtonLink to="/opportunities/$id/dataroom" params={{ id }} variant="default">
                {t('dataroom.title')}
              </ButtonLink>
            }
          />
        ) : (
          <ErrorAlert error={doc.error} onRetry={() => void doc.refetch()} />
        )}
      </Page>
    );
  }

  const document = doc.data;
  const notViewable =
    !isViewable ||
    !document.allowed.view ||
    (view.isError && isApiError(view.error) && view.error.status === 409);
  return (
    <Page
      title={document.name}
      heading={
        <>
          <span className="dataroom-index">{formatIndex(format, document.index)}</span>{' '}
          <bdi>{document.name}</bdi>
        </>
      }
      back={back}
      actions={notViewable ? null : <DownloadButtons document={document} />}
    >
      {notViewable ? <DownloadCard document={document} /> : null}
      {!notViewable && view.isPending ? <LoadingState /> : null}
      {!notViewable && view.isError ? (
        <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />
      ) : null}
      {!notViewable && view.data ? (
        <PageViewer documentId={document.id} pageCount={view.data.pageCount} initialPage={page ?? 1} />
      ) : null}
    </Page>
  );
}
