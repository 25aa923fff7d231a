/**
 * The theme's code block with the Prism highlighter, in a chunk of its own (see index.tsx). Before
 * the first block shows, the site's extra Prism languages (`themeConfig.prism.additionalLanguages`)
 * are registered, which the theme does on every page (src/plugins/code-highlighting-on-demand).
 */
import {Prism} from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import CodeBlock from '@theme-original/CodeBlock';
import type CodeBlockType from '@theme/CodeBlock';

prismIncludeLanguages(Prism);

export default CodeBlock as typeof CodeBlockType;
