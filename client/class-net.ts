// The class connection: the teacher's dashboard, or a student waiting to be placed and then
// following its placement into its group's game (client/net.ts plays the game itself). What the
// class room sends goes into `classStore`; nothing here decides who sits where.
import { Client, type Room } from "@colyseus/sdk";
import type { ClassMessage, ClassMessageType, ClassServerMessages } from "../shared/class/protocol.ts";
import type { GroupStatus } from "../shared/class/status.ts";
import { ct } from "./class-i18n.ts";
import { setLang, t } from "./i18n.ts";
import { api, enterGame, hostKeyFor, leaveGame, rememberHostKey, rememberSeatToken, save, saved, serverBase } from "./net.ts";
import { notify, store, update } from "./store.ts";
import { nameOf } from "./ui/common.ts";
import { refusalsWords, refusalWords } from "./ui/describe.ts";

export interface ClassStore {
  /** the class this tab is in */
  code: string | null;
  welcome: ClassServerMessages["welcome"] | null;
  placement: ClassServerMessages["placement"] | null;
  roster: ClassServerMessages["roster"];
  /** each group's last status, by group */
  groups: Map<number, GroupStatus>;
  /** the class debrief is open instead of the dashboard */
  debrief: boolean;
  projector: boolean;
  /** a student's form before it joins */
  joining: boolean;
  /** a student the teacher took out of its group */
  removed: boolean;
}

export const classStore: ClassStore = {
  code: null, welcome: null, placement: null, roster: { students: [], games: [] }, groups: new Map(), debrief: false, projector: false, joining: false, removed: false,
};

let room: Room | null = null;

const classTokens = () => saved<Record<string, string>>("sc.classTokens", {});
const classTokenFor = (code: string): string | undefined => classTokens()[code];
const rememberClassToken = (code: string, token: string) => save("sc.classTokens", { ...classTokens(), [code]: token });

/** Opens a class: the teacher's dashboard with the class's key; a student comes back with its token,
 *  else fills in the form (join() then). */
export async function openClass(code: string): Promise<void> {
  Object.assign(classStore, { code, welcome: null, placement: null, debrief: false, projector: new URLSearchParams(location.search).has("projector") });
  history.replaceState(null, "", `/?class=${code}${classStore.projector ? "&projector" : ""}`);
  const key = hostKeyFor(code);
  const token = classTokenFor(code);
  if (key) await connect(code, { teacherKey: key });
  else if (token) await connect(code, { token }).catch(() => { classStore.joining = true; });
  else classStore.joining = true;
  update({});
}

/** A new student joins the class with its name and the classmates it would like to play with. */
export async function joinClass(name: string, friends: string[]): Promise<void> {
  const code = classStore.code;
  if (!code) return;
  await connect(code, { name, friends });
  classStore.joining = false;
  update({});
}

/** A teacher's new class: its key is kept, as a game's host key is. */
export async function createClass(body: Record<string, unknown>): Promise<void> {
  const created = await api<{ code: string; teacherKey: string }>("/api/classes", { body });
  rememberHostKey(created.code, created.teacherKey);
  await openClass(created.code);
}

async function connect(code: string, options: Record<string, unknown>): Promise<void> {
  await api(`/api/classes/${code}/enter`, { body: {} });
  const joined = await new Client(serverBase).joinById(code, options);
  await room?.leave().catch(() => undefined);
  room = joined;
  room.reconnection.maxRetries = 8;
  room.onMessage("welcome", (m: ClassServerMessages["welcome"]) => {
    if (!classStore.welcome && m.role === "student") setLang(m.lang);
    classStore.welcome = m;
    if (m.student) rememberClassToken(code, m.student.token);
    update({ scenario: m.scenario as typeof store.scenario, ...(m.deck ? { deck: m.deck } : {}) });
  });
  room.onMessage("placement", (m: ClassServerMessages["placement"]) => void follow(m));
  room.onMessage("roster", (m: ClassServerMessages["roster"]) => {
    classStore.roster = m;
    // the teacher's key opens every group's game too
    const key = hostKeyFor(code);
    if (key) for (const game of m.games) if (!hostKeyFor(game)) rememberHostKey(game, key);
    update({});
  });
  room.onMessage("group", (m: GroupStatus) => {
    classStore.groups.set(m.group, m);
    update({});
  });
  room.onMessage("outcome", (m: ClassServerMessages["outcome"]) => {
    const ok = m.groups.filter((g) => g.ok).length;
    const refused = m.groups.filter((g) => !g.ok).map((g) => ct("dash.refused", { group: g.group + 1, reason: g.refusal ? refusalWords(g.refusal) : "" }));
    notify(refused.length ? "error" : "info", [ct("dash.done", { ok, all: m.groups.length }), ...refused].join(" · "));
  });
  room.onMessage("error", (m: ClassServerMessages["error"]) => notify("error", refusalsWords([m, ...(m.more ?? [])])));
  room.onMessage("broadcast", (m: ClassServerMessages["broadcast"]) => notify("info", t("notice.broadcast", { text: m.text })));
  room.onMessage("stopping", () => notify("info", t("notice.stopping")));
  room.onMessage("ack", () => undefined);
  room.onDrop(() => update({ connection: "reconnecting" }));
  room.onReconnect(() => {
    update({ connection: "ok" });
    room?.send("hello", {});
  });
  room.onLeave((closeCode) => {
    if (closeCode === 4000 || classStore.code !== code) return;
    room = null;
    // the server restarted: come back with the key or the token
    setTimeout(() => { if (classStore.code === code) void openClass(code).catch(() => update({ connection: "lost" })); }, 2000);
  });
  room.send("hello", {});
}

/** A student goes where the class places it: into its group's game, or back to waiting. */
async function follow(placement: ClassServerMessages["placement"]): Promise<void> {
  const before = classStore.placement;
  classStore.placement = placement;
  classStore.removed = placement.game === null && before?.game != null;
  update({});
  const token = classStore.welcome?.student?.token;
  if (!token) return;
  if (placement.game === null) {
    if (store.code) await leaveGame();
    update({ code: null, room: null, screen: "home" });
    return;
  }
  // the class's token is also the student's seat token in whichever group it is placed
  rememberSeatToken(placement.game, token);
  if (before?.game && (before.game !== placement.game || before.actor !== placement.actor)) {
    notify("info", ct("notice.moved", { group: placement.group! + 1, seat: nameOf(placement.actor ?? "") }));
  }
  if (store.code !== placement.game) {
    await enterGame(placement.game).catch(() => notify("error", ct("join.failed", { code: classStore.code ?? "" })));
    history.replaceState(null, "", `/?class=${classStore.code}`);
  }
}

/** Sends the class room a message; the server's answer arrives as an ack, an outcome or an error. */
export function sendClass<T extends ClassMessageType>(type: T, body: ClassMessage<T>): void {
  if (!room) return notify("error", t("error.notConnected"));
  room.send(type, body);
}

export async function leaveClass(): Promise<void> {
  const r = room;
  room = null;
  Object.assign(classStore, { code: null, welcome: null, placement: null, groups: new Map(), debrief: false, joining: false });
  await r?.leave().catch(() => undefined);
}
