/**
 * `{% if condition %}` … `{% endif %}` (GitBook's adaptive content, shown to some visitors only):
 * the site shows its content to every reader, and says so once per condition, as a warning (never
 * a stop): the site has no visitors' claims to test. `{% else %}` inside keeps both branches.
 */
import type {BlockDefinition} from './types';

/** Conditions already said, per page. */
const said = new WeakMap<object, Set<string>>();

export const conditional: BlockDefinition = {
  end: 'endif',
  attributes: [],
  freeText: true,
  build(context) {
    const {open, problems, file, children} = context;
    const condition = open.value.replace(/^if\s+/i, '').trim();
    const seen = said.get(file) ?? new Set<string>();
    said.set(file, seen);
    if (!seen.has(condition)) {
      seen.add(condition);
      problems.warn(open, `Contenu adaptatif {% if ${condition} %} : le site le montre à tous les lecteurs ; vérifiez qu’il convient à tous, ou réécrivez-le.`);
    }
    return children;
  },
};
