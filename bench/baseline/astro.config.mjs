// @ts-check
import { defineConfig } from 'astro/config';

// Same output shape as the portal (directory URLs), nothing else: this site is the cost floor.
export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
