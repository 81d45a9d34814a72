/** What vitest.config.ts hands every test through `provide`/`inject`. */
declare module 'vitest' {
  export interface ProvidedContext {
    /** The React major the project runs on: `'18'` in the `…:react18` projects, else `'19'`. */
    reactMajor: '18' | '19';
  }
}

export {};
