/**
 * Code block (wrapped): the theme's highlighted block, loaded with the Prism highlighter only when a
 * page shows code, so that pages without code (all of the guide today) do not download it.
 *
 * - The server bundle has the highlighted block at hand: the HTML is the theme's, highlighted, and
 *   whole without JavaScript.
 * - In the browser, until the block's chunk has arrived, the HTML the server wrote stays as it is
 *   (hydration leaves an element with `dangerouslySetInnerHTML` alone), then the block replaces it,
 *   identical and live (copy button, line wrapping).
 * - After a client-side navigation, the code shows at once, plain, in the theme's frame, and is
 *   highlighted when the chunk arrives.
 *
 * Not React.lazy and Suspense: React's server renderer moves a Suspense boundary that comes after
 * enough HTML to the end of the page, hidden, with an inline script that reveals it.
 */
import React, {useEffect, useState, type ComponentType, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import PlainCodeBlock from '@theme/CodeBlock/Content/Element';
import type CodeBlockType from '@theme/CodeBlock';
import type {WrapperProps} from '@docusaurus/types';

type Props = WrapperProps<typeof CodeBlockType>;

/**
 * The highlighted block: in the server bundle, loaded with this module; in the browser, once its
 * chunk has arrived. The constant is set at compile time by src/plugins/code-highlighting-on-demand,
 * so the browser bundle drops this `require`, and Prism with it.
 */
let Highlighted: ComponentType<Props> | undefined =
  process.env.CODE_BLOCK_SERVER_BUNDLE === 'true'
    ? (require('./highlighted') as typeof import('./highlighted')).default
    : undefined;

async function loadHighlighted(): Promise<ComponentType<Props>> {
  Highlighted ??= (await import('./highlighted')).default;
  return Highlighted;
}

export default function CodeBlock(props: Props): ReactNode {
  const [Block, setBlock] = useState(() => Highlighted);
  // False while the page hydrates, true after. Noted at the first render: the block hydrated from
  // the server's HTML keeps it until the chunk arrives, even once the page has hydrated.
  const isBrowser = useIsBrowser();
  const [fromServer] = useState(() => !isBrowser);
  useEffect(() => {
    if (Block) return;
    let current = true;
    void loadHighlighted().then((loaded) => current && setBlock(() => loaded));
    return () => {
      current = false;
    };
  }, [Block]);
  if (Block) {
    return (
      <div>
        <Block {...props} />
      </div>
    );
  }
  if (fromServer) return <div dangerouslySetInnerHTML={{__html: ''}} suppressHydrationWarning />;
  return (
    <div>
      <PlainCodeBlock className={props.className}>{props.children}</PlainCodeBlock>
    </div>
  );
}
