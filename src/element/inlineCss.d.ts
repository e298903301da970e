/** Vite's `?inline` import: the stylesheet's text, @imports resolved, instead of a `<link>`. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
