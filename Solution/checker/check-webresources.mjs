// Applies the powerapps-checker web rules that we can check offline to the JavaScript we ship
// (https://learn.microsoft.com/power-apps/maker/data-platform/use-powerapps-checker), one JSON line per file:
//   web-unsupported-syntax  parses with ecmaVersion 2018; no global newer than ES6 (ES2015)
//   web-use-strict-mode     classic scripts start with "use strict" (ES modules are always strict)
//   web-avoid-eval          no eval(), new Function(), or string arguments to setTimeout/setInterval
//   web-remove-debug-script no `debugger` statement, no console.log/console.debug
// Usage: node check-webresources.mjs <file>...
import { readFileSync } from "node:fs";
import * as acorn from "acorn";
import * as walk from "acorn-walk";

// Globals added after ES2015 (ES2016-ES2024) and the web platform's structuredClone (2022).
const NEWER_GLOBALS = new Set([
  "globalThis", "BigInt", "BigInt64Array", "BigUint64Array", "SharedArrayBuffer", "Atomics", "WeakRef",
  "FinalizationRegistry", "AggregateError", "structuredClone",
]);

function check(file) {
  const source = readFileSync(file, "utf8");
  const problems = [];
  const isModule = /^\s*(import|export)\s/m.test(source);
  let ast;
  try {
    ast = acorn.parse(source, { ecmaVersion: 2018, sourceType: isModule ? "module" : "script", locations: true });
  } catch (error) {
    return { file, problems: [`web-unsupported-syntax: not ECMAScript 2018: ${error.message}`] };
  }

  if (!isModule) {
    const first = ast.body[0];
    if (!(first && first.type === "ExpressionStatement" && first.directive === "use strict")) {
      problems.push('web-use-strict-mode: a classic script must start with "use strict"');
    }
  }

  const declared = new Set();
  walk.full(ast, (node) => {
    if (node.type === "VariableDeclarator" && node.id.type === "Identifier") declared.add(node.id.name);
    if ((node.type === "FunctionDeclaration") && node.id) declared.add(node.id.name);
  });

  walk.ancestor(ast, {
    Identifier(node, _state, ancestors) {
      const parent = ancestors[ancestors.length - 2];
      const isPropertyName = parent && ((parent.type === "MemberExpression" && parent.property === node && !parent.computed)
        || (parent.type === "Property" && parent.key === node && !parent.computed && !parent.shorthand));
      if (!isPropertyName && NEWER_GLOBALS.has(node.name) && !declared.has(node.name)) {
        problems.push(`web-unsupported-syntax: global ${node.name} (newer than ES6) at line ${node.loc.start.line}`);
      }
    },
    CallExpression(node) {
      const callee = node.callee;
      if (callee.type === "Identifier" && callee.name === "eval") {
        problems.push(`web-avoid-eval: eval() at line ${node.loc.start.line}`);
      }
      if (callee.type === "Identifier" && (callee.name === "setTimeout" || callee.name === "setInterval")
        && node.arguments[0] && (node.arguments[0].type === "Literal" || node.arguments[0].type === "TemplateLiteral")) {
        problems.push(`web-avoid-eval: ${callee.name} with a string at line ${node.loc.start.line}`);
      }
      if (callee.type === "MemberExpression" && callee.object.type === "Identifier" && callee.object.name === "console"
        && callee.property.type === "Identifier" && (callee.property.name === "log" || callee.property.name === "debug")) {
        problems.push(`web-remove-debug-script: console.${callee.property.name} at line ${node.loc.start.line}`);
      }
    },
    NewExpression(node) {
      if (node.callee.type === "Identifier" && node.callee.name === "Function") {
        problems.push(`web-avoid-eval: new Function() at line ${node.loc.start.line}`);
      }
    },
    DebuggerStatement(node) {
      problems.push(`web-remove-debug-script: debugger statement at line ${node.loc.start.line}`);
    },
  });
  return { file, problems };
}

let failed = false;
for (const file of process.argv.slice(2)) {
  const result = check(file);
  if (result.problems.length > 0) failed = true;
  console.log(JSON.stringify(result));
}
process.exitCode = failed ? 1 : 0;
