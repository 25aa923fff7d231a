/**
 * What Docusaurus gives pages that works without React in the browser: `<Head>`, `<Details>` (a
 * native `<details>` until React animates it; without React, the browser opens it), and modules that
 * render plain HTML (a code block's copy button is an island, client/code-copy.ts). Anything else (`@theme/Tabs`, `BrowserOnly`…) needs
 * `hydrate: true` (remark/static-page).
 */
import type {StaticComponents} from '../../shared/static-components';

export const docusaurusStaticComponents: StaticComponents = {
  components: ['Head', 'Details'],
  modules: ['@docusaurus/Head', '@docusaurus/Link', '@theme/Heading', '@theme/CodeBlock', '@theme/Admonition', '@theme/TOCInline', '@theme/Details'],
};
