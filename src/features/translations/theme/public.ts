/** The translations' components that other features may show (their declared entry, .dependency-cruiser.cjs): the link to the same page in the other language. */
export {default as LanguageLinks} from './LanguageLinks';
