// Talking to the server: the HTTP API, and up to two room connections per tab: a player's (who may
// hold a seat) and, for whoever created or runs the game, a facilitator's. Everything received goes
// into the store; nothing here decides a rule.
import { Client, type Room } from "@colyseus/sdk";
import type { GameEvent } from "../shared/engine/events.ts";
import type { Action } from "../shared/engine/orders.ts";
import type { View } from "../shared/engine/view.ts";
import { PHASES } from "../shared/phases.ts";
import type { ClientMessageInput, ClientMessageType, ServerMessages } from "../shared/protocol.ts";
import { ViewReader, type MapLike, type PartLike } from "../shared/view-wire.ts";
import type { Refusal } from "../shared/refusals.ts";
import { t } from "./i18n.ts";
import { refusalsWords } from "./ui/describe.ts";
import { mergeEvents, notify, store, update, type RoomInfo } from "./store.ts";

/** Same origin in production; in `npm run dev` the game server listens on its own port. */
export const serverBase = import.meta.env.DEV ? `${location.protocol}//${location.hostname}:${import.meta.env.VITE_SERVER_PORT ?? 2567}` : location.origin;

export async function api<T>(path: string, init: { method?: string; body?: unknown; key?: string; seatToken?: string } = {}): Promise<T> {
  const res = await fetch(`${serverBase}${path}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: {
      "content-type": "application/json",
      ...(init.key ? { "x-facilitator-key": init.key } : {}),
      ...(init.seatToken ? { "x-seat-token": init.seatToken } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(res.status, typeof body.code === "string" ? body as Refusal : null, body.problems);
  return body as T;
}

/** The API's refusal (null when the answer had none: the server could not be reached, say). */
export class ApiError extends Error {
  readonly status: number;
  readonly refusal: Refusal | null;
  readonly problems: string[];
  constructor(status: number, refusal: Refusal | null, problems: string[] = []) {
    super(refusal ? refusal.code : `HTTP ${status}`);
    this.status = status;
    this.refusal = refusal;
    this.problems = problems;
  }
}

// ---- what the browser remembers -------------------------------------------------------------------

export const saved = <T>(key: string, fallback: T): T => {
  try { return JSON.parse(localStorage.getItem(key) ?? "") as T; } catch { return fallback; }
};
export const save = (key: string, value: unknown) => localStorage.setItem(key, JSON.stringify(value));

export const playerId = (): string => {
  let id = saved<string | null>("sc.playerId", null);
  if (!id) save("sc.playerId", (id = crypto.randomUUID()));
  return id;
};
export const playerName = (): string => saved("sc.name", "");
export const setPlayerName = (name: string) => save("sc.name", name);
const seatTokens = () => saved<Record<string, string>>("sc.seatTokens", {});
/** The token of the seat this browser took in a game: it also opens the seat's part of the record. */
export const seatTokenFor = (code: string): string | null => seatTokens()[code] ?? null;
export const rememberSeatToken = (code: string, token: string) => save("sc.seatTokens", { ...seatTokens(), [code]: token });
const hostKeys = () => saved<Record<string, string>>("sc.hostKeys", {});
export const rememberHostKey = (code: string, key: string) => save("sc.hostKeys", { ...hostKeys(), [code]: key });
export const hostKeyFor = (code: string): string | null => hostKeys()[code] ?? null;

// ---- the game connection --------------------------------------------------------------------------

let player: Room | null = null;
let host: Room | null = null;
/** A reader per room and view key: each rebuilds its view from the entries that changed. */
const readers = new WeakMap<Room, Map<string, ViewReader>>();
/** Who waits for the server's answer to each facilitator command sent on a room, oldest first:
 *  the server answers every one, in order, with an ack or an error. */
const answers = new WeakMap<Room, (((ok: boolean) => void) | undefined)[]>();

export async function enterGame(code: string, options: { projector?: boolean } = {}): Promise<void> {
  await leaveGame();
  const client = new Client(serverBase);
  const key = hostKeyFor(code);
  const name = playerName() || undefined;
  update({ code, hostKey: key, projector: options.projector ?? false, room: null, view: null, previous: null, events: [], chat: [], seat: null, draft: [], submitted: false });
  if (key && !options.projector) host = wire(await client.joinById(code, { facilitatorKey: key, name: name ?? t("role.facilitator"), playerId: `${playerId()}-host` }), "host");
  if (options.projector) {
    player = wire(await client.joinById(code, { spectator: true, name: t("role.spectator") }), "player");
  } else {
    const token = seatTokens()[code];
    // a host's own player connection (to take a seat too) goes by the host's name
    const ownName = name ?? (key ? t("role.host") : undefined);
    const joining = client.joinById(code, { name: ownName, playerId: playerId(), ...(token ? { seatToken: token } : {}) });
    // a class's group takes only the students its class placed there: its teacher runs it as facilitator alone
    player = host ? await joining.then((r) => wire(r, "player"), () => null) : wire(await joining, "player");
  }
  away = null;
}

export async function leaveGame(): Promise<void> {
  const rooms = [player, host].filter((r): r is Room => r !== null);
  player = host = null;
  await Promise.all(rooms.map((r) => r.leave().catch(() => undefined)));
}

function wire(room: Room, kind: "player" | "host"): Room {
  readers.set(room, new Map());
  answers.set(room, []);
  room.reconnection.maxRetries = RECONNECT_RETRIES;
  room.onMessage("welcome", (m: ServerMessages["welcome"] & { scenario?: unknown; deck?: AppDeck }) => {
    if (kind === "player") update({ memberId: m.memberId, role: m.role });
    if (m.scenario) update({ scenario: m.scenario as typeof store.scenario });
    if (m.deck) update({ deck: m.deck });
  });
  room.onMessage("seat", (m: ServerMessages["seat"]) => {
    if (kind !== "player") return;
    if (m.token && store.code) rememberSeatToken(store.code, m.token);
    update({ seat: m.actor, draft: m.actor === store.seat ? store.draft : [], submitted: false });
    refreshView(room);
  });
  room.onMessage("orders", (m: ServerMessages["orders"]) => {
    // a teammate's draft, or ours as the server has it; not while a newer one of ours waits to be saved
    if (m.actor === store.seat && draftTimer === undefined) update({ draft: m.actions, submitted: m.submitted });
  });
  room.onMessage("ack", (m: ServerMessages["ack"]) => {
    // the server took our orders as sent (final or still a draft): errors about earlier ones are stale
    if (m.type === "orders") update({ busy: false, submitted: sentFinal, notices: store.notices.filter((n) => n.kind !== "error") });
    if (m.type === "facilitator") answers.get(room)!.shift()?.(true);
  });
  room.onMessage("error", (m: ServerMessages["error"]) => {
    update({ busy: false });
    if (m.type === "facilitator") answers.get(room)!.shift()?.(false);
    notify("error", refusalsWords([m, ...(m.more ?? [])]));
  });
  room.onMessage("chat", (m: ServerMessages["chat"]) => {
    if (kind === "player" || !player) update({ chat: [...store.chat.slice(-199), m] });
  });
  room.onMessage("members", (m: ServerMessages["members"]) => update({ members: m }));
  room.onMessage("broadcast", (m: ServerMessages["broadcast"]) => {
    if (kind === "player") notify("info", t("notice.broadcast", { text: m.text }));
  });
  room.onMessage("stopping", () => {
    if (kind === "player" || !player) notify("info", t("notice.stopping"));
  });
  room.onStateChange(() => soon(room));
  room.onDrop(() => update({ connection: "reconnecting" }));
  room.onReconnect(() => {
    update({ connection: "ok" });
    room.send("hello", {});
  });
  room.onLeave((code) => {
    if (room !== player && room !== host) return; // we left on purpose
    if (code === 4000) return;
    // a dead room is not left again (its leave() would wait forever): forget it
    if (room === player) player = null;
    else host = null;
    update({ connection: "lost" });
    // the reconnection window passed, or the server restarted: come back by code with the seat token
    const game = store.code;
    if (game) rejoin(game);
  });
  room.send("hello", {});
  return room;
}
type AppDeck = typeof store.deck;

/**
 * The SDK's own reconnection covers a blip (a second or two). Past that, the room's server process
 * is gone (restarted, or died while others run on): the SDK would go on trying its address, so the
 * tab joins the room again by code, wherever it runs now, and takes its seat back with its token.
 */
const RECONNECT_RETRIES = 3;
const REJOIN_FIRST_MS = 500;
const REJOIN_MAX_MS = 8000;

/** Tries `attempt` (joining again) after a pause, then less often as it keeps failing, while `wanted()`. */
export function comeBack(attempt: () => Promise<void>, wanted: () => boolean, delay = REJOIN_FIRST_MS): void {
  setTimeout(() => {
    if (!wanted()) return;
    attempt().catch(() => comeBack(attempt, wanted, Math.min(delay * 2, REJOIN_MAX_MS)));
  }, delay);
}

/** The game this tab lost and is joining again (entering it, by any way, ends that). */
let away: string | null = null;

/** Enters the game again, while this tab is still on it; one attempt at a time, though the host's
 *  two connections both drop. */
function rejoin(game: string): void {
  if (away === game) return;
  away = game;
  const wanted = () => {
    const still = store.code === game && away === game;
    if (!still && away === game) away = null;
    return still;
  };
  comeBack(() => enterGame(game, { projector: store.projector }).then(() => update({ connection: "ok" })), wanted);
}

const waiting = new Set<Room>();

/** Reads the room's new state in a task of its own, after the SDK's decoding of the patch: a large
 *  patch (the last round reveals everything) then costs two shorter tasks instead of one long one. */
function soon(room: Room): void {
  if (waiting.has(room)) return;
  waiting.add(room);
  setTimeout(() => {
    waiting.delete(room);
    refreshView(room);
  }, 0);
}

/** Copies the room's public state and the view this tab may see into the store. */
function refreshView(room: Room): void {
  const primary = player ?? host;
  const s = room.state as unknown as Record<string, any> | undefined;
  if (!s?.seats) return;
  if (room === primary) {
    const info: RoomInfo = {
      code: s.code, phase: s.phase, round: s.round, rounds: s.rounds, paused: s.paused, deadline: s.deadline, remaining: s.remaining, bots: s.bots, waiting: s.waiting,
      seats: [...s.seats.values()].map((x: any) => ({
        actor: x.actor, role: x.role, members: [...x.members], connected: x.connected, locked: x.locked, bot: x.bot, submitted: x.submitted,
      })),
    };
    // a new briefing or report opens on the report tab once: the news and the results are there
    const opened = store.room !== null && store.room.phase !== info.phase && PHASES[info.phase].opensReport;
    update({
      // the facilitator's print view of the role cards stays until they leave it
      room: info, screen: store.screen === "print" ? "print" : PHASES[info.phase].screen,
      ...(opened && store.panel !== "control" ? { panel: "report" as const } : {}),
    });
  }
  // the seat's own view, else (for a facilitator without a seat) the whole truth, else the public view
  const key = room === player ? store.seat ?? (host ? null : "public") : store.seat ? null : "facilitator";
  const entry = key ? s.views?.get(key) as { parts: MapLike<PartLike> } | undefined : undefined;
  if (!key || !entry) return;
  const byKey = readers.get(room)!;
  let reader = byKey.get(key);
  if (!reader) byKey.set(key, (reader = new ViewReader()));
  const view = reader.read(entry.parts);
  if (view === store.view) return;
  // a round was resolved: keep the view before it, to show what changed
  const newRound = store.view !== null && view.indicators.length > store.view.indicators.length;
  const events = mergeEvents(store.events, view);
  announceNews(store.events, events);
  update({ view, previous: newRound ? store.view : store.previous, events });
}

/** News that arrives while the player looks elsewhere (the facilitator injects it) gets a notice. */
function announceNews(before: GameEvent[], after: GameEvent[]): void {
  if (before.length === 0 || store.panel === "report") return; // a first view, or the news is in sight
  const news = (list: GameEvent[]) => list.filter((e) => e.kind === "scenario");
  for (const e of news(after).slice(news(before).length)) notify("info", t("notice.news", { title: e.title[store.lang] }));
}

// ---- sending ----------------------------------------------------------------------------------------

/** Sends a message; for a facilitator command, `answered` hears whether the server carried it out. */
export function send<T extends ClientMessageType>(type: T, body: ClientMessageInput<T>, answered?: (ok: boolean) => void): void {
  const room = type === "facilitator" ? host ?? player : player;
  if (!room) return notify("error", t("error.notConnected"));
  if (type === "facilitator") answers.get(room)!.push(answered);
  room.send(type, body);
}

let draftTimer: ReturnType<typeof setTimeout> | undefined;
let sentFinal = false;
/** Saves the seat's draft (after a pause in typing), so teammates see it; `submit` sends it final. */
export function saveDraft(actions: Action[], submit = false): void {
  update({ draft: actions, submitted: submit && store.submitted });
  clearTimeout(draftTimer);
  draftTimer = undefined;
  const go = () => { draftTimer = undefined; sentFinal = submit; update({ busy: true }); send("orders", { actions, submit }); };
  if (submit) go();
  else draftTimer = setTimeout(go, 400);
}

export const hasHost = (): boolean => host !== null;
