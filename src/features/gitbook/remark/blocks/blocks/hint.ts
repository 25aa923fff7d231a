/** `{% hint style="info" %}` … `{% endhint %}` → `<Hint type="info">`. */
import {hintTypes} from '../../../theme/Hint/types';
import {attribute, component, type BlockDefinition} from './types';

const quotedStyles = hintTypes.map((name) => `"${name}"`).join(', ');

/** Styles written by hand after other tools' habits (Docusaurus, GitHub): the GitBook style they mean. */
const styleAliases: Record<string, (typeof hintTypes)[number]> = {tip: 'success', note: 'info'};

export const hint: BlockDefinition = {
  end: 'endhint',
  // `icon`: GitBook lets an author pick the box's icon; the site's boxes have the icon of their kind.
  attributes: ['style', 'icon'],
  build(context) {
    const {tag, open, children, problems} = context;
    const {style} = tag.attributes;
    if (style === undefined) {
      problems.add(open, `Encadré {% hint %} sans style : écrivez par exemple {% hint style="info" %} (styles possibles : ${hintTypes.join(', ')}).`);
      return undefined;
    }
    const written = style.trim().toLowerCase();
    const normalized = styleAliases[written] ?? written;
    if (!(hintTypes as readonly string[]).includes(normalized)) {
      problems.add(open, `Style d'encadré « ${style} » inconnu : utilisez l'un de ${quotedStyles}.`);
      return undefined;
    }
    if (children.length === 0) {
      problems.add(open, 'Encadré {% hint %} vide : écrivez son texte entre {% hint %} et {% endhint %}, ou supprimez-le.');
      return undefined;
    }
    return component('Hint', [attribute('type', normalized)], children, context);
  },
};
