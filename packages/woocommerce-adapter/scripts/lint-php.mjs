// `pnpm lint:php`: `php -l` on every PHP file of the package (the WordPress plugin and the vector
// script), then checks that the committed identity-token vectors still match what the plugin's
// signing code produces. Skips, saying so, only when php is not installed (Debian: php-cli).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const probe = spawnSync("php", ["--version"], { encoding: "utf8" });
if (probe.error || probe.status !== 0) {
  console.log(
    "lint:php: skipped — php is not installed (apt-get install php-cli to lint the WordPress plugin)",
  );
  process.exit(0);
}

function phpFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : phpFiles(path);
    return entry.name.endsWith(".php") ? [path] : [];
  });
}

const files = [...phpFiles(join(root, "wordpress-plugin")), ...phpFiles(join(root, "scripts"))];
let failed = 0;
for (const file of files) {
  const result = spawnSync("php", ["-l", file], { encoding: "utf8" });
  if (result.status !== 0) {
    failed++;
    console.error(`${relative(root, file)}:\n${result.stdout}${result.stderr}`);
  }
}

const vectors = spawnSync("php", [join(root, "scripts/identity-vectors.php")], { encoding: "utf8" });
// Compared as data: the committed file is formatted by Biome, not by PHP.
const committed = JSON.parse(readFileSync(join(root, "src/identity/fixtures/php-vectors.json"), "utf8"));
if (vectors.status !== 0 || JSON.stringify(JSON.parse(vectors.stdout)) !== JSON.stringify(committed)) {
  failed++;
  console.error(
    "src/identity/fixtures/php-vectors.json differs from what the plugin signs now; regenerate it with\n" +
      "  php scripts/identity-vectors.php > src/identity/fixtures/php-vectors.json",
  );
}

console.log(
  `lint:php: ${files.length} PHP files and the identity vectors checked with ${probe.stdout.split("\n")[0]}`,
);
console.log(`${files.length + 1 - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
