// WXT build configuration: the manifest as a function of the target browser.
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { MODEL_FILES } from './lib/pipeline/model-files.ts';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  hooks: {
    // The service worker reads its models from its own package (docs/decisions/008); they stay where the CLI reads them.
    'build:publicAssets': (_wxt, files) => {
      for (const file of MODEL_FILES) files.push({ absoluteSrc: resolve('lib/pipeline/models', file), relativeDest: `models/${file}` });
    },
  },
  manifest: ({ browser }) => ({
    name: 'Fact Annotator',
    description: 'Highlights who is speaking on news pages and keeps each actor\'s stances on your own machine.',
    permissions: ['storage', 'activeTab', 'tabs', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: ['<all_urls>'],
    commands: {
      'toggle-highlighting': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Turn highlighting on or off',
      },
    },
    ...(browser === 'firefox'
      ? {
          sidebar_action: { default_panel: 'sidepanel.html', default_title: 'Fact Annotator' },
          browser_specific_settings: { gecko: { id: 'fact-annotator@example.org' } },
        }
      : { side_panel: { default_path: 'sidepanel.html' } }),
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'self'",
    },
  }),
});
