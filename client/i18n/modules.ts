// Every translation module kept beside its feature, by name: for the checks that read all Chinese
// texts (both halves complete, the glossary's terms, the house style).
import { dt } from "./debrief.ts";
import { g } from "./guide.ts";
import { hd } from "./history.ts";
import { mt } from "./map.ts";
import { ot } from "./orders.ts";
import { pt } from "./projector.ts";
import { rt } from "./report.ts";

export const MODULES = { guide: g, report: rt, orders: ot, map: mt, projector: pt, debrief: dt, history: hd } as const;
