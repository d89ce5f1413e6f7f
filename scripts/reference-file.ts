// The scenario reference as docs/scenario-reference.md should read, built from the default scenario file.
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { scenarioReference } from "../shared/scenario/reference.ts";
import { DEFAULT_SCENARIO } from "./load-scenario-file.ts";

export const REFERENCE_PATH = new URL("../docs/scenario-reference.md", import.meta.url);

export function referenceText() {
  const root = new URL("..", import.meta.url).pathname;
  return scenarioReference(JSON.parse(readFileSync(DEFAULT_SCENARIO, "utf8")), relative(root, DEFAULT_SCENARIO));
}
