/** Stands for theme-classic's `prism-include-languages` client module in the browser bundle: see index.ts. */
export {};
