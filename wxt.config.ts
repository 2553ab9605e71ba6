import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  manifest: {
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    permissions: ['storage', 'alarms'],
    action: { default_title: '__MSG_extName__' },
  },
  vite: () => ({ plugins: [preact()] }),
  zip: { excludeSources: ['tests/**', 'docs/**'] },
});
