// The JSON Schema of the scenario format, for editor autocompletion; generated from the zod schema.
import { z } from "zod";
import { scenarioSchema } from "./schema.ts";

export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(scenarioSchema, { io: "input", unrepresentable: "any" }),
    title: "Silicon Curtain scenario",
  };
}
