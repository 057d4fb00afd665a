// Stylesheets that lazy chunks import as text (build.mjs bundles *.css with the "text" loader
// for chunks) and add to the page themselves.
declare module "*.css" {
  const text: string;
  export default text;
}

// markdown-it-emoji's table of GitHub emoji shortcodes (name -> emoji), read by chunks/markdown.
declare module "markdown-it-emoji/lib/data/full.mjs" {
  const table: Record<string, string>;
  export default table;
}
