import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      // In development the page posts to /whop on its own origin, as in production, and Vite
      // forwards it to `whop-pixel proxy` (default port 8787), which holds the API key.
      // changeOrigin stays false: the proxy then sees the page's Host, so its same-origin check
      // passes and the _whop_aid cookie it re-issues is for the page's domain.
      '/whop': { target: process.env.WHOP_PROXY_URL || 'http://127.0.0.1:8787', changeOrigin: false },
    },
  },
});
