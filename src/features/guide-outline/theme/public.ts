/**
 * The guide outline's components that other features may show (their declared entry,
 * .dependency-cruiser.cjs): the guide's topics as list items, and the global data they read.
 */
export {default as GuideTopics} from './GuideTopics';
export type {GuideOutlineGlobalData} from '../index';
