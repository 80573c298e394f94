// Parses every script as ECMAScript 2018 (acorn): the shipped files in dist/ and the module sources, so nothing
// newer than what Microsoft's solution checker accepts can ship. Prints each file that fails; exit code 1 if any.
// Run: npm run check-syntax --prefix WebResources (after npm run build).
import { parse } from "acorn";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));
/** @param {string} folder @returns {string[]} */
const walk = (folder) => readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
  entry.isDirectory() ? walk(join(folder, entry.name)) : [join(folder, entry.name)]);

const sets = [
  { folder: join(root, "dist", "crmspm_"), sourceType: "script" },
  { folder: join(root, "crmspm_"), sourceType: "module" },
];
let checked = 0;
const failures = [];
for (const { folder, sourceType } of sets) {
  for (const file of walk(folder).filter((name) => name.endsWith(".js"))) {
    // panelHost.js is a classic script in both places.
    const type = file.endsWith("panelHost.js") ? "script" : sourceType;
    try {
      parse(readFileSync(file, "utf8"), { ecmaVersion: 2018, sourceType: type });
      checked++;
    } catch (error) {
      failures.push(`${relative(root, file)}: ${error instanceof Error ? error.message : error}`);
    }
  }
}
console.log(`${checked} files parse as ECMAScript 2018`);
for (const failure of failures) console.log(`NOT ES2018: ${failure}`);
process.exit(failures.length === 0 ? 0 : 1);
