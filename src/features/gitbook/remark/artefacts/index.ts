/**
 * GitBook artefacts: records a problem (the build then stops) for leftovers of a GitBook export that would print as garbage,
 * such as `\*\*\*\*` (an empty bold that GitBook escapes), instead of publishing them.
 */
import type {Root, Text} from 'mdast';
import type {Plugin} from 'unified';
import {visit} from 'unist-util-visit';
import {ContentProblems} from '../../../../shared/content-problems';

/** Four asterisks or more in text: never prose, always an escaped empty emphasis from GitBook. */
const asteriskRun = /\*{4,}/;

const remarkGitbookArtefacts: Plugin<[], Root> = function remarkGitbookArtefacts() {
  return (tree, file) => {
    const problems = new ContentProblems(file);
    visit(tree, 'text', (node: Text) => {
      if (asteriskRun.test(node.value)) {
        problems.add(node, "Artefact d'export GitBook « **** » (gras vide) : supprimez ces astérisques, ils s'afficheraient tels quels.");
      }
    });
  };
};

export default remarkGitbookArtefacts;
