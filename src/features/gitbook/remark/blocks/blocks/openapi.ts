/**
 * GitBook's API reference blocks (`{% openapi src="…" path="/x" method="get" %}`, and
 * `openapi-operation`, `openapi-schemas`, `openapi-webhook`, which name a specification) →
 * `<ApiReference>`: a card that says which operation or schemas, and links to the specification.
 * The site draws no interactive API console: that would run code and requests of another site.
 * The link is the block's own (GitBook repeats it inside), or its `src` when that is an address;
 * a specification stored in GitBook (`spec="…"`) without either is named, without a link, and said.
 */
import type {Link, PhrasingContent} from 'mdast';
import {visit} from 'unist-util-visit';
import {fileNameOfUrl} from '../../../../../shared/url-file-name';
import {attribute, component, type BlockDefinition} from './types';

function apiBlock(end: string): BlockDefinition {
  return {
    end,
    endIsOptional: true,
    attributes: ['src', 'spec', 'path', 'method', 'schemas', 'name', 'grouped', 'expanded'],
    build(context) {
      const {tag, open, children, problems} = context;
      const source = (tag.attributes.src ?? '').trim().replace(/^<(.*)>$/, '$1');
      let link: Link | undefined;
      // GitBook's link to a specification it could not export (`broken-reference`) leads nowhere.
      const leadsSomewhere = (url: string) => !/^(broken-reference|\/broken\/)/.test(url);
      for (const child of children) visit(child, 'link', (node: Link) => void (leadsSomewhere(node.url) && (link ??= node)));
      if (!link && /^(https?:|\.{0,2}\/|[\w-]+\/)/.test(source)) {
        const name = fileNameOfUrl(source) || source;
        link = {type: 'link', url: source, children: [{type: 'text', value: name}], position: open.position};
      }
      const what = [tag.attributes.method?.toUpperCase(), tag.attributes.path, tag.attributes.schemas, tag.attributes.name].filter(Boolean).join(' ');
      const spec = tag.attributes.spec?.trim();
      const fix = `ajoutez le fichier OpenAPI à côté de la page et écrivez src="spec.yaml", ou un lien [spécification](adresse) avant {% ${end} %}`;
      if (!link && !spec) {
        problems.add(open, `{% ${tag.name} %} sans lien vers sa spécification (ni src, ni spec, ni lien) : ${fix}.`);
        return undefined;
      }
      if (!link) {
        // A specification stored in GitBook (`spec="…"`), that the export does not hold: the card
        // names it, without a link; a person may add one.
        problems.warn(
          open,
          `{% ${tag.name} %} sans lien vers sa spécification (« ${spec} », une spécification enregistrée dans GitBook, absente de l’export) : la carte la nomme sans lien ; ${fix}.`,
        );
      }
      const attributes = [attribute('kind', tag.name), ...(what ? [attribute('operation', what)] : [])];
      const target: PhrasingContent = link ?? {type: 'inlineCode', value: spec!};
      return component('ApiReference', attributes, [{type: 'paragraph', children: [target]}], context);
    },
  };
}

export const openapi = apiBlock('endopenapi');
export const openapiOperation = apiBlock('endopenapi-operation');
export const openapiSchemas = apiBlock('endopenapi-schemas');
export const openapiWebhook = apiBlock('endopenapi-webhook');
