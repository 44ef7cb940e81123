import type { ReactNode } from 'react';

export const metadata = { title: 'whop-pixel · Next.js example' };

// whop-pixel script-tag install (keep in step with the README's): the stub queues calls and
// records the landing URL and referrer before any client-side routing can rewrite them;
// /whop.min.js (copied into public/, see README.md) replays the queue. Events go to /whop on
// this same origin: app/whop/route.ts.
const STUB =
  "window.whop=window.whop||function(){(whop.q=whop.q||[]).push(arguments)};whop.u=whop.u||location.href;whop.r=whop.r||document.referrer;whop('init',{endpoint:'/whop'});";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant inline script, as in any tag install */}
        <script dangerouslySetInnerHTML={{ __html: STUB }} />
        <script async src="/whop.min.js" />
      </head>
      <body
        style={{
          font: '16px/1.5 system-ui, sans-serif',
          maxWidth: '32rem',
          margin: '3rem auto',
          padding: '0 1rem',
        }}
      >
        {children}
      </body>
    </html>
  );
}
