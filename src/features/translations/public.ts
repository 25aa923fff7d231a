/** What other features may use of the translations (their declared entry, .dependency-cruiser.cjs): the front matter field a translation records. */
export {sourceHashField} from './status';
