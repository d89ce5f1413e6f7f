// npm run scenario -- check FILE   prints every problem in a scenario file, or "ok"
// npm run scenario -- schema       writes assets/scenarios/scenario.schema.json from the zod schema
// npm run scenario -- docs         writes docs/scenario-reference.md, the reference of every field
import { readFileSync, writeFileSync } from "node:fs";
import { loadScenario } from "../shared/scenario/load.ts";
import { scenarioJsonSchema } from "../shared/scenario/json-schema.ts";
import { REFERENCE_PATH, referenceText } from "./reference-file.ts";

export const SCHEMA_PATH = new URL("../assets/scenarios/scenario.schema.json", import.meta.url);

const [command, file] = process.argv.slice(2);
if (command === "check" && file) {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    console.error(`cannot read ${file}: ${(error as Error).message}`);
    process.exit(2);
  }
  const result = loadScenario(text);
  if (result.ok) {
    console.log("ok");
  } else {
    for (const problem of result.problems) console.log(problem);
    process.exit(1);
  }
} else if (command === "schema") {
  writeFileSync(SCHEMA_PATH, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
  console.log(`wrote ${SCHEMA_PATH.pathname}`);
} else if (command === "docs") {
  const { markdown, fields, undescribed } = referenceText();
  writeFileSync(REFERENCE_PATH, markdown);
  console.log(`wrote ${REFERENCE_PATH.pathname}: ${fields.length} fields`);
  if (undescribed.length) {
    console.warn(`warning: ${undescribed.length} fields have no description (give each a .describe() or .meta() in shared/scenario/schema.ts):`);
    const bySection = new Map<string, string[]>();
    for (const path of undescribed) {
      const section = /^[^.[]+/.exec(path)![0];
      bySection.set(section, [...(bySection.get(section) ?? []), path.slice(section.length).replace(/^\./, "") || "(itself)"]);
    }
    for (const [section, paths] of bySection) console.warn(`  ${section}: ${paths.join(", ")}`);
  }
} else {
  console.error("usage: npm run scenario -- check FILE | schema | docs");
  process.exit(2);
}
