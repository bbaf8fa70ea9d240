import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The app is served by the API process at `/`; in `vite dev`, `/graphql` is proxied to it (API_URL or :4000). */
export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/graphql': process.env.API_URL ?? 'http://127.0.0.1:4000' } },
  build: { outDir: 'dist', chunkSizeWarningLimit: 2000 },
});
