import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import { configureApi } from '@/api/client';
import { useSessionStore } from '@/features/auth/session-store';
import { createAppI18n } from '@/i18n';
import { createAppRouter } from '@/router';
import App from './App.vue';
import './styles.css';

const app = createApp(App);
const pinia = createPinia();
const i18n = createAppI18n();
app.use(pinia).use(i18n).use(ElementPlus);

const session = useSessionStore(pinia);
const router = createAppRouter(session);

configureApi({
  token: () => session.token,
  locale: () => i18n.global.locale.value,
  refresh: () => session.refresh(),
  onSessionLost: () => {
    session.clear();
    const current = router.currentRoute.value;
    if (!current.meta.public) void router.push({ name: 'sign-in', query: { redirect: current.fullPath } });
  },
});

app.use(router);
app.mount('#app');
