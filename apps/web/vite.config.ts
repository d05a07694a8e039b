import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react-swc';
import { fileURLToPath } from 'node:url';
import { API_ROUTES, apiRoutePattern } from '../../libs/web-routes/src/api-routes';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
// `npm run dev:web`: Vite on 5173 with hot reload, the API's own routes proxied to the API.
const apiTarget = process.env.API_URL ?? 'http://localhost:3000';
const proxy = Object.fromEntries(
  API_ROUTES.map((route) => [apiRoutePattern(route).source, { target: apiTarget, changeOrigin: false }]),
);

export default defineConfig({
  root: here('.'),
  plugins: [react()],
  resolve: {
    alias: {
      '@cop/web-routes': here('../../libs/web-routes/src/index.ts'),
      '@cop/survey-logic': here('../../libs/survey-logic/src/index.ts'),
    },
  },
  build: {
    outDir: here('../../dist/apps/web'),
    emptyOutDir: true,
    manifest: true,
    sourcemap: true,
    chunkSizeWarningLimit: 700,
  },
  server: { port: 5173, strictPort: true, proxy },
});
