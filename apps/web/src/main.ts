import { DefaultApolloClient } from '@vue/apollo-composable';
import { createApp, h, provide } from 'vue';
import { createVuetify } from 'vuetify';
import { aliases, mdi } from 'vuetify/iconsets/mdi-svg';
import 'vuetify/styles';
import App from './App.vue';
import { createApollo } from './apollo';
import { authToken } from './auth-token';
import { ApolloKey } from './composables/useAuth';
import { createAppRouter } from './router';

const apollo = createApollo(() => {
  authToken.clear();
  void apollo.client.clearStore();
  const here = router.currentRoute.value;
  if (!here.meta.public) void router.push({ name: 'login', query: { next: here.fullPath } });
});
const router = createAppRouter(apollo.client);

const vuetify = createVuetify({
  icons: { defaultSet: 'mdi', aliases, sets: { mdi } },
  theme: {
    defaultTheme: 'light',
    themes: {
      light: {
        colors: { primary: '#1e5aa8', secondary: '#37474f', background: '#f5f7fa' },
        // Field labels and hints at this emphasis keep a 4.5:1 contrast on the background (axe).
        variables: { 'medium-emphasis-opacity': 0.74 },
      },
    },
  },
  defaults: {
    VTextField: { variant: 'outlined', density: 'comfortable' },
    VTextarea: { variant: 'outlined', density: 'comfortable' },
    VSelect: { variant: 'outlined', density: 'comfortable' },
    VAutocomplete: { variant: 'outlined', density: 'comfortable' },
  },
});

createApp({
  setup() {
    provide(DefaultApolloClient, apollo.client);
    provide(ApolloKey, apollo);
  },
  render: () => h(App),
})
  .use(router)
  .use(vuetify)
  .mount('#app');
