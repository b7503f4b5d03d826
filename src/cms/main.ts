/**
 * Browser entry of `/admin/<opd>/`: registers the Indonesian locale, the portal's widgets, the save check (every
 * rule of the validator, save-hook.ts) and the guards of decap-guards.ts, then starts Decap with the OPD's generated
 * `config.json` (no config.yml lookup, `{{now}}` defaults resolved to the current WIB time). Bundled by Astro/Vite
 * from npm.
 */
import './global-shim.ts';
import CMS, { preloadMarkdown, registerBackendsFor } from './decap.ts';
import { z } from 'zod';
import { id } from './locale.ts';
import { registerWidgets } from './widgets.ts';
import { resolveNowDefaults } from './widget-helpers.ts';
import { registerSaveCheck } from './save-hook.ts';
import { loadChecker } from './checker.ts';
import { installBackendGuards, installEditorRouteReload, installListResync } from './decap-guards.ts';
import { installUploadNames } from './upload-names.ts';
import { localBackendUrl } from './local-backend.ts';
import { takenMediaNames, translateMediaNotices } from './decap-store.ts';
import { translateConfirm } from './decap-english.ts';
import { installIndonesian } from './decap-indonesian.ts';

/** The markdown editor and the validator's chunk are fetched once an editor is open, so typing and the first save do not wait. */
function preloadChecker(): void {
  const editing = () => /#\/collections\/[^/]+\/(entries\/|new)/.test(location.hash);
  const load = () => {
    preloadMarkdown();
    void loadChecker().catch(() => undefined);
  };
  if (editing()) load();
  else window.addEventListener('hashchange', function onHash() {
    if (!editing()) return;
    window.removeEventListener('hashchange', onHash);
    load();
  });
}

/** Decap asks some questions with `window.confirm` and a hard-coded English text: ask them in Indonesian. */
function translateConfirmDialogs(): void {
  const confirm = window.confirm.bind(window);
  window.confirm = (message?: string) => confirm(translateConfirm(String(message ?? '')));
}

async function start(): Promise<void> {
  z.config(z.locales.id()); // zod's own messages (length, type) in Indonesian too
  CMS.registerLocale('id', id);
  registerWidgets(CMS);
  registerSaveCheck(CMS);
  installEditorRouteReload();
  installListResync();
  installUploadNames(document, takenMediaNames);
  translateConfirmDialogs();
  translateMediaNotices();
  installIndonesian();
  const response = await fetch('config.json', { cache: 'no-cache' });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  const config = resolveNowDefaults((await response.json()) as Record<string, unknown>);
  const local = localBackendUrl(location, config.local_backend);
  // Decap talks to the local decap-server only on this machine (localhost/127.0.0.1): elsewhere its backend is not loaded.
  const onThisMachine = ['localhost', '127.0.0.1'].includes(location.hostname);
  await registerBackendsFor({ ...config, local_backend: onThisMachine ? local : undefined } as Parameters<typeof registerBackendsFor>[0]);
  CMS.init({ config: { ...config, local_backend: local, load_config_file: false } as never });
  installBackendGuards();
  preloadChecker();
}

start().catch((error: unknown) => {
  const root = document.getElementById('nc-root') ?? document.body;
  root.textContent = `CMS gagal dimuat: ${(error as Error).message}. Jalankan \`npm run cms-config\` lalu muat ulang halaman.`;
});
