import { fileURLToPath, URL } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const serverUrl = process.env.BATON_SERVER_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: serverUrl, changeOrigin: true, ws: true },
      '/api': serverUrl,
      '/public': serverUrl,
      '/healthz': serverUrl,
      '/readyz': serverUrl,
    },
  },
  build: {
    // Element Plus is installed whole; the vendor chunk is large but cached across releases.
    chunkSizeWarningLimit: 1500,
  },
});
