import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { isApiError } from '../../shared/api/client.ts';
import { isPlatformAdmin, isVettingOfficer, useSession } from '../../shared/api/session.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { ArrowBackIcon } from '../../shared/ui/icons.tsx';
import { AnchorLink, ButtonLink } from '../../shared/ui/links.tsx';
import { useLocalizedString } from '../../shared/ui/localized-text.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { EmptyState, LoadingState } from '../../shared/ui/states.tsx';
import { opportunityQuery } from '../opportunities/opportunities.api.ts';
import { CreateRoom } from './create-room.tsx';
import { roomQuery } from './dataroom.api.ts';
import { NdaGate } from './nda-gate.tsx';
import { RoomWorkspace } from './room-workspace.tsx';
import './dataroom.css';

const route = getRouteApi('/signed-in/opportunities/$id/dataroom');

/**
 * The data room of one opportunity. Owners without a room yet are offered to open one; anyone
 * else without access sees "not found" (the server never says whether a room exists); a grantee
 * who must accept the NDA sees only the NDA until they do.
 */
export function DataroomPage() {
  const t = useT();
  const toText = useLocalizedString();
  const { id } = route.useParams();
  const search = route.useSearch();
  const me = useSession();
  const opportunity = useQuery(opportunityQuery(id));
  const room = useQuery(roomQuery(id, search.asUser));

  const back = (
    <AnchorLink to="/opportunities/$id" params={{ id }} size="sm">
      <ArrowBackIcon size={14} />{' '}
      {opportunity.data ? toText(opportunity.data.title) : t('dataroom.backToOpportunity')}
    </AnchorLink>
  );

  if (room.isPending || (room.isError && opportunity.isPending)) return <LoadingState />;

  if (room.isError) {
    const isMissing = isApiError(room.error) && room.error.status === 404;
    // The owner side: members of the opportunity's organisation, officers and administrators.
    const isOwnerSide =
      opportunity.data !== undefined &&
      (isVettingOfficer(me) ||
        isPlatformAdmin(me) ||
        (me?.memberships ?? []).some((m) => m.organization.id === opportunity.data.organization.id));
    return (
      <Page title={t('dataroom.title')} back={back}>
        {isMissing && isOwnerSide && !search.asUser ? (
          <CreateRoom opportunityId={id} />
        ) : isMissing ? (
          <EmptyState
            title={t('dataroom.notFound')}
            description={t('dataroom.notFoundHint')}
            action={
              <ButtonLink to="/opportunities/$id" params={{ id }} variant="default">
                {t('dataroom.backToOpportunity')}
              </ButtonLink>
            }
          />
        ) : (
          <ErrorAlert error={room.error} onRetry={() => void room.refetch()} />
        )}
      </Page>
    );
  }

  const data = room.data;
  if (data.nda.required && !data.nda.accepted && !data.isOwner && !search.asUser) {
    return (
      <Page title={t('dataroom.title')} back={back}>
        <NdaGate room={data} />
      </Page>
    );
  }
  return <RoomWorkspace room={data} back={back} search={search} />;
}
