// npm run scenario -- check FILE   prints every problem in a scenario file, or "ok"
// npm run scenario -- schema       writes assets/scenarios/scenario.schema.json from the zod schema
import { readFileSync, writeFileSync } from "node:fs";
import { loadScenario } from "../shared/scenario/load.ts";
import { scenarioJsonSchema } from "../shared/scenario/json-schema.ts";

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
} else {
  console.error("usage: npm run scenario -- check FILE | schema");
  process.exit(2);
}
