/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './build/csp.ts';
import { serviceWorker } from './build/serviceWorker.ts';
import { buildIdentity } from './build/buildIdentity.ts';

export default defineConfig({
  // React refresh's inline preamble, as the dev server writes it into the page (base '/').
  plugins: [react(), contentSecurityPolicy([react.preambleCode.replace('__BASE__', '/')]), buildIdentity(), serviceWorker()],
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
  },
});
