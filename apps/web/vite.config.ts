import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react-swc';
import { readFileSync } from 'node:fs';
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
  plugins: [
    react(),
    {
      // The operations this build sends by hash, beside it for the API to load (the image has
      // no source tree; apps/api/src/graphql/persisted-documents.ts). Not served: only /assets is.
      name: 'persisted-documents',
      generateBundle() {
        const source = readFileSync(here('src/gql/persisted-documents.json'), 'utf8');
        this.emitFile({ type: 'asset', fileName: 'persisted-documents.json', source });
      },
    },
  ],
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
