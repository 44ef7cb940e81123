import type { ReactNode } from 'react';

export const metadata = { title: 'whop-pixel · Next.js example' };

// whop-pixel script-tag install (keep in step with the README's): the stub queues calls and
// records the landing URL and referrer before any client-side routing can rewrite them;
// /whop.min.js (copied into public/, see README.md) replays the queue. Events go to /whop on
// this same origin: app/whop/route.ts.
const STUB = `((e,o,c,t,p,s,a)=>{(o=e.whop)&&o.call||(a=(...e)=>c.q.push([Date.now(),...e]),o||(o=c={q:[],t:Date.now(),s:[],track:a,setScope:(...e)=>a("setScope",...c.s=e),scope:(...e)=>({track:(o,c)=>a(o,c,{__scope:e})})}),(t=(...e)=>t.$c.map?void t.$c.push(e):t.$c(...e)).$c=[],t.$w=c,t.u=location+"",p=(s=(e,o=o=>o in t?t:e)=>new Proxy(t,{get:(e,c)=>o(c)[c],set:(e,c,t)=>(o(c)[c]=t,1),has:(e,c)=>c in o(c)}))(o),Reflect.defineProperty(e,"whop",{configurable:1,get:()=>p,set:e=>p=s(e)})||(e.whop=p))})(window);whop('init',{endpoint:'/whop'});`;

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
