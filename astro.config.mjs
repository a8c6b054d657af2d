// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import react from '@astrojs/react';

// Every page is rendered on the server: calls, debriefs and dashboards are per-user data.
// The Node adapter builds a standalone handler that `parley serve` mounts on its own
// http server, so the CLI can migrate and seed the database before the first request.
export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  integrations: [react()],
  // CSRF: POST/PUT/PATCH/DELETE requests with a form-like content type (urlencoded, multipart,
  // text/plain) or no content type at all are refused with 403 unless their Origin header is
  // this server's origin. (Astro's default since v5; stated here so nobody turns it off by accident.)
  security: { checkOrigin: true },
  server: { host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 4321) },
  vite: {
    ssr: { external: ['better-sqlite3', '@node-rs/argon2'] },
  },
});
