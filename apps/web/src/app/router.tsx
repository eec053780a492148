import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { validateDataroomSearch, validateViewerSearch } from '../features/dataroom/search.ts';
import { validateNewModelSearch } from '../features/finance/search.ts';
import { HomePage } from '../features/home/home-page.tsx';
import { meQuery } from '../shared/api/session.ts';
import { LoadingState } from '../shared/ui/states.tsx';
import { AdminGate } from './admin-gate.tsx';
import { Layout } from './layout.tsx';
import { NotFoundPage, RouteErrorPage } from './route-states.tsx';
import {
  validateDirectorySearch,
  validateImportSearch,
  validateLoginSearch,
  validateManageSearch,
  validateOpportunitySearch,
  validateResetSearch,
} from './search-params.ts';

export interface RouterContext {
  queryClient: QueryClient;
}

// Only the home page is in the first bundle; every other page is its own chunk.
const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Layout,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomePage });

// --- auth -------------------------------------------------------------------------------
const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'login',
  validateSearch: validateLoginSearch,
  component: lazyRouteComponent(() => import('../features/auth/login-page.tsx'), 'LoginPage'),
});
const registerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'register',
  validateSearch: validateLoginSearch,
  component: lazyRouteComponent(() => import('../features/auth/register-page.tsx'), 'RegisterPage'),
});
const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'forgot-password',
  component: lazyRouteComponent(
    () => import('../features/auth/forgot-password-page.tsx'),
    'ForgotPasswordPage',
  ),
});
const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'reset-password',
  validateSearch: validateResetSearch,
  component: lazyRouteComponent(
    () => import('../features/auth/reset-password-page.tsx'),
    'ResetPasswordPage',
  ),
});

// --- pages that need a signed-in user -----------------------------------------------------
const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (!me) throw redirect({ to: '/login', search: { redirect: location.href } });
  },
});

const accountSettingsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'account',
  component: lazyRouteComponent(() => import('../features/account/settings-page.tsx'), 'SettingsPage'),
});
const accountSecurityRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'account/security',
  component: lazyRouteComponent(() => import('../features/account/security-page.tsx'), 'SecurityPage'),
});
const accountInvitationsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'account/invitations',
  component: lazyRouteComponent(() => import('../features/account/invitations-page.tsx'), 'InvitationsPage'),
});
const createOrganizationRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'organizations/new',
  component: lazyRouteComponent(
    () => import('../features/organizations/create-organization-page.tsx'),
    'CreateOrganizationPage',
  ),
});

// --- opportunities that need a signed-in user -------------------------------------------------
const newOpportunityRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'opportunities/new',
  component: lazyRouteComponent(
    () => import('../features/opportunities/new-opportunity-page.tsx'),
    'NewOpportunityPage',
  ),
});
const editOpportunityRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'opportunities/$id/edit',
  component: lazyRouteComponent(
    () => import('../features/opportunities/edit-opportunity-page.tsx'),
    'EditOpportunityPage',
  ),
});
const newFinancialModelRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'opportunities/$id/models/new',
  validateSearch: validateNewModelSearch,
  component: lazyRouteComponent(() => import('../features/finance/new-model-page.tsx'), 'NewModelPage'),
});
const financialModelRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'opportunities/$id/models/$modelId',
  component: lazyRouteComponent(() => import('../features/finance/model-page.tsx'), 'ModelPage'),
});
const dataroomRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'opportunities/$id/dataroom',
  validateSearch: validateDataroomSearch,
  component: lazyRouteComponent(() => import('../features/dataroom/dataroom-page.tsx'), 'DataroomPage'),
});
const dataroomDocumentRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'opportunities/$id/dataroom/documents/$docId',
  validateSearch: validateViewerSearch,
  component: lazyRouteComponent(() => import('../features/dataroom/viewer-page.tsx'), 'ViewerPage'),
});
const manageOpportunitiesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'opportunities/manage',
  validateSearch: validateManageSearch,
  component: lazyRouteComponent(
    () => import('../features/opportunities/manage-page.tsx'),
    'ManageOpportunitiesPage',
  ),
});
const vettingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'opportunities/vetting',
  component: lazyRouteComponent(() => import('../features/opportunities/vetting-page.tsx'), 'VettingPage'),
});
const importRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'opportunities/import',
});
const importIndexRoute = createRoute({
  getParentRoute: () => importRoute,
  path: '/',
  validateSearch: validateImportSearch,
  component: lazyRouteComponent(() => import('../features/opportunities/import-page.tsx'), 'ImportPage'),
});
const importJobRoute = createRoute({
  getParentRoute: () => importRoute,
  path: '$jobId',
  component: lazyRouteComponent(
    () => import('../features/opportunities/import-job-page.tsx'),
    'ImportJobPage',
  ),
});

// --- administration -------------------------------------------------------------------------
const adminRoute = createRoute({ getParentRoute: () => signedInRoute, path: 'admin', component: AdminGate });
const adminIndexRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/admin/users' });
  },
});
const adminUsersRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'users',
  component: lazyRouteComponent(() => import('../features/admin/users-page.tsx'), 'AdminUsersPage'),
});
const adminOutboxRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'outbox',
  component: lazyRouteComponent(() => import('../features/admin/outbox-page.tsx'), 'AdminOutboxPage'),
});
const adminAuditRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'audit',
  component: lazyRouteComponent(() => import('../features/admin/audit-page.tsx'), 'AdminAuditPage'),
});
const adminExchangeRatesRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'exchange-rates',
  component: lazyRouteComponent(
    () => import('../features/admin/exchange-rates-page.tsx'),
    'AdminExchangeRatesPage',
  ),
});

// --- organisations (public) ---------------------------------------------------------------
const directoryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'organizations',
  validateSearch: validateDirectorySearch,
  component: lazyRouteComponent(
    () => import('../features/organizations/directory-page.tsx'),
    'DirectoryPage',
  ),
});
const organizationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'organizations/$idOrSlug',
  component: lazyRouteComponent(
    () => import('../features/organizations/organization-page.tsx'),
    'OrganizationPage',
  ),
});

// --- opportunity bank (public) -------------------------------------------------------------
const opportunitySearchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'opportunities',
  validateSearch: validateOpportunitySearch,
  component: lazyRouteComponent(
    () => import('../features/opportunities/search-page.tsx'),
    'OpportunitySearchPage',
  ),
});
const opportunityMapRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'opportunities/map',
  validateSearch: validateOpportunitySearch,
  component: lazyRouteComponent(() => import('../features/opportunities/map-page.tsx'), 'OpportunityMapPage'),
});
const provinceOpportunitiesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'opportunities/provinces/$code',
  component: lazyRouteComponent(
    () => import('../features/opportunities/province-page.tsx'),
    'ProvinceOpportunitiesPage',
  ),
});
const opportunityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'opportunities/$id',
  component: lazyRouteComponent(
    () => import('../features/opportunities/detail-page.tsx'),
    'OpportunityDetailPage',
  ),
});

// --- reference data (public) --------------------------------------------------------------
const referenceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'reference',
  component: lazyRouteComponent(
    () => import('../features/reference/reference-layout.tsx'),
    'ReferenceLayout',
  ),
});
const referenceIndexRoute = createRoute({
  getParentRoute: () => referenceRoute,
  path: '/',
  component: lazyRouteComponent(
    () => import('../features/reference/reference-index-page.tsx'),
    'ReferenceIndexPage',
  ),
});
const iranProvincesRoute = createRoute({
  getParentRoute: () => referenceRoute,
  path: 'iran',
  component: lazyRouteComponent(
    () => import('../features/reference/iran-provinces-page.tsx'),
    'IranProvincesPage',
  ),
});
const chinaProvincesRoute = createRoute({
  getParentRoute: () => referenceRoute,
  path: 'china',
  component: lazyRouteComponent(
    () => import('../features/reference/china-provinces-page.tsx'),
    'ChinaProvincesPage',
  ),
});
const isicRoute = createRoute({
  getParentRoute: () => referenceRoute,
  path: 'isic',
  component: lazyRouteComponent(() => import('../features/reference/isic-page.tsx'), 'IsicPage'),
});
const hsRoute = createRoute({
  getParentRoute: () => referenceRoute,
  path: 'hs',
  component: lazyRouteComponent(() => import('../features/reference/hs-page.tsx'), 'HsPage'),
});
const commoditiesRoute = createRoute({
  getParentRoute: () => referenceRoute,
  path: 'commodities',
  component: lazyRouteComponent(
    () => import('../features/reference/commodities-page.tsx'),
    'CommoditiesPage',
  ),
});
const currenciesRoute = createRoute({
  getParentRoute: () => referenceRoute,
  path: 'currencies',
  component: lazyRouteComponent(() => import('../features/reference/currencies-page.tsx'), 'CurrenciesPage'),
});
const sourcesRoute = createRoute({
  getParentRoute: () => referenceRoute,
  path: 'sources',
  component: lazyRouteComponent(() => import('../features/reference/sources-page.tsx'), 'SourcesPage'),
});

const routeTree = rootRoute.addChildren([
  homeRoute,
  loginRoute,
  registerRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  signedInRoute.addChildren([
    accountSettingsRoute,
    accountSecurityRoute,
    accountInvitationsRoute,
    createOrganizationRoute,
    newOpportunityRoute,
    editOpportunityRoute,
    newFinancialModelRoute,
    financialModelRoute,
    dataroomRoute,
    dataroomDocumentRoute,
    manageOpportunitiesRoute,
    vettingRoute,
    importRoute.addChildren([importIndexRoute, importJobRoute]),
    adminRoute.addChildren([
      adminIndexRoute,
      adminUsersRoute,
      adminOutboxRoute,
      adminAuditRoute,
      adminExchangeRatesRoute,
    ]),
  ]),
  directoryRoute,
  organizationRoute,
  opportunitySearchRoute,
  opportunityMapRoute,
  provinceOpportunitiesRoute,
  opportunityRoute,
  referenceRoute.addChildren([
    referenceIndexRoute,
    iranProvincesRoute,
    chinaProvincesRoute,
    isicRoute,
    hsRoute,
    commoditiesRoute,
    currenciesRoute,
    sourcesRoute,
  ]),
]);

/** Builds the router; the query client goes into the context for `beforeLoad` guards. */
export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    // The query cache holds the data; the router should not keep its own stale copy.
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: () => <LoadingState />,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
