/**
 * ApiReference: what GitBook's API blocks (`{% openapi %}`, `openapi-operation`, `openapi-schemas`)
 * become, a card that names the operation (« GET /instruments/{symbol} ») and links to the OpenAPI
 * specification that describes it. No interactive console: it would send requests to another site.
 */
import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

export default function ApiReference({kind, operation, children}: {kind?: string; operation?: string; children?: ReactNode}): ReactNode {
  const label =
    kind === 'openapi-schemas'
      ? translate({id: 'apiReference.schemas', message: 'Schémas de l’API', description: 'Card of an API reference block: schemas of a specification'})
      : translate({
          id: 'apiReference.operation',
          message: 'Opération de l’API',
          description: 'Card of an API reference block: one operation of a specification',
        });
  return (
    <div className={styles.card}>
      <p className={styles.label}>
        {label}
        {operation ? (
          <>
            {' '}
            <code className={styles.operation}>{operation}</code>
          </>
        ) : null}
      </p>
      <div className={styles.link}>
        {translate({
          id: 'apiReference.specification',
          message: 'Spécification OpenAPI\u00a0:',
          description: 'Card of an API reference block: before the link to the specification',
        })}{' '}
        {children}
      </div>
    </div>
  );
}
