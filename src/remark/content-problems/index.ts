/**
 * Content problems: the last remark plugin of every page. Stops the build with all the problems
 * that the content plugins before it recorded (front matter, GitBook blocks, tables…), each with its
 * file, line and fix.
 */
import type {Root} from 'mdast';
import type {Plugin} from 'unified';
import {throwRecordedProblems} from '../../content-errors';

const remarkContentProblems: Plugin<[], Root> = function remarkContentProblems() {
  return (_tree, file) => {
    throwRecordedProblems(file);
  };
};

export default remarkContentProblems;
