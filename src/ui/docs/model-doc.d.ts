/** The model documentation of one language as HTML, rendered at build time (scripts/model-doc-plugin.ts). */
declare module 'virtual:model-doc/*' {
  const html: string;
  export default html;
}
