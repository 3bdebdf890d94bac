/** esbuild loads .graphql files as their text (test/clients/bundle.ts). */
declare module '*.graphql' {
  const source: string;
  export default source;
}
