import { createRouter, createWebHistory } from 'vue-router';
import { authToken } from './auth-token';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', redirect: '/connectors' },
    {
      path: '/login',
      name: 'login',
      component: () => import('./pages/LoginPage.vue'),
      meta: { public: true },
    },
    {
      path: '/connectors',
      name: 'connectors',
      component: () => import('./pages/ConnectorsPage.vue'),
    },
    { path: '/:pathMatch(.*)*', redirect: '/connectors' },
  ],
});

router.beforeEach((to) => {
  if (!to.meta.public && !authToken.get()) return { name: 'login', query: { next: to.fullPath } };
  return true;
});
