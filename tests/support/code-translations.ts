/**
 * Stands for Docusaurus's generated `@generated/codeTranslations` in component tests: the French
 * edition uses the default messages written in the components, so no override is loaded.
 */
const codeTranslations: Record<string, string> = {};
export default codeTranslations;
