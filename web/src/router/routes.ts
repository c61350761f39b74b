import type { RouteRecordRaw } from 'vue-router';
import AppShell from '@/features/shell/components/AppShell.vue';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without a session. */
    public?: boolean;
    /** Only for OWNER and ADMIN. */
    admin?: boolean;
  }
}

export const COMING_SOON_FEATURES = ['records', 'marketplace'] as const;
export type ComingSoonFeature = (typeof COMING_SOON_FEATURES)[number];

const ComingSoonPage = () => import('@/features/shell/components/ComingSoonPage.vue');

export const routes: RouteRecordRaw[] = [
  {
    path: '/sign-in',
    name: 'sign-in',
    component: () => import('@/features/auth/components/SignInPage.vue'),
    meta: { public: true },
  },
  {
    path: '/sign-up',
    name: 'sign-up',
    component: () => import('@/features/auth/components/SignUpPage.vue'),
    meta: { public: true },
  },
  {
    path: '/invite/:token',
    name: 'accept-invitation',
    component: () => import('@/features/auth/components/AcceptInvitationPage.vue'),
    props: true,
    meta: { public: true },
  },
  {
    // share links (外链): /public/forms/<token> is the server's JSON API, so the page lives at /f/<token>
    path: '/f/:token',
    name: 'public-form',
    component: () => import('@/features/forms/public/PublicFormPage.vue'),
    props: true,
    meta: { public: true },
  },
  {
    path: '/',
    component: AppShell,
    children: [
      { path: '', redirect: { name: 'apps' } },
      ...COMING_SOON_FEATURES.map((feature) => ({
        path: feature,
        name: feature,
        component: ComingSoonPage,
        props: { feature },
      })),
      { path: 'apps', name: 'apps', component: () => import('@/features/apps/components/AppsPage.vue') },
      { path: 'apps/:appKey', name: 'app-home', component: () => import('@/features/apps/components/AppHomePage.vue'), props: true },
      { path: 'forms', name: 'forms', component: () => import('@/features/forms/designer/components/FormDesignerPage.vue') },
      { path: 'modeler', name: 'modeler', component: () => import('@/features/modeler/components/ModelerPage.vue') },
      { path: 'inbox', name: 'inbox', component: () => import('@/features/inbox/components/InboxPage.vue') },
      { path: 'inbox/request/:id', name: 'inbox-request', component: () => import('@/features/inbox/components/RequestPage.vue'), props: true },
      { path: 'inbox/:processInstanceId/:taskId', name: 'inbox-task', component: () => import('@/features/inbox/components/TaskPage.vue'), props: true },
      { path: 'monitor', name: 'monitor', component: () => import('@/features/monitor/components/InstanceListPage.vue') },
      { path: 'monitor/:id', name: 'monitor-instance', component: () => import('@/features/monitor/components/InstancePage.vue'), props: true },
      {
        path: 'admin',
        component: () => import('@/features/admin/components/AdminLayout.vue'),
        meta: { admin: true },
        children: [
          { path: '', name: 'admin', redirect: { name: 'admin-members' } },
          {
            path: 'members',
            name: 'admin-members',
            component: () => import('@/features/members/components/MembersPage.vue'),
          },
          {
            path: 'invitations',
            name: 'admin-invitations',
            component: () => import('@/features/members/components/InvitationsPage.vue'),
          },
          {
            path: 'groups',
            name: 'admin-groups',
            component: () => import('@/features/groups/components/GroupsPage.vue'),
          },
          {
            path: 'audit',
            name: 'admin-audit',
            component: () => import('@/features/audit/components/AuditLogPage.vue'),
          },
        ],
      },
      { path: 'account', name: 'account', component: () => import('@/features/account/components/AccountPage.vue') },
    ],
  },
  { path: '/:pathMatch(.*)*', redirect: '/' },
];
