/** Textr plugins: each takes a text and textr's options, and returns the text with its rule applied. */
type TextrPlugin = (text: string, options?: {locale?: string}) => string;

declare module 'typographic-apostrophes' {
  const plugin: TextrPlugin;
  export default plugin;
}
declare module 'typographic-exclamation-mark' {
  const plugin: TextrPlugin;
  export default plugin;
}
declare module 'typographic-question-mark' {
  const plugin: TextrPlugin;
  export default plugin;
}
declare module 'typographic-quotes' {
  const plugin: TextrPlugin;
  export default plugin;
}
declare module 'typographic-semicolon' {
  const plugin: TextrPlugin;
  export default plugin;
}
