// Start-up: the OIDC settings come from /config.json (one bundle for every deployment), then the app.
import { WebStorageStateStore, type User } from 'oidc-client-ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AuthProvider } from 'react-oidc-context';
import { App } from './app';
import type { ReturnState } from './session';

interface WebConfig {
  readonly oidc: { readonly authority: string; readonly clientId: string };
}

const root = createRoot(document.getElementById('root')!);

function failed(message: string) {
  // antd is not loaded yet: a plain page with a retry, never a blank one
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.style.cssText = 'font-family:sans-serif;max-width:32rem;margin:20vh auto;text-align:center';
  box.innerHTML = '<h2>园区台账无法启动 · The app could not start</h2><p></p><button type="button">重试 · Retry</button>';
  box.querySelector('p')!.textContent = message;
  box.querySelector('button')!.addEventListener('click', () => window.location.reload());
  document.body.replaceChildren(box);
}

async function start() {
  const res = await fetch('/config.json', { cache: 'no-cache' });
  if (!res.ok) throw new Error(`/config.json: ${res.status}`);
  const config = (await res.json()) as WebConfig;
  const origin = window.location.origin;
  root.render(
    <StrictMode>
      <AuthProvider
        authority={config.oidc.authority}
        client_id={config.oidc.clientId}
        redirect_uri={`${origin}/`}
        post_logout_redirect_uri={`${origin}/`}
        scope="openid profile"
        automaticSilentRenew
        // the library's default, named: tokens live in this tab's sessionStorage, never localStorage
        userStore={new WebStorageStateStore({ store: window.sessionStorage })}
        onSigninCallback={(user: User | void) => {
          const returnTo = (user?.state as ReturnState | undefined)?.returnTo ?? '/';
          window.history.replaceState({}, document.title, returnTo.startsWith('/') ? returnTo : '/');
        }}
      >
        <App />
      </AuthProvider>
    </StrictMode>,
  );
}

start().catch((error: Error) => failed(error.message));
