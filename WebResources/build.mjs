// Packs the web resources as they ship: each page's modules bundled and minified into one ES2018 script, its
// stylesheets into one minified sheet, into dist/crmspm_/ (same web-resource names as the sources).
// Run: npm run build --prefix WebResources. The browser tests run against dist/, and the solution packs dist/.
import { build, transform } from "esbuild";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));
const source = join(root, "crmspm_");
const out = join(root, "dist", "crmspm_");
// ECMAScript 2018: what Microsoft's solution checker accepts (rule web-unsupported-syntax).
const target = "es2018";

/** @param {string} folder @returns {string[]} */
const walk = (folder) => readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
  entry.isDirectory() ? walk(join(folder, entry.name)) : [join(folder, entry.name)]);

rmSync(join(root, "dist"), { recursive: true, force: true });
for (const html of walk(source).filter((file) => file.endsWith(".html"))) {
  const folder = dirname(html);
  const name = html.slice(folder.length + 1, -".html".length);
  const target_ = join(out, relative(source, folder));
  mkdirSync(target_, { recursive: true });
  let page = readFileSync(html, "utf8");
  const sheets = [...page.matchAll(/<link rel="stylesheet" href="([^"]+)">\n?\s*/g)];
  const css = sheets.map((match) => readFileSync(join(folder, match[1]), "utf8")).join("\n");
  const minifiedCss = (await transform(css, { loader: "css", minify: true })).code;
  writeFileSync(join(target_, `${name}.css`), minifiedCss);
  sheets.forEach((match, index) => {
    page = page.replace(match[0], index === 0 ? `<link rel="stylesheet" href="${name}.css">\n  ` : "");
  });
  const script = /<script type="module" src="([^"]+)"><\/script>/.exec(page);
  if (!script) throw new Error(`${html} has no module script`);
  const options = {
    entryPoints: [join(folder, script[1])], bundle: true, minify: true, format: /** @type {const} */ ("iife"), target,
    outfile: join(target_, `${name}.js`), legalComments: "none", logLevel: /** @type {const} */ ("warning"),
  };
  // Two passes: find the page's modules, then bundle it with only the strings those modules name.
  const first = await build({ ...options, write: false, metafile: true });
  const inputs = Object.keys(first.metafile.inputs).filter((input) => !input.includes("strings/"));
  const literals = new Set(inputs.flatMap((input) =>
    [...readFileSync(join(root, input), "utf8").matchAll(/"([A-Za-z]\w*)"/g)].map((match) => match[1])));
  await build({ ...options, plugins: [onlyUsedStrings(literals)] });
  page = page.replace(script[0], `<script defer src="${name}.js"></script>`);
  writeFileSync(join(target_, `${name}.html`), page);
}
/**
 * Keeps, in each strings/<language>.js, only the keys some module of the page names as a string literal
 * ("tipsCount", label: "rep"): every page ships each language, but only its own text.
 * @param {Set<string>} used
 * @returns {import("esbuild").Plugin}
 */
function onlyUsedStrings(used) {
  return {
    name: "only-used-strings",
    setup(builder) {
      builder.onLoad({ filter: /[\\/]strings[\\/]\w+\.js$/ }, async (args) => {
        const table = (await import(pathToFileURL(args.path).href)).default;
        const kept = Object.fromEntries(Object.entries(table).filter(([key]) => used.has(key)));
        return { contents: `export default ${JSON.stringify(kept)};`, loader: "js" };
      });
    },
  };
}

// The form library is a classic script of its own.
const host = join(source, "forms", "panelHost.js");
mkdirSync(join(out, "forms"), { recursive: true });
writeFileSync(join(out, "forms", "panelHost.js"),
  (await transform(readFileSync(host, "utf8"), { loader: "js", minify: true, target })).code);
