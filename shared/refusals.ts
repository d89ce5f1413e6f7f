// Every refusal the game gives, in one table: the engine's (an order or a deal it will not take), the
// room's (a message it will not carry out) and the HTTP API's. A refusal travels as a code and typed
// parameters; each reader words it in its own language from this table. Each entry names its
// parameters and their kinds (how a reader shows them: an actor by name, money as money), and has its
// text in English and Chinese: a code without both, or a text whose {placeholders} are not exactly its
// parameters, fails the type check.
import type { ActionKind } from "./engine/orders.ts";
import type { DealStatus, LicenceStatus } from "./engine/state.ts";
import { G } from "./glossary.ts";
import type { Phase } from "./phases.ts";
import type { PolicyKey } from "./scenario/schema.ts";

export type Lang = "en" | "zh";

/** What each kind of parameter holds. Ids name things in the scenario; `text` is shown as it is. */
export interface ParamKinds {
  actor: string; chip: string; bill: string; deal: string; licence: string; card: string;
  /** k$ */
  money: number;
  /** chips, compute, offers: a count */
  count: number;
  /** a plain number: a round, a threshold, political capital, seconds */
  number: number;
  action: ActionKind; policy: PolicyKey; phase: Phase; dealStatus: DealStatus; licenceStatus: LicenceStatus;
  text: string;
}
export type ParamKind = keyof ParamKinds;

type Entry = { params: Record<string, ParamKind>; en: string; zh: string };
const none = {} as const;

export const REFUSALS = {
  // ---- orders and deals (the engine) ----
  unknownActor: { params: { actor: "text" }, en: "there is no actor “{actor}”", zh: "没有“{actor}”这个角色" },
  finished: { params: none, en: "the game is over", zh: "游戏已经结束" },
  wrongRole: { params: { action: "action" }, en: "your role cannot give the order “{action}”", zh: `你的角色不能下达“{action}”${G.orders}` },
  noCash: { params: { cost: "money", cash: "money" }, en: "it costs {cost}; you have {cash}", zh: "需要{cost}，你只有{cash}现金" },
  noCashInAll: { params: { short: "money" }, en: "with your earlier orders and agreed deals it needs {short} more than your cash", zh: `加上前面的${G.orders}和已达成的交易，现金还差{short}` },
  noCapital: { params: { cost: "number", capital: "number" }, en: "it needs {cost} political capital; you have {capital}", zh: "需要{cost}点政治资本，你只有{capital}点" },
  noCapitalInAll: { params: { short: "number" }, en: "with your earlier orders it needs {short} more political capital than you have", zh: `加上前面的${G.orders}，政治资本还差{short}点` },
  unknownLicence: { params: { licence: "text" }, en: "there is no licence application “{licence}”", zh: "没有“{licence}”这份许可证申请" },
  licenceDecided: { params: { licence: "licence", status: "licenceStatus" }, en: "licence {licence} is already decided: {status}", zh: "许可证{licence}已有结果：{status}" },
  thresholdOutOfRange: { params: { low: "number", high: "number" }, en: "the control threshold must be between TPP {low} and {high}", zh: "管制门槛须在TPP {low}至{high}之间" },
  thresholdUnchanged: { params: { tpp: "number" }, en: "the control threshold is already TPP {tpp}", zh: "管制门槛已是TPP {tpp}" },
  policyValueType: { params: { policy: "policy" }, en: "{policy} does not take a value of that kind", zh: "{policy}不接受这种取值" },
  shareTooHigh: { params: none, en: "a revenue share is at most 100%", zh: "分成比例最高为100%" },
  wholeShipment: { params: none, en: "a shipment size is a whole number of H100-equivalents", zh: `出货规模须为整数个${G.h100e}` },
  policyUnchanged: { params: { policy: "policy" }, en: "{policy} is already set that way", zh: "{policy}已是这一设定" },
  unknownBill: { params: { bill: "text" }, en: "there is no bill “{bill}”", zh: "没有“{bill}”这项法案" },
  billNotIntroduced: { params: { bill: "bill" }, en: "{bill} has not been introduced", zh: "{bill}尚未提交国会" },
  billPassed: { params: { bill: "bill" }, en: "{bill} is already law", zh: "{bill}已成为法律" },
  billNotOpen: { params: { bill: "bill" }, en: "{bill} is not before Congress", zh: "{bill}不在国会审议之中" },
  targetNotGulfOrChina: { params: { target: "actor" }, en: "{target} is neither a Gulf state nor a Chinese firm", zh: "{target}既不是海湾国家，也不是中国企业" },
  targetNotGulf: { params: { target: "actor" }, en: "{target} is not a Gulf state", zh: "{target}不是海湾国家" },
  alreadyListed: { params: { target: "actor" }, en: "{target} is already on the entity list", zh: `{target}已在${G.entityList}上` },
  notListed: { params: { target: "actor" }, en: "{target} is not on the entity list", zh: `{target}不在${G.entityList}上` },
  unknownChip: { params: { chip: "text" }, en: "there is no chip type “{chip}”", zh: "没有“{chip}”这种芯片" },
  notYourChip: { params: { chip: "chip" }, en: "{chip} is not one of your designs", zh: "{chip}不是你设计的芯片" },
  notTheirChip: { params: { chip: "chip", actor: "actor" }, en: "{chip} is not one of {actor}'s designs", zh: "{chip}不是{actor}设计的芯片" },
  notDesigned: { params: { chip: "chip" }, en: "{chip} has not been designed", zh: "{chip}尚未设计" },
  stillDesigning: { params: { chip: "chip", round: "number" }, en: "{chip} is still being designed (ready in round {round})", zh: "{chip}仍在设计中（第{round}回合可投产）" },
  overCapacity: { params: { planned: "count", capacity: "count" }, en: "that plans {planned} chips a round; capacity is {capacity}", zh: "计划每回合生产{planned}块芯片，产能只有{capacity}块" },
  priceOutOfRange: { params: { chip: "chip", low: "money", high: "money" }, en: "the price of {chip} must be between {low} and {high}", zh: "{chip}的价格须在{low}至{high}之间" },
  noDesign: { params: { chip: "chip" }, en: "{chip} needs no design work", zh: "{chip}无需设计" },
  alreadyDesigned: { params: { chip: "chip" }, en: "{chip} is already designed or in design", zh: "{chip}已设计完成或正在设计" },
  notDomestic: { params: { chip: "chip", maker: "actor" }, en: "{chip} is not made by {maker}", zh: "{chip}不是{maker}生产的" },
  notAvailable: { params: { chip: "chip", round: "number" }, en: "{chip} is available from round {round}", zh: "{chip}从第{round}回合起才有货" },
  underConditions: { params: none, en: "US security conditions rule out Chinese hardware", zh: `接受${G.securityConditions}后，不能采购中国芯片` },
  notSmugglable: { params: { chip: "chip" }, en: "{chip} can be bought openly", zh: `{chip}可以公开采购，无需找${G.middlemen}` },
  entityListed: { params: none, en: "entity-listed firms cannot rent US cloud compute", zh: `被列入${G.entityList}的企业不能租用美国云算力` },
  remoteAccess: { params: none, en: "remote access to controlled chips is an export now: US clouds do not rent to Chinese firms", zh: "远程访问受管制芯片现已视同出口：美国云服务不再向中国企业出租算力" },
  badLease: { params: none, en: "only a Gulf state's data centres can lease compute", zh: "只有海湾国家的数据中心可以出租算力" },
  badPromise: { params: none, en: "only a Gulf state can promise to accept US security conditions", zh: `只有海湾国家可以承诺接受${G.securityConditions}` },
  unknownDeal: { params: { deal: "text" }, en: "you have no deal “{deal}”", zh: "你没有“{deal}”这笔交易" },
  selfDeal: { params: none, en: "you cannot make a deal with yourself", zh: "不能和自己交易" },
  emptyDeal: { params: none, en: "a deal must move something", zh: "交易必须有实际内容" },
  twoWayChips: { params: none, en: "a deal moves chips one way only", zh: "一笔交易中芯片只能单向流动" },
  cannotPay: { params: none, en: "you lack the cash for it", zh: "你的现金不足以兑现" },
  cannotDeliver: { params: { chip: "chip", held: "count", needed: "count" }, en: "you have {held} {chip} in stock (not installed), not {needed}", zh: "你的库存（未安装）只有{held}块{chip}，不够{needed}块" },
  importBlocked: { params: { chip: "chip" }, en: "China does not let its firms import {chip}", zh: `${G.chineseGovernment}不允许本国企业进口{chip}` },
  badCounter: { params: { deal: "deal", actor: "actor" }, en: "deal {deal} is not an open offer to you from {actor}", zh: "交易{deal}不是{actor}向你发出、仍待答复的报价" },
  tooManyOffers: { params: { open: "count" }, en: "you already have {open} open offers", zh: "你已有{open}个待答复的报价" },
  dealClosed: { params: { deal: "deal", status: "dealStatus" }, en: "deal {deal} is closed: {status}", zh: "交易{deal}已结束：{status}" },
  notYourOffer: { params: { deal: "deal" }, en: "only the side that proposed deal {deal} can withdraw it", zh: "只有发起交易{deal}的一方可以撤回" },
  ownOffer: { params: { deal: "deal" }, en: "deal {deal} is your own offer: the other side answers it", zh: "交易{deal}是你发出的报价，应由对方答复" },
  notLive: { params: { action: "action" }, en: "“{action}” is an order: it goes in with the round's orders", zh: `“{action}”是回合${G.orders}，须随本回合的${G.orders}一起提交` },
  unknownCard: { params: { card: "text" }, en: "there is no card “{card}” in the deck", zh: "事件卡组里没有“{card}”" },
  alreadyDrawn: { params: { card: "card" }, en: "the card {card} has already been played", zh: "事件卡{card}已经打出过" },

  // ---- messages to a game room (the server) ----
  notJoined: { params: none, en: "you are not in this game", zh: "你不在这局游戏中" },
  invalidMessage: { params: { field: "text" }, en: "the message is malformed ({field})", zh: "消息格式无效（{field}）" },
  unknownMessage: { params: { type: "text" }, en: "there is no message type “{type}”", zh: "没有“{type}”这种消息" },
  rateLimited: { params: none, en: "too many messages: slow down", zh: "操作太频繁，请稍慢一些" },
  noSeat: { params: none, en: "take a seat first", zh: "请先入座" },
  notFacilitator: { params: none, en: "only the facilitator can do that", zh: `只有${G.facilitator}可以这样做` },
  notPlayer: { params: none, en: "only players can hold a seat", zh: "只有玩家可以入座" },
  unknownSeat: { params: { seat: "text" }, en: "there is no seat “{seat}”", zh: "没有“{seat}”这个席位" },
  seatLocked: { params: { seat: "actor" }, en: "the seat {seat} is locked by the facilitator", zh: `{seat}的席位已被${G.facilitator}锁定` },
  badToken: { params: none, en: "that seat token is no longer valid", zh: "席位凭证已失效" },
  spectator: { params: none, en: "spectators cannot chat", zh: "观众不能发言" },
  closed: { params: { phase: "phase" }, en: "that cannot be done during the {phase} phase", zh: "{phase}阶段不能这样做" },
  dealLimit: { params: { limit: "count" }, en: "a seat may take {limit} deal actions a round; more open with the next round", zh: "每个席位每回合最多进行{limit}次交易操作，下一回合再继续" },
  started: { params: none, en: "the game has already started", zh: "游戏已经开始" },
  notRunning: { params: { phase: "phase" }, en: "nothing to advance in the {phase} phase", zh: "{phase}阶段无可推进" },
  unknownMember: { params: { member: "text" }, en: "there is no member “{member}” in this game", zh: "这局游戏中没有“{member}”这名成员" },
  alreadyPaused: { params: none, en: "the game is already paused", zh: "游戏已经暂停" },
  notPaused: { params: none, en: "the game is not paused", zh: "游戏没有暂停" },
  noTimer: { params: none, en: "this phase has no timer to extend", zh: "本阶段没有可延长的计时" },
  roundFailed: { params: { round: "number" }, en: "round {round} could not be resolved: the game is paused; please report it", zh: "第{round}回合结算失败：游戏已暂停，请报告此问题" },
  serverFault: { params: none, en: "the server failed: the game is paused; please report it", zh: "服务器出错：游戏已暂停，请报告此问题" },

  // ---- a class and its groups ----
  placedByClass: { params: { group: "number", class: "text" }, en: "this game is group {group} of class {class}: the teacher places players from the class dashboard", zh: `这局游戏是${G.class}{class}的第{group}组：由${G.teacher}在${G.class}控制台安排席位` },
  movedOn: { params: { phase: "phase", round: "number" }, en: "the game has moved on from the {phase} of round {round}", zh: "游戏已离开第{round}回合的{phase}阶段" },
  notInClass: { params: none, en: "you are not in this class", zh: `你不在这个${G.class}中` },
  notTeacher: { params: none, en: "only the teacher can do that", zh: `只有${G.teacher}可以这样做` },
  classFull: { params: { limit: "count" }, en: "the class has {limit} students, as many as it takes", zh: `${G.class}已有{limit}名学生，人数已满` },
  formed: { params: none, en: "the groups are formed already: move students between them", zh: `已经分好${G.group}：可以在${G.group}之间调整学生` },
  notFormed: { params: none, en: "form the groups first", zh: `请先分${G.group}` },
  unknownStudent: { params: { student: "text" }, en: "there is no student “{student}” in this class", zh: `${G.class}里没有“{student}”这名学生` },
  unknownGroup: { params: { group: "number", groups: "number" }, en: "there are {groups} groups: no group {group}", zh: `共有{groups}个${G.group}，没有第{group}组` },
  groupUnreachable: { params: { group: "number" }, en: "group {group} did not answer; try again", zh: `第{group}组没有响应，请重试` },

  // ---- the HTTP API ----
  notJson: { params: none, en: "send the body as JSON, with the header Content-Type: application/json", zh: "请求体须为JSON，并带上Content-Type: application/json请求头" },
  badJson: { params: none, en: "the body is not valid JSON", zh: "请求体不是有效的JSON" },
  tooDeep: { params: { levels: "number" }, en: "the body nests deeper than {levels} levels", zh: "请求体嵌套超过{levels}层" },
  tooLarge: { params: { kb: "number" }, en: "the body is larger than {kb} KB", zh: "请求体超过{kb} KB" },
  badEncoding: { params: none, en: "the body's content encoding is not supported", zh: "不支持请求体的内容编码" },
  badCharset: { params: none, en: "the body's character set is not supported (send UTF-8)", zh: "不支持请求体的字符集（请用UTF-8）" },
  aborted: { params: none, en: "the request was cut short", zh: "请求被中断" },
  badLength: { params: none, en: "the body is shorter or longer than its Content-Length", zh: "请求体长度与Content-Length不符" },
  badRequest: { params: none, en: "bad request", zh: "请求无效" },
  serverError: { params: none, en: "the server could not answer; please report it", zh: "服务器无法应答，请报告此问题" },
  tooManyFromYou: { params: { seconds: "number" }, en: "too many new games from your address; try again in {seconds} s", zh: "你的网络地址创建的游戏太多，请{seconds}秒后再试" },
  tooManyOnServer: { params: { seconds: "number" }, en: "too many new games on this server; try again in {seconds} s", zh: "服务器上新建的游戏太多，请{seconds}秒后再试" },
  serverFull: { params: none, en: "the server has as many games open as it can hold; try again later", zh: "服务器上进行中的游戏已满，请稍后再试" },
  stopping: { params: none, en: "the server is stopping; try again in a minute", zh: "服务器正在停止，请一分钟后再试" },
  invalidSettings: { params: { field: "text" }, en: "invalid game settings ({field})", zh: "游戏设置无效（{field}）" },
  unknownScenario: { params: { scenario: "text" }, en: "there is no scenario “{scenario}”", zh: "没有“{scenario}”这个剧本" },
  scenarioProblems: { params: { count: "count" }, en: "the scenario has problems ({count})", zh: "剧本有{count}处问题" },
  noSuchGame: { params: { game: "text" }, en: "there is no game “{game}”", zh: "没有房间码为“{game}”的游戏" },
  recordHidden: { params: none, en: "the game is still running: its record holds hidden information (facilitator key needed)", zh: `游戏仍在进行：完整记录含有隐藏信息（需要${G.facilitator}密钥）` },
  gameOver: { params: none, en: "the game is over; its record and debrief stay available", zh: "游戏已经结束，记录和复盘仍可查看" },
  alreadyRunning: { params: none, en: "the game is already running", zh: "游戏已在进行中" },
  noRoute: { params: none, en: "no such API route", zh: "没有这个接口" },
  invalidClassSettings: { params: { field: "text" }, en: "invalid class settings ({field})", zh: `${G.class}设置无效（{field}）` },
  noSuchClass: { params: { class: "text" }, en: "there is no class “{class}”", zh: `没有${G.class}码为“{class}”的${G.class}` },
  teacherOnly: { params: none, en: "only the class's teacher can read this (the class key is needed)", zh: `只有本${G.class}的${G.teacher}可以查看（需要${G.class}密钥）` },
} as const satisfies Record<string, Entry>;

type Table = typeof REFUSALS;
export type RefusalCode = keyof Table;
export const REFUSAL_CODES = Object.keys(REFUSALS) as RefusalCode[];

/** The parameters a code takes, with their types. */
export type RefusalParams<C extends RefusalCode> = { -readonly [P in keyof Table[C]["params"]]: ParamKinds[Table[C]["params"][P] & ParamKind] };

/** Which order of a list a refusal is about (orders are checked as a list). */
export interface OrderRef { index: number; action: ActionKind }

/** A refusal: a code and its parameters, and the order it is about, if it is about one. */
export type Refusal = { [C in RefusalCode]: { code: C; params: RefusalParams<C>; order?: OrderRef } }[RefusalCode];

/** A refusal with the parameters its code takes (none for a code without parameters). */
export function refuse<C extends RefusalCode>(code: C, ...[params]: keyof RefusalParams<C> extends never ? [] : [RefusalParams<C>]): Refusal {
  return { code, params: params ?? {} } as Refusal;
}

// A text whose placeholders differ from its parameters fails here.
type Holes<S extends string> = S extends `${string}{${infer P}}${infer R}` ? P | Holes<R> : never;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Mismatched = { [C in RefusalCode]: Same<Holes<Table[C]["en"]>, keyof Table[C]["params"]> extends true
  ? Same<Holes<Table[C]["zh"]>, keyof Table[C]["params"]> extends true ? never : C : C }[RefusalCode];
const placeholdersMatch: [Mismatched] extends [never] ? true : Mismatched = true;
void placeholdersMatch;

/** How a reader shows a parameter of a kind (the value is of that kind's type). */
export type ShowParam = (kind: ParamKind, value: string | number) => string;

/** k$ as an English reader of a log reads it: $950M, $19.5B. */
const plainMoney = (k: number): string => (Math.abs(k) >= 1e6
  ? `$${(k / 1e6).toLocaleString("en-US", { maximumFractionDigits: 1 })}B`
  : `$${(k / 1000).toLocaleString("en-US", { maximumFractionDigits: 1 })}M`);

/** Parameters as they are, money as money: for logs and the command line. */
const plain: ShowParam = (kind, value) => (kind === "money" ? plainMoney(value as number) : String(value));

/** A refusal in words: its text with each parameter shown by its kind. */
export function refusalText(refusal: Refusal, lang: Lang, show: ShowParam = plain): string {
  const entry: Entry = REFUSALS[refusal.code];
  const params = refusal.params as Record<string, string | number>;
  return entry[lang].replace(/\{(\w+)\}/g, (_, name: string) => show(entry.params[name]!, params[name]!));
}

/** A refusal as English for logs and the command line, with the order it is about. */
export const refusalMessage = (refusal: Refusal): string =>
  (refusal.order ? `order ${refusal.order.index + 1} (${refusal.order.action}): ` : "") + refusalText(refusal, "en");
