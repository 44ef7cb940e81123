import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { tracker } from './tracker';

// Once, at startup and outside React (StrictMode runs effects twice in development): reads the
// landing URL's click ids and UTMs before any navigation, then follows pushState/popstate.
// `/whop` is the proxy on this site's own origin (vite.config.ts forwards it in development).
tracker.init({ endpoint: '/whop' });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
