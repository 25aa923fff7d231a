/**
 * What a feature declares that works without React in the browser (pages reach readers as HTML and
 * islands, src/features/islands): the MDX components it gives every page, and the modules a page may
 * import. A page that uses anything else must say `hydrate: true`, or the build stops
 * (src/features/islands/remark/static-page). Each feature declares its own in `static-components.ts`.
 */
export interface StaticComponents {
  /** MDX components that every page may use without an import, and that work without React. */
  components: readonly string[];
  /** Modules whose exports work without React, that a page may import. */
  modules: readonly string[];
}
