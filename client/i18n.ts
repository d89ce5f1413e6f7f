// Every text a player reads, in English and Simplified Chinese. The choice is remembered; scenario
// texts (names, events) come in both languages from the scenario itself.
import { store, update } from "./store.ts";

export type Lang = "en" | "zh";

const en = {
  "app.title": "Silicon Curtain",
  "lang.label": "Language",
  "common.yes": "yes", "common.no": "no", "common.on": "on", "common.off": "off", "common.cancel": "Cancel",
  "conn.reconnecting": "Connection lost — reconnecting… your seat is kept for you.",
  "conn.lost": "Disconnected. Trying to rejoin your seat…",
  "error.notConnected": "Not connected to a game.",

  "home.tagline": "A strategy game of AI-chip export controls: licences, chips and compute between Washington, chipmakers, the Gulf and China.",
  "home.yourName": "Your name",
  "home.join": "Join a game", "home.roomCode": "Room code", "home.joinButton": "Join",
  "home.noSuchGame": "No game with code {code}.",
  "home.create": "Create a game", "home.createHint": "For a class or friends. You run it: start, pause, advance, inject events.",
  "home.scenario": "Scenario", "home.negotiationMinutes": "Negotiation (min)", "home.ordersMinutes": "Orders (min)",
  "home.bots": "Bots play empty seats", "home.private": "Private (not listed)",
  "home.createButton": "Create game", "home.createFailed": "The game could not be created.",
  "home.solo": "Quick solo play", "home.soloHint": "Play one seat against bots, at your own pace.", "home.playAs": "Play as",
  "home.soloButton": "Start solo game",
  "home.designer": "Try a scenario file", "home.designerHint": "Upload a scenario JSON: it is checked on the server and any problem is shown with its path.",
  "home.scenarioFile": "Scenario file", "home.problems": "Problems in the scenario",
  "solo.us": "US government", "solo.nvidia": "NVIDIA", "solo.uae": "United Arab Emirates", "solo.saudi": "Saudi Arabia",
  "solo.cloudlab": "Chinese cloud lab", "solo.startuplab": "Chinese AI start-up",

  "role.player": "Player", "role.facilitator": "Facilitator", "role.spectator": "Spectator", "role.host": "Host",
  "roleGroup.usGov": "US government", "roleGroup.vendor": "Chip vendors", "roleGroup.gulf": "Gulf states", "roleGroup.chinaFirm": "Chinese AI firms",
  "phase.lobby": "Lobby", "phase.briefing": "Briefing", "phase.negotiation": "Negotiation", "phase.orders": "Orders",
  "phase.resolution": "Resolution", "phase.report": "Report", "phase.finished": "Debrief",
  "header.round": "round {round} of {rounds}", "header.roundShort": "round {round}", "header.timeLeft": "Time left in this phase", "header.paused": "paused",

  "lobby.code": "Room code", "lobby.invite": "Invite link:", "lobby.copy": "Copy",
  "lobby.start": "Start the game", "lobby.resume": "Resume the game", "lobby.botsFill": "Bots play empty seats",
  "lobby.hostHint": "Players join with the code or the link, then take a seat. Several players can share a seat as a team.",
  "lobby.pickSeat": "Take a seat — or join a team on a seat already taken.",
  "lobby.waitingSeated": "You are {seat}. Waiting for the facilitator to start.",
  "lobby.free": "free", "lobby.bot": "bot", "lobby.locked": "Locked by the facilitator", "lobby.goals": "Goals",
  "lobby.take": "Take seat", "lobby.joinTeam": "Join team", "lobby.leave": "Leave seat",
  "lobby.lock": "Lock", "lobby.unlock": "Unlock", "lobby.lockHint": "A locked seat takes players only from the facilitator", "lobby.freeSeat": "Free",
  "members.title": "Players", "members.name": "Name", "members.seat": "Seat", "members.connected": "Online",
  "members.none": "No players have joined yet.", "members.assign": "Seat for {name}",

  "panel.orders": "Orders", "panel.deals": "Deals", "panel.chat": "Chat", "panel.report": "Report", "panel.control": "Control",
  "map.world": "World map", "map.chain": "Supply chain", "map.hint": "Drag to pan · wheel to zoom · hover for figures",
  "map.zoom": "Zoom", "map.zoomIn": "Zoom in", "map.zoomOut": "Zoom out", "map.zoomReset": "Whole world", "map.legend": "Legend",
  "legend.us": "US and its chipmakers", "legend.china": "China", "legend.aligned": "Gulf state under US security conditions",
  "legend.neutral": "Gulf state without conditions (outlined)", "legend.suspect": "Caught leasing to Chinese firms",
  "legend.sale": "Chips shipped", "legend.domestic": "Domestic chips", "legend.lease": "Compute lease",
  "legend.smuggled": "Smuggled chips", "legend.cloud": "US cloud rental",
  "map.underConditions": "Under US security conditions", "map.noConditions": "No US security conditions", "map.entityListed": "On the US entity list",
  "game.noSeatHint": "You have no seat: take one under Orders, or watch.", "game.youAre": "You play {seat}.",
  "ind.title": "Indicators", "ind.none": "Indicators appear after the first round.", "ind.split": "Split index", "ind.risk": "US security risk",
  "ind.gap": "Capability gap", "ind.months": "{months} months", "ind.chinaCompute": "Compute reachable by Chinese firms",
  "ind.vendorRevenue": "Vendor revenue (round)", "ind.gulfCompute": "Gulf AI compute",
  "ind.known": "known figures", "ind.knownHint": "Public figures leave out what has not come to light: smuggled chips and undetected leases.",
  "unit.h100e": "H100e",

  "res.cash": "Cash", "res.capital": "Political capital", "res.sharePrice": "Share price", "res.capacity": "Capacity",
  "res.chipsPerRound": "chips/round", "res.stock": "Stock", "res.revenueLast": "Revenue last round", "res.datacentre": "Data centres",
  "res.slots": "slots", "res.building": "building", "res.installed": "Installed", "res.stockWaiting": "Waiting to install",
  "res.capability": "Model capability", "res.compute": "Compute", "res.leasedIn": "leased", "res.cloud": "cloud", "res.leasedOut": "leased out",
  "res.conditions": "US security conditions",

  "orders.noSeat": "Take a seat to give orders.", "orders.pickSeat": "Take a seat to play: a free seat is played by a bot until you take it, and you can join a team on a seat others hold.", "orders.none": "No orders this phase.", "orders.form": "Orders",
  "orders.draft": "Your orders this round", "orders.empty": "No orders yet: standing choices carry over.",
  "orders.remove": "Remove", "orders.submit": "Submit orders", "orders.submitted": "Submitted", "orders.edit": "Change orders",
  "orders.whoSubmitted": "Who has submitted",

  "us.licences": "Licence applications", "us.capitalLeft": "{capital} political capital",
  "us.noLicences": "No applications waiting.", "us.exporter": "Exporter", "us.destination": "Destination", "us.chips": "Chips",
  "us.decision": "Decision", "us.decisionFor": "Decision on {id}", "us.undecided": "— undecided —", "us.large": "large",
  "us.policy": "Policy", "us.threshold": "Control threshold (TPP), costs {cost} capital", "us.thresholdNow": "now {tpp}",
  "us.kyc": "US clouds must verify foreign customers (costs {cost} capital)", "us.revenueShare": "Share of licensed China sales paid to the US (costs {cost} capital)",
  "us.pushBill": "Push {bill} (support {support}/{passAt}) with capital", "us.enforcement": "Enforcement and diplomacy",
  "us.visit": "Diplomatic visit (costs {cost} capital)", "us.audit": "Audit (costs {cost} capital)", "us.entityList": "Entity list (costs {cost} capital)",
  "us.list": "List", "us.delist": "Remove",
  "decision.approve": "Approve", "decision.approveWithConditions": "Approve with conditions", "decision.delay": "Delay", "decision.deny": "Deny",

  "vendor.production": "Production", "vendor.planned": "{planned} of {capacity} chips planned",
  "vendor.chip": "Chip", "vendor.perRound": "Per round", "vendor.price": "Price", "vendor.stock": "Stock",
  "vendor.perRoundOf": "{chip} per round", "vendor.priceOf": "Price of {chip}",
  "vendor.controlled": "controlled", "vendor.controlledHint": "At or above the control threshold: exports to licence regions need a licence",
  "vendor.design": "Design ({cost}, {rounds} rounds)", "vendor.readyIn": "ready in round {round}",
  "vendor.lobbying": "Lobbying", "vendor.lobbyAmount": "Spend", "vendor.lobbyTarget": "Aim", "vendor.lobbyGoodwill": "Goodwill in Washington",
  "vendor.against": "Against {bill}",
  "dc.build": "Data centres", "dc.slots": "Build chip slots (${cost}k each, ready in {rounds} rounds)",
  "gulf.title": "Partnership and sovereign AI", "gulf.conditions": "Accept US security conditions",
  "gulf.conditionsHint": "US-vetted operators, guards and tenant screening: licences come easier and tenants pay more, but leases to Chinese firms become a breach.",
  "gulf.sovereign": "Share of free compute for sovereign AI",
  "china.domestic": "Domestic chips", "china.domesticChip": "Domestic chip", "china.quantity": "Quantity",
  "china.domesticSupply": "maker's output: {n} a round, shared among buyers",
  "china.cloud": "US cloud compute", "china.cloudBlocked": "Entity-listed: US clouds are closed to you.",
  "china.cloudCompute": "Compute to rent (H100e)", "china.cloudPrice": "${price}k per H100e · up to {supply} available",
  "china.kyc": "customers are verified: some rentals will be refused",
  "china.middlemen": "Middlemen (倒爷)", "china.middlemenHint": "Smuggled chips cost more and some shipments are seized; they reach you hidden.",
  "china.smuggleChip": "Chip via middlemen", "china.models": "Models", "china.training": "Compute spent on training",
  "china.openWeights": "Build on the best open-weight model (capability {level})", "china.distil": "Distil from stronger models",

  "deal.title": "Deals", "deal.none": "No deals yet.", "deal.youOffer": "You offer {to}", "deal.offers": "{from} offers you",
  "deal.give": "You give", "deal.get": "You get", "deal.theyGive": "They give", "deal.theyGet": "They get",
  "deal.accept": "Accept", "deal.reject": "Reject", "deal.counter": "Counter", "deal.withdraw": "Withdraw",
  "deal.propose": "Propose a deal", "deal.counterTitle": "Counter-offer to {id}", "deal.with": "With",
  "deal.youGive": "You give", "deal.youGet": "You get", "deal.cash": "Cash", "deal.chips": "Chips", "deal.chipCount": "How many chips",
  "deal.lease": "Compute lease", "deal.leaseRounds": "Rounds", "deal.rounds": "rounds", "deal.promiseConditions": "promise to accept US security conditions",
  "deal.licenceHint": "Controlled chips sent abroad need a US licence: the deal waits for the decision. Once accepted a deal binds both sides.",
  "deal.send": "Send offer", "deal.licence": "licence", "deal.leaseOf": "{compute} H100e for {rounds} rounds", "deal.nothing": "nothing",
  "dealStatus.proposed": "offered", "dealStatus.accepted": "accepted", "dealStatus.awaitingLicence": "waiting for a licence",
  "dealStatus.delivering": "being delivered", "dealStatus.settled": "done", "dealStatus.rejected": "rejected", "dealStatus.withdrawn": "withdrawn", "dealStatus.expired": "expired",
  "dealStatus.defaulted": "defaulted", "dealStatus.denied": "licence denied", "dealStatus.lapsed": "lapsed",
  "licence.pending": "pending", "licence.delayed": "delayed", "licence.approved": "approved", "licence.conditional": "approved with conditions",
  "licence.denied": "denied", "licence.refused": "conditions refused", "licence.lapsed": "lapsed", "licence.used": "used",

  "chat.channel": "Channel", "chat.everyone": "Everyone", "chat.privateWith": "Private: {name}", "chat.message": "Message",
  "chat.placeholder": "Write a message…", "chat.send": "Send",
  "report.changes": "What changed for you", "report.chips": "Chips",

  "control.title": "Facilitator", "control.advance": "Next phase", "control.pause": "Pause", "control.resume": "Resume",
  "control.extend": "+1 minute", "control.end": "End game", "control.endConfirm": "End the game now and go to the debrief?",
  "control.seats": "Seats", "control.inject": "Inject an event", "control.card": "Event card", "control.play": "Play",
  "control.freeText": "Free text", "control.injectText": "Inject", "control.broadcast": "Message to everyone", "notice.broadcast": "From the facilitator: {text}", "notice.news": "News: {title}", "report.next": "Coming next",
  "notice.stopping": "The server is restarting. You will rejoin by yourself when it is back.",
  "control.nextRound": "Next round →", "control.toNegotiation": "To negotiation →",

  "chain.foundry": "Foundry", "chain.makers": "Chip makers", "chain.datacentres": "Data centres & clouds", "chain.labs": "AI labs",
  "chain.foundryName": "Foundry capacity", "chain.oneMarket": "one market", "chain.twoStacks": "two stacks", "chain.trend": "trend by round",
  "link.open": "open", "link.licensed": "licence needed", "link.review": "under review / screened", "link.cut": "cut by controls", "link.grey": "unseen by the US",
  "source.domestic": "domestic chips", "source.legal": "US chips held legally", "source.smuggled": "smuggled", "source.leased": "leased abroad", "source.cloud": "US cloud",

  "debrief.title": "Debrief", "debrief.summary": "The supply chain ended {split} split; US security risk {risk}; a lead of {gap} months.",
  "debrief.downloadJson": "Download the record (JSON)", "debrief.downloadCsv": "Download indicators (CSV)", "debrief.home": "New game",
  "debrief.scores": "Scores by objective", "debrief.actor": "Actor", "debrief.total": "Score",
  "debrief.indicators": "Indicators, round by round", "debrief.timeline": "What happened — and what was hidden",
  "debrief.loading": "Loading…", "debrief.round": "Round", "debrief.gapMonths": "Capability gap (months)", "debrief.capability": "Model capability",
  "debrief.chinaCompute": "Chinese firms' compute by source (H100e)", "debrief.revenue": "Vendor revenue per round ($M)",
  "debrief.shares": "Share price change (%)", "debrief.gulfCompute": "Gulf AI compute (H100e)", "debrief.diversification": "Gulf diversification (% of income from AI)",
  "debrief.trust": "Gulf trust in the US", "debrief.knew": "hidden: known to {who}", "debrief.knewHint": "Not public when it happened",

  "act.licenceDecision": "Licence {id}: {decision}", "act.setThreshold": "Set the control threshold to TPP {tpp}",
  "act.setPolicy": "Set {policy} to {value}", "act.pushBill": "Push {bill} with {capital} capital", "act.audit": "Audit {target}",
  "act.entityList": "Put {target} on the entity list", "act.entityDelist": "Take {target} off the entity list", "act.visit": "Visit {target}",
  "act.produce": "Make {n} {chip} a round", "act.setPrice": "Price {chip} at ${price}k", "act.design": "Design {chip}",
  "act.lobby": "Lobby Washington with {amount}", "act.lobbyBill": "Lobby against {bill} with {amount}", "act.build": "Build {slots} chip slots",
  "act.acceptConditions": "Accept US security conditions", "act.refuseConditions": "Drop US security conditions",
  "act.sovereignAI": "Sovereign AI uses {share} of free compute", "act.buyDomestic": "Buy {n} {chip}", "act.smuggle": "Buy {n} {chip} through middlemen",
  "act.rentCloud": "Rent {compute} H100e on US clouds", "act.training": "Spend {share} of compute on training",
  "act.openWeightsOn": "Build on open weights", "act.openWeightsOff": "Stop building on open weights",
  "act.distilOn": "Distil from stronger models", "act.distilOff": "Stop distilling",
  "act.proposeDeal": "Offer a deal to {to}", "act.acceptDeal": "Accept deal {deal}", "act.rejectDeal": "Reject deal {deal}", "act.withdrawDeal": "Withdraw deal {deal}",
  "policy.controlThresholdTpp": "the control threshold", "policy.largeShipmentH100e": "the large-shipment size (H100e)", "policy.chinaRevenueShare": "the China revenue share",
  "policy.cloudKyc": "cloud know-your-customer rules", "policy.enforceAct": "controls on model weights",
  "policy.remoteAccess": "remote access as an export",
  "gulf.noChineseChips": "Under US security conditions you cannot buy Chinese chips.",

  "ev.rejected": "{actor}: order {action} refused — {reason}", "ev.policy": "Policy: {policy} changed from {from} to {to}",
  "ev.billPushed": "{bill} gains support ({support})", "ev.billPassed": "{bill} becomes law",
  "ev.listed": "{target} is put on the US entity list", "ev.delisted": "{target} is taken off the US entity list",
  "ev.visit": "US officials visit {target}", "ev.audit": "The US audits {target}",
  "ev.deal.proposed": "Deal {id}: {from} makes an offer to {to}", "ev.deal.accepted": "Deal {id} between {from} and {to} is accepted",
  "ev.deal.awaitingLicence": "Deal {id} between {from} and {to} waits for a US licence", "ev.deal.settled": "Deal {id} between {from} and {to} is carried out",
  "ev.deal.rejected": "Deal {id} from {from} is rejected", "ev.deal.withdrawn": "Deal {id} from {from} is withdrawn", "ev.deal.expired": "Deal {id} from {from} expired",
  "ev.deal.defaulted": "Deal {id} between {from} and {to} fails: {failing} could not pay or deliver", "ev.deal.denied": "Deal {id} between {from} and {to} falls through: licence denied",
  "ev.deal.lapsed": "Deal {id} between {from} and {to} lapses without a licence",
  "ev.deal.delivering": "Deal {id} between {from} and {to}: deliveries begin", "ev.deal.undelivered": "Deal {id} between {from} and {to} ends: {failing} could not deliver the rest in time",
  "ev.conditionsRevoked": "{actor} loses its standing under US security conditions after the breach: licences that need them wait until it accepts them again",
  "ev.retaliation": "China retaliates: a mineral export ban raises chip-making costs until round {round}, and vendors' shares fall",
  "ev.licence": "Licence {id} ({exporter} → {destination}, {chips} chips): {status}",
  "ev.shipment": "{chips} arrive from {from} at {to}", "ev.smuggledArrived": "Smuggled chips reach {to}: {chips}",
  "ev.seized": "A middlemen's shipment for {buyer} is seized: {chips}", "ev.leaseDetected": "Detected: {lessor} leases {compute} H100e to {lessee}",
  "ev.leaseBreach": "Breach of US conditions: {lessor} leased {compute} H100e to {lessee}; the lease is cut",
  "ev.distillation": "{firm} is caught distilling US models and is cut off from them until round {round}", "ev.cloudRefused": "A US cloud refuses {compute} H100e to {firm} after customer checks",
  "ev.production": "{vendor} makes {chips} for {cost}", "ev.designStarted": "{vendor} starts designing {chip}", "ev.designReady": "{vendor} launches {chip}",
  "ev.built": "{actor} opens data centres for {slots} chips", "ev.marketSale": "{vendor} sells {chips} to the world market for {revenue}",
  "ev.sharePrice": "{vendor}: ${from} → ${to} ({change})",
} as const satisfies Record<string, string>;

/** A text's key: a key missing from either language, or a text with other placeholders in Chinese, fails the type check. */
export type Key = keyof typeof en;
type En = typeof en;
/** The {placeholders} in a text. */
type Holes<S extends string> = S extends `${string}{${infer P}}${infer R}` ? P | Holes<R> : never;
/** The values a text needs: none, or one per placeholder. */
export type Params<K extends Key> = [Holes<En[K]>] extends [never] ? [] : [params: Record<Holes<En[K]>, string | number>];

const zh = {
  "app.title": "硅幕",
  "lang.label": "语言",
  "common.yes": "是", "common.no": "否", "common.on": "开", "common.off": "关", "common.cancel": "取消",
  "conn.reconnecting": "连接中断，正在重连……你的席位会为你保留。",
  "conn.lost": "已断开。正在尝试回到你的席位……",
  "error.notConnected": "尚未连接到游戏。",

  "home.tagline": "一款关于AI芯片出口管制的策略游戏：华盛顿、芯片厂商、海湾国家与中国之间的许可证、芯片与算力。",
  "home.yourName": "你的名字",
  "home.join": "加入游戏", "home.roomCode": "房间码", "home.joinButton": "加入",
  "home.noSuchGame": "没有房间码为 {code} 的游戏。",
  "home.create": "创建游戏", "home.createHint": "适合课堂或朋友。由你主持：开始、暂停、推进、插入事件。",
  "home.scenario": "剧本", "home.negotiationMinutes": "谈判（分钟）", "home.ordersMinutes": "下令（分钟）",
  "home.bots": "由电脑玩家填补空席", "home.private": "私密（不公开列出）",
  "home.createButton": "创建游戏", "home.createFailed": "未能创建游戏。",
  "home.solo": "快速单人游戏", "home.soloHint": "与电脑对手对局，自定节奏，扮演一个席位。", "home.playAs": "扮演",
  "home.soloButton": "开始单人游戏",
  "home.designer": "试用剧本文件", "home.designerHint": "上传剧本JSON：服务器会校验，并标出每个问题所在的路径。",
  "home.scenarioFile": "剧本文件", "home.problems": "剧本中的问题",
  "solo.us": "美国政府", "solo.nvidia": "英伟达", "solo.uae": "阿联酋", "solo.saudi": "沙特阿拉伯",
  "solo.cloudlab": "中国云厂商实验室", "solo.startuplab": "中国AI初创公司",

  "role.player": "玩家", "role.facilitator": "主持人", "role.spectator": "观众", "role.host": "主持人",
  "roleGroup.usGov": "美国政府", "roleGroup.vendor": "芯片厂商", "roleGroup.gulf": "海湾国家", "roleGroup.chinaFirm": "中国AI企业",
  "phase.lobby": "大厅", "phase.briefing": "简报", "phase.negotiation": "谈判", "phase.orders": "下令",
  "phase.resolution": "结算", "phase.report": "回合报告", "phase.finished": "复盘",
  "header.round": "第 {round} / {rounds} 回合", "header.roundShort": "第 {round} 回合", "header.timeLeft": "本阶段剩余时间", "header.paused": "已暂停",

  "lobby.code": "房间码", "lobby.invite": "邀请链接：", "lobby.copy": "复制",
  "lobby.start": "开始游戏", "lobby.resume": "继续游戏", "lobby.botsFill": "由电脑玩家填补空席",
  "lobby.hostHint": "玩家用房间码或链接加入后选择席位。多名玩家可组队共用一个席位。",
  "lobby.pickSeat": "请选择一个席位，或加入已有队伍的席位。",
  "lobby.waitingSeated": "你扮演 {seat}。等待主持人开始。",
  "lobby.free": "空闲", "lobby.bot": "电脑", "lobby.locked": "已被主持人锁定", "lobby.goals": "目标",
  "lobby.take": "入座", "lobby.joinTeam": "加入队伍", "lobby.leave": "离开席位",
  "lobby.lock": "锁定", "lobby.unlock": "解锁", "lobby.lockHint": "锁定的席位只能由主持人分配玩家", "lobby.freeSeat": "清空",
  "members.title": "玩家", "members.name": "名字", "members.seat": "席位", "members.connected": "在线",
  "members.none": "还没有玩家加入。", "members.assign": "{name} 的席位",

  "panel.orders": "命令", "panel.deals": "交易", "panel.chat": "聊天", "panel.report": "报告", "panel.control": "主持",
  "map.world": "世界地图", "map.chain": "供应链", "map.hint": "拖动平移 · 滚轮缩放 · 悬停查看数据",
  "map.zoom": "缩放", "map.zoomIn": "放大", "map.zoomOut": "缩小", "map.zoomReset": "显示全球", "map.legend": "图例",
  "legend.us": "美国及其芯片厂商", "legend.china": "中国", "legend.aligned": "接受美国安全条件的海湾国家",
  "legend.neutral": "未接受条件的海湾国家（描边）", "legend.suspect": "被发现向中国企业出租算力",
  "legend.sale": "芯片出货", "legend.domestic": "国产芯片", "legend.lease": "算力租赁",
  "legend.smuggled": "走私芯片", "legend.cloud": "美国云租用",
  "map.underConditions": "接受美国安全条件", "map.noConditions": "未接受美国安全条件", "map.entityListed": "已列入美国实体清单",
  "game.noSeatHint": "你没有席位：可在“命令”中入座，或旁观。", "game.youAre": "你扮演 {seat}。",
  "ind.title": "指标", "ind.none": "第一回合结束后显示指标。", "ind.split": "割裂指数", "ind.risk": "美国安全风险",
  "ind.gap": "能力差距", "ind.months": "{months} 个月", "ind.chinaCompute": "中国企业可获得的算力",
  "ind.vendorRevenue": "厂商营收（本回合）", "ind.gulfCompute": "海湾AI算力",
  "ind.known": "已知数据", "ind.knownHint": "公开数据不含尚未曝光的部分：走私芯片和未被发现的租赁。",
  "unit.h100e": "H100当量",

  "res.cash": "现金", "res.capital": "政治资本", "res.sharePrice": "股价", "res.capacity": "产能",
  "res.chipsPerRound": "枚/回合", "res.stock": "库存", "res.revenueLast": "上回合营收", "res.datacentre": "数据中心",
  "res.slots": "个机位", "res.building": "在建", "res.installed": "已安装", "res.stockWaiting": "待安装",
  "res.capability": "模型能力", "res.compute": "算力", "res.leasedIn": "租入", "res.cloud": "云端", "res.leasedOut": "租出",
  "res.conditions": "美国安全条件",

  "orders.noSeat": "入座后才能下令。", "orders.pickSeat": "入座即可参与：空席位在你入座前由机器人代打；也可以加入他人已坐的席位组队。", "orders.none": "本阶段无需下令。", "orders.form": "命令",
  "orders.draft": "本回合的命令", "orders.empty": "还没有命令：既有的长期选择会延续。",
  "orders.remove": "删除", "orders.submit": "提交命令", "orders.submitted": "已提交", "orders.edit": "修改命令",
  "orders.whoSubmitted": "提交情况",

  "us.licences": "许可证申请", "us.capitalLeft": "政治资本 {capital}",
  "us.noLicences": "没有待审批的申请。", "us.exporter": "出口方", "us.destination": "目的地", "us.chips": "芯片",
  "us.decision": "决定", "us.decisionFor": "对 {id} 的决定", "us.undecided": "— 暂不决定 —", "us.large": "大规模",
  "us.policy": "政策", "us.threshold": "管制门槛（TPP），花费 {cost} 政治资本", "us.thresholdNow": "当前 {tpp}",
  "us.kyc": "要求美国云厂商核实境外客户（花费 {cost} 政治资本）", "us.revenueShare": "获批对华销售上缴美国的比例（花费 {cost} 政治资本）",
  "us.pushBill": "以政治资本推动 {bill}（支持度 {support}/{passAt}）", "us.enforcement": "执法与外交",
  "us.visit": "外交访问（花费 {cost} 政治资本）", "us.audit": "审计（花费 {cost} 政治资本）", "us.entityList": "实体清单（花费 {cost} 政治资本）",
  "us.list": "列入", "us.delist": "移出",
  "decision.approve": "批准", "decision.approveWithConditions": "附条件批准", "decision.delay": "拖延", "decision.deny": "拒绝",

  "vendor.production": "生产", "vendor.planned": "已计划 {planned} / {capacity} 枚",
  "vendor.chip": "芯片", "vendor.perRound": "每回合", "vendor.price": "价格", "vendor.stock": "库存",
  "vendor.perRoundOf": "{chip} 每回合产量", "vendor.priceOf": "{chip} 的价格",
  "vendor.controlled": "受管制", "vendor.controlledHint": "达到或超过管制门槛：出口到需许可地区须获许可证",
  "vendor.design": "设计（{cost}，{rounds} 回合）", "vendor.readyIn": "第 {round} 回合可产",
  "vendor.lobbying": "游说", "vendor.lobbyAmount": "投入", "vendor.lobbyTarget": "目标", "vendor.lobbyGoodwill": "在华盛顿积累好感",
  "vendor.against": "反对 {bill}",
  "dc.build": "数据中心", "dc.slots": "新建芯片机位（每个 ${cost}k，{rounds} 回合建成）",
  "gulf.title": "伙伴关系与主权AI", "gulf.conditions": "接受美国安全条件",
  "gulf.conditionsHint": "由美方审核的运营方、安保和租户筛查：许可证更易获批、租户愿付更高价格，但向中国企业出租算力将构成违约。",
  "gulf.sovereign": "用于主权AI的空闲算力比例",
  "china.domestic": "国产芯片", "china.domesticChip": "国产芯片", "china.quantity": "数量",
  "china.domesticSupply": "厂商产量：每回合 {n} 枚，由买家分配",
  "china.cloud": "美国云算力", "china.cloudBlocked": "已被列入实体清单：美国云服务不向你开放。",
  "china.cloudCompute": "租用算力（H100当量）", "china.cloudPrice": "每H100当量 ${price}k · 最多可租 {supply}",
  "china.kyc": "需核实客户身份：部分租用会被拒绝",
  "china.middlemen": "倒爷", "china.middlemenHint": "走私芯片更贵，部分货物会被查扣；到货情况对外隐藏。",
  "china.smuggleChip": "经倒爷采购的芯片", "china.models": "模型", "china.training": "用于训练的算力比例",
  "china.openWeights": "基于最强开源模型（能力 {level}）", "china.distil": "从更强模型蒸馏",

  "deal.title": "交易", "deal.none": "还没有交易。", "deal.youOffer": "你向 {to} 报价", "deal.offers": "{from} 向你报价",
  "deal.give": "你付出", "deal.get": "你得到", "deal.theyGive": "对方付出", "deal.theyGet": "对方得到",
  "deal.accept": "接受", "deal.reject": "拒绝", "deal.counter": "还价", "deal.withdraw": "撤回",
  "deal.propose": "发起交易", "deal.counterTitle": "对 {id} 还价", "deal.with": "对象",
  "deal.youGive": "你付出", "deal.youGet": "你得到", "deal.cash": "现金", "deal.chips": "芯片", "deal.chipCount": "芯片数量",
  "deal.lease": "算力租赁", "deal.leaseRounds": "回合数", "deal.rounds": "回合", "deal.promiseConditions": "承诺接受美国安全条件",
  "deal.licenceHint": "向境外运送受管制芯片须获美国许可证：交易会等待审批结果。交易一经接受即对双方有约束力。",
  "deal.send": "发送报价", "deal.licence": "许可证", "deal.leaseOf": "{compute} H100当量，租期 {rounds} 回合", "deal.nothing": "无",
  "dealStatus.proposed": "已报价", "dealStatus.accepted": "已接受", "dealStatus.awaitingLicence": "等待许可证",
  "dealStatus.delivering": "交付中", "dealStatus.settled": "已完成", "dealStatus.rejected": "已拒绝", "dealStatus.withdrawn": "已撤回", "dealStatus.expired": "已过期",
  "dealStatus.defaulted": "违约", "dealStatus.denied": "许可证被拒", "dealStatus.lapsed": "已失效",
  "licence.pending": "审批中", "licence.delayed": "被拖延", "licence.approved": "已批准", "licence.conditional": "附条件批准",
  "licence.denied": "被拒绝", "licence.refused": "条件被拒", "licence.lapsed": "已失效", "licence.used": "已使用",

  "chat.channel": "频道", "chat.everyone": "所有人", "chat.privateWith": "私聊：{name}", "chat.message": "消息",
  "chat.placeholder": "输入消息……", "chat.send": "发送",
  "report.changes": "你的变化", "report.chips": "芯片",

  "control.title": "主持人", "control.advance": "下一阶段", "control.pause": "暂停", "control.resume": "继续",
  "control.extend": "+1 分钟", "control.end": "结束游戏", "control.endConfirm": "现在结束游戏并进入复盘？",
  "control.seats": "席位", "control.inject": "插入事件", "control.card": "事件卡", "control.play": "打出",
  "control.freeText": "自定义文字", "control.injectText": "插入", "control.broadcast": "群发消息", "notice.broadcast": "主持人通知：{text}", "notice.news": "新闻：{title}", "report.next": "下一季度",
  "notice.stopping": "服务器正在重启，恢复后将自动重新加入。",
  "control.nextRound": "下一回合 →", "control.toNegotiation": "进入谈判 →",

  "chain.foundry": "晶圆代工", "chain.makers": "芯片厂商", "chain.datacentres": "数据中心与云", "chain.labs": "AI实验室",
  "chain.foundryName": "代工产能", "chain.oneMarket": "统一市场", "chain.twoStacks": "两套体系", "chain.trend": "各回合趋势",
  "link.open": "畅通", "link.licensed": "需许可证", "link.review": "审查中 / 受筛查", "link.cut": "被管制切断", "link.grey": "美方看不见",
  "source.domestic": "国产芯片", "source.legal": "合法持有的美国芯片", "source.smuggled": "走私", "source.leased": "境外租用", "source.cloud": "美国云",

  "debrief.title": "复盘", "debrief.summary": "供应链最终割裂程度 {split}；美国安全风险 {risk}；领先 {gap} 个月。",
  "debrief.downloadJson": "下载完整记录（JSON）", "debrief.downloadCsv": "下载指标（CSV）", "debrief.home": "新游戏",
  "debrief.scores": "各目标得分", "debrief.actor": "角色", "debrief.total": "得分",
  "debrief.indicators": "各回合指标", "debrief.timeline": "发生了什么——以及被隐藏的事",
  "debrief.loading": "加载中……", "debrief.round": "回合", "debrief.gapMonths": "能力差距（月）", "debrief.capability": "模型能力",
  "debrief.chinaCompute": "中国企业算力来源（H100当量）", "debrief.revenue": "厂商每回合营收（百万美元）",
  "debrief.shares": "股价变化（%）", "debrief.gulfCompute": "海湾AI算力（H100当量）", "debrief.diversification": "海湾收入多元化（AI收入占比 %）",
  "debrief.trust": "海湾对美信任度", "debrief.knew": "当时隐藏：知情方 {who}", "debrief.knewHint": "发生时并未公开",

  "act.licenceDecision": "许可证 {id}：{decision}", "act.setThreshold": "将管制门槛设为 TPP {tpp}",
  "act.setPolicy": "将{policy}设为 {value}", "act.pushBill": "投入 {capital} 政治资本推动 {bill}", "act.audit": "审计 {target}",
  "act.entityList": "将 {target} 列入实体清单", "act.entityDelist": "将 {target} 移出实体清单", "act.visit": "访问 {target}",
  "act.produce": "每回合生产 {n} 枚 {chip}", "act.setPrice": "{chip} 定价 ${price}k", "act.design": "设计 {chip}",
  "act.lobby": "投入 {amount} 游说华盛顿", "act.lobbyBill": "投入 {amount} 游说反对 {bill}", "act.build": "新建 {slots} 个芯片机位",
  "act.acceptConditions": "接受美国安全条件", "act.refuseConditions": "放弃美国安全条件",
  "act.sovereignAI": "主权AI使用 {share} 的空闲算力", "act.buyDomestic": "购买 {n} 枚 {chip}", "act.smuggle": "经倒爷购买 {n} 枚 {chip}",
  "act.rentCloud": "在美国云租用 {compute} H100当量", "act.training": "将 {share} 的算力用于训练",
  "act.openWeightsOn": "基于开源模型", "act.openWeightsOff": "不再基于开源模型",
  "act.distilOn": "从更强模型蒸馏", "act.distilOff": "停止蒸馏",
  "act.proposeDeal": "向 {to} 发起交易", "act.acceptDeal": "接受交易 {deal}", "act.rejectDeal": "拒绝交易 {deal}", "act.withdrawDeal": "撤回交易 {deal}",
  "policy.controlThresholdTpp": "管制门槛", "policy.largeShipmentH100e": "大规模出货标准", "policy.chinaRevenueShare": "对华销售分成",
  "policy.cloudKyc": "云服务客户核实规定", "policy.enforceAct": "模型权重管制",
  "policy.remoteAccess": "远程访问视同出口",
  "gulf.noChineseChips": "接受美方安全条件后，不能采购中国芯片。",

  "ev.rejected": "{actor}：命令 {action} 被驳回——{reason}", "ev.policy": "政策：{policy}由 {from} 改为 {to}",
  "ev.billPushed": "{bill}支持度上升（{support}）", "ev.billPassed": "{bill}成为法律",
  "ev.listed": "{target} 被列入美国实体清单", "ev.delisted": "{target} 被移出美国实体清单",
  "ev.visit": "美国官员访问 {target}", "ev.audit": "美国审计 {target}",
  "ev.deal.proposed": "交易 {id}：{from} 向 {to} 报价", "ev.deal.accepted": "{from} 与 {to} 的交易 {id} 已接受",
  "ev.deal.awaitingLicence": "{from} 与 {to} 的交易 {id} 等待美国许可证", "ev.deal.settled": "{from} 与 {to} 的交易 {id} 已执行",
  "ev.deal.rejected": "{from} 的交易 {id} 被拒绝", "ev.deal.withdrawn": "{from} 撤回了交易 {id}", "ev.deal.expired": "{from} 的交易 {id} 已过期",
  "ev.deal.defaulted": "{from} 与 {to} 的交易 {id} 失败：{failing} 无力付款或交货", "ev.deal.denied": "{from} 与 {to} 的交易 {id} 告吹：许可证被拒",
  "ev.deal.lapsed": "{from} 与 {to} 的交易 {id} 因未获许可证而失效",
  "ev.deal.delivering": "{from} 与 {to} 的交易 {id} 开始交付", "ev.deal.undelivered": "{from} 与 {to} 的交易 {id} 结束：{failing} 未能按期交付余下部分",
  "ev.conditionsRevoked": "{actor} 因违规失去美方安全条件下的地位：需要这些条件的许可证将等待其重新接受",
  "ev.retaliation": "中方反制：关键矿产出口禁令使芯片制造成本上升，持续到第 {round} 回合，芯片厂商股价下跌",
  "ev.licence": "许可证 {id}（{exporter} → {destination}，{chips} 枚）：{status}",
  "ev.shipment": "{chips} 从 {from} 运抵 {to}", "ev.smuggledArrived": "走私芯片运抵 {to}：{chips}",
  "ev.seized": "发往 {buyer} 的一批走私货物被查扣：{chips}", "ev.leaseDetected": "曝光：{lessor} 向 {lessee} 出租 {compute} H100当量算力",
  "ev.leaseBreach": "违反美国条件：{lessor} 向 {lessee} 出租 {compute} H100当量算力，租约被切断",
  "ev.distillation": "{firm} 被发现蒸馏美国模型，第 {round} 回合前无法再使用", "ev.cloudRefused": "经客户核实，美国云拒绝向 {firm} 出租 {compute} H100当量",
  "ev.production": "{vendor} 生产 {chips}，花费 {cost} 政治资本", "ev.designStarted": "{vendor} 开始设计 {chip}", "ev.designReady": "{vendor} 发布 {chip}",
  "ev.built": "{actor} 新数据中心投用，可容纳 {slots} 枚芯片", "ev.marketSale": "{vendor} 向全球市场售出 {chips}，收入 {revenue}",
  "ev.sharePrice": "{vendor}：${from} → ${to}（{change}）",
} as const satisfies Record<Key, string>;

type Zh = typeof zh;
/** Keys whose Chinese text has other placeholders than the English: must be none. */
type Mismatched = { [K in Key]: [Holes<En[K]>] extends [Holes<Zh[K]>] ? ([Holes<Zh[K]>] extends [Holes<En[K]>] ? never : K) : K }[Key];
const placeholdersMatch: [Mismatched] extends [never] ? true : Mismatched = true;
void placeholdersMatch;

export const dictionaries: Record<Lang, Record<Key, string>> = { en, zh };

/** A text in the current language, with {name} placeholders filled in. */
export function t<K extends Key>(key: K, ...[params]: Params<K>): string {
  const values: Record<string, string | number> = params ?? {};
  return dictionaries[store.lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

const ERRORS_ZH: Record<string, string> = {
  noCash: "现金不足", noCapital: "政治资本不足", wrongRole: "你的角色不能下这个命令", overCapacity: "超出产能",
  notYourChip: "不是你的芯片", notDesigned: "芯片尚未设计完成", outOfRange: "数值超出范围", unknownActor: "没有这个角色",
  unknownChip: "没有这种芯片", unknownDeal: "没有这笔交易", dealClosed: "交易已结束", notParty: "你不是这笔交易的一方",
  cannotCover: "无法兑现这笔交易", invalidMessage: "消息格式无效", noSeat: "请先入座", closed: "当前阶段不能这样做",
  seatLocked: "席位已锁定", notFacilitator: "只有主持人可以这样做", rateLimited: "操作太频繁，请稍慢", badToken: "席位凭证已失效",
  entityListed: "已被列入实体清单", notAvailable: "尚不可用", emptyDeal: "交易必须有内容", selfDeal: "不能和自己交易",
  unknownSeat: "没有这个席位", finished: "游戏已结束", spectator: "观众不能发言", noChange: "没有变化", decided: "已作出决定",
  alreadyDrawn: "这张事件卡已经打出过", unknownCard: "没有这张事件卡", dealLimit: "本回合交易操作次数已达上限",
};

/** A server error in the player's language: a Chinese summary when we have one, the detail as sent. */
export function errorText(code: string, reason: string): string {
  if (store.lang === "zh" && ERRORS_ZH[code]) return `${ERRORS_ZH[code]}（${reason}）`;
  return reason;
}

export function initialLang(): Lang {
  const saved = localStorage.getItem("sc.lang");
  if (saved === "en" || saved === "zh") return saved;
  return navigator.language.toLowerCase().startsWith("zh") ? "zh" : "en";
}

export function setLang(lang: Lang): void {
  localStorage.setItem("sc.lang", lang);
  update({ lang });
}
