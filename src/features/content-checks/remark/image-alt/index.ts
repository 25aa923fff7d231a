/**
 * Image alternatives: records a problem (the build then stops) for an image without a text
 * alternative, `![](schema.png)` or `<img src="…">` in MDX. Docusaurus would publish it without an
 * `alt` attribute, which screen readers announce as the file name (RGAA criterion 1.1).
 */
import type {Image, Root} from 'mdast';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {Plugin} from 'unified';
import {visit} from 'unist-util-visit';
import {ContentProblems} from '../../../../shared/content-problems';
import {fileNameOfUrl} from '../../../../shared/url-file-name';

const message =
  'Image sans texte de remplacement : décrivez ce qu’elle montre entre les crochets, ![Schéma de la gouvernance d’un commun](image.png). Une image qui ne porte aucune information n’a pas sa place dans le guide.';

/**
 * What a draft (PUBLICATION_DRAFT=1) shows in place of a missing description, so that its pages read
 * whole with a screen reader too; a publication stops on the image before it gets there.
 */
export function draftAlt(url: string): string {
  return `Image à décrire avant publication (${fileNameOfUrl(url) || url})`;
}

const isImgElement = (node: {type: string; name?: string | null}): node is MdxJsxFlowElement | MdxJsxTextElement =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img';

const altOf = (node: MdxJsxFlowElement | MdxJsxTextElement) =>
  node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'alt');

/** An image named for a person: its file name, or its place on the line when it has none. */
const imageName = (url: string | undefined, index: number) => {
  return (url && fileNameOfUrl(url)) || `${index + 1}${index === 0 ? 're' : 'e'} image de la ligne`;
};

interface Missing {
  node: Image | MdxJsxFlowElement | MdxJsxTextElement;
  url: string | undefined;
  jsx: boolean;
}

/** One problem per line: an image alone as before, several (a row of a table) named together. */
function report(problems: ContentProblems, missing: Missing[]): void {
  const byLine = new Map<number, Missing[]>();
  for (const item of missing) {
    const line = item.node.position?.start.line ?? 1;
    byLine.set(line, [...(byLine.get(line) ?? []), item]);
  }
  for (const items of byLine.values()) {
    const text = items.some((item) => item.jsx)
      ? message.replace('entre les crochets, ![Schéma de la gouvernance d’un commun](image.png)', 'dans son attribut alt="…"')
      : message;
    if (items.length === 1) {
      problems.add(items[0]!.node, text);
      continue;
    }
    const names = items.map((item, index) => imageName(item.url, index)).join(', ');
    problems.add(
      items[0]!.node,
      text.replace('Image sans texte de remplacement :', `${items.length} images sans texte de remplacement sur cette ligne (${names}) : pour chacune,`),
    );
  }
}

const srcOf = (node: MdxJsxFlowElement | MdxJsxTextElement) => {
  const src = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'src');
  return typeof src?.value === 'string' ? src.value : undefined;
};

const remarkImageAlt: Plugin<[], Root> = function remarkImageAlt() {
  return (tree, file) => {
    const missing: Missing[] = [];
    visit(tree, (node) => {
      // A decorative image (a card's cover, an icon: src/features/gitbook/remark/html) is meant to have none.
      if (node.type === 'image' && !(node as Image).alt?.trim() && !(node as Image).data?.decorative) {
        missing.push({node: node as Image, url: (node as Image).url, jsx: false});
        (node as Image).alt = draftAlt((node as Image).url);
      }
      if (isImgElement(node) && !altOf(node)) missing.push({node, url: srcOf(node), jsx: true});
    });
    report(new ContentProblems(file), missing);
  };
};

/**
 * After Docusaurus's own plugins: its images (`![](…)` turned into `<img>`) lose an empty `alt`, which
 * says « decorative » to screen readers. Every image without one is decorative by then: the plugin
 * above stopped the build (or, in a draft, wrote a placeholder) for the others.
 */
export const remarkDecorativeImages: Plugin<[], Root> = function remarkDecorativeImages() {
  return (tree) => {
    visit(tree, (node) => {
      if (isImgElement(node) && !altOf(node)) node.attributes.unshift({type: 'mdxJsxAttribute', name: 'alt', value: ''});
    });
  };
};

export default remarkImageAlt;
