import type { ApolloClient } from '@apollo/client/core';
import { createRouter, createWebHistory, type Router } from 'vue-router';
import { authToken } from './auth-token';
import { ConnectorsQuery } from './graphql/connectors';
import { homeOf, loadMe, manages, seesConnectors } from './session';

declare module 'vue-router' {
  interface RouteMeta {
    /** No sign-in needed. */
    public?: boolean;
    /** Who may open it: 'read' = READ_ONLY or MANAGE, 'manage' = MANAGE only. */
    connectors?: 'read' | 'manage';
    title?: string;
  }
}

const loadConnectorsPage = () => import('./pages/ConnectorsPage.vue');

export function createAppRouter(client: ApolloClient<unknown>): Router {
  const router = createRouter({
    history: createWebHistory(),
    routes: [
      { path: '/', name: 'home', component: { render: () => null } },
      {
        path: '/login',
        name: 'login',
        component: () => import('./pages/LoginPage.vue'),
        meta: { public: true, title: 'Sign in' },
      },
      {
        path: '/connectors',
        name: 'connectors',
        component: loadConnectorsPage,
        meta: { connectors: 'read', title: 'Outbound Data Connector' },
      },
      {
        path: '/connectors/new',
        name: 'connector-new',
        component: () => import('./pages/ConnectorSetupPage.vue'),
        meta: { connectors: 'manage', title: 'New connector' },
      },
      {
        path: '/connectors/:id/edit',
        name: 'connector-edit',
        component: () => import('./pages/ConnectorSetupPage.vue'),
        meta: { connectors: 'manage', title: 'Edit connector' },
      },
      {
        path: '/connectors/:id',
        name: 'connector-view',
        component: () => import('./pages/ConnectorSetupPage.vue'),
        meta: { connectors: 'read', title: 'View connector' },
      },
      {
        path: '/runs',
        name: 'runs',
        component: () => import('./pages/RunsPage.vue'),
        meta: { title: 'Run history' },
      },
      {
        path: '/contacts',
        name: 'contacts',
        component: () => import('./pages/ContactsPage.vue'),
        meta: { title: 'Contacts' },
      },
      {
        path: '/contacts/new',
        name: 'contact-new',
        component: () => import('./pages/ContactFormPage.vue'),
        meta: { title: 'New contact' },
      },
      {
        path: '/contacts/:id',
        name: 'contact',
        component: () => import('./pages/ContactPage.vue'),
        meta: { title: 'Contact' },
      },
      {
        path: '/contacts/:id/edit',
        name: 'contact-edit',
        component: () => import('./pages/ContactFormPage.vue'),
        meta: { title: 'Edit contact' },
      },
      {
        path: '/loans',
        name: 'loans',
        component: () => import('./pages/LoansPage.vue'),
        meta: { title: 'Loans' },
      },
      {
        path: '/loans/new',
        name: 'loan-new',
        component: () => import('./pages/LoanFormPage.vue'),
        meta: { title: 'New loan' },
      },
      {
        path: '/loans/:id',
        name: 'loan',
        component: () => import('./pages/LoanPage.vue'),
        meta: { title: 'Loan' },
      },
      {
        path: '/loans/:id/edit',
        name: 'loan-edit',
        component: () => import('./pages/LoanFormPage.vue'),
        meta: { title: 'Edit loan' },
      },
      { path: '/:pathMatch(.*)*', redirect: '/' },
    ],
  });

  router.beforeEach(async (to) => {
    if (to.meta.public) return true;
    if (!authToken.get()) return { name: 'login', query: { next: to.fullPath } };
    if (to.name === 'connectors') {
      // The first tiles matter most: fetch the page's code and data while the user is checked.
      void loadConnectorsPage();
      const page = Math.max(1, Number(to.query.page) || 1);
      client.query({ query: ConnectorsQuery, variables: { page } }).catch(() => undefined);
    }
    const me = await loadMe(client);
    if (!me) {
      authToken.clear();
      return { name: 'login', query: { next: to.fullPath } };
    }
    if (to.name === 'home') return homeOf(me);
    if (to.meta.connectors === 'read' && !seesConnectors(me)) return homeOf(me);
    if (to.meta.connectors === 'manage' && !manages(me)) {
      return seesConnectors(me) && to.params.id
        ? { name: 'connector-view', params: { id: to.params.id } }
        : homeOf(me);
    }
    return true;
  });
  router.afterEach((to) => {
    document.title = to.meta.title
      ? `${to.meta.title} · Outbound Data Connector`
      : 'Outbound Data Connector';
  });
  return router;
}
