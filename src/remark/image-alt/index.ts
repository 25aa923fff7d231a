/**
 * Image alternatives: records a problem (the build then stops) for an image without a text
 * alternative, `![](schema.png)` or `<img src="…">` in MDX. Docusaurus would publish it without an
 * `alt` attribute, which screen readers announce as the file name (RGAA criterion 1.1).
 */
import type {Image, Root} from 'mdast';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {Plugin} from 'unified';
import {visit} from 'unist-util-visit';
import {ContentProblems} from '../../content-errors';

const message =
  'Image sans texte de remplacement : décrivez ce qu’elle montre entre les crochets, ![Schéma de la gouvernance d’un commun](image.png). Une image qui ne porte aucune information n’a pas sa place dans le guide.';

const remarkImageAlt: Plugin<[], Root> = function remarkImageAlt() {
  return (tree, file) => {
    const problems = new ContentProblems(file);
    visit(tree, (node) => {
      if (node.type === 'image' && !(node as Image).alt?.trim()) {
        problems.add(node, message);
      }
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node as MdxJsxFlowElement | MdxJsxTextElement).name === 'img') {
        const alt = (node as MdxJsxFlowElement).attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'alt');
        if (!alt) problems.add(node, message.replace('entre les crochets, ![Schéma de la gouvernance d’un commun](image.png)', 'dans son attribut alt="…"'));
      }
    });
  };
};

export default remarkImageAlt;
