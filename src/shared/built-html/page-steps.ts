/**
 * The steps of the one pass over an edition's built pages (src/features/built-pages): each feature
 * that changes or reads every built page gives one, and the configuration lists them in the order
 * they run. One reading and at most one writing of each page; no hooks racing each other.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';

/** What Docusaurus gives the hook that runs after an edition's build. */
export type PostBuildProps = Parameters<NonNullable<Plugin['postBuild']>>[0];

/** A page of the build, as the steps see it in turn. */
export interface BuiltPageFile {
  /** Absolute path of its HTML file. */
  file: string;
  /** Its HTML, as the previous steps left it. */
  html: string;
}

export interface PageStep {
  /** Shown in the log and in errors. */
  name: string;
  /** Before the pages: what the step needs once per build (a bundle…), or a check that stops it. */
  start?(props: PostBuildProps): Promise<void> | void;
  /** For each page, in turn: the page's new HTML, or nothing to leave it as it is. */
  page?(page: BuiltPageFile): string | undefined | void;
  /** After every page of the edition. */
  finish?(props: PostBuildProps): Promise<void> | void;
}

/** A step made for one edition's build, from its context (plugins are made once per locale). */
export type PageStepFactory = (context: LoadContext) => PageStep;
