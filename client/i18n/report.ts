// Texts of the round report: the reasons the engine gives for each change, the seat's news first, the
// world's after, other seats' dealings folded.
import { dictionary } from "./dictionary.ts";

const en = {
  "report.mine": "Your round", "report.world": "The world", "report.others": "Other seats' deals and shipments ({count})",
  "report.score": "Your score", "report.scoreLine": "{from} → {to} of 100", "report.scoreNow": "{score} of 100", "report.because": "because",
  "report.changes": "What changed for you", "report.news": "Your news", "report.indicators": "What moved, and why",
  "report.prices": "Share prices", "report.none": "Nothing changed.", "report.noNews": "No news of yours this round.",
  "report.next": "Coming next", "report.toDebrief": "To the debrief →", "report.madeOf": "made of:", "report.thisRound": "this round:", "report.round": "Round {round}", "report.hidden": "not public",
  "report.objectiveLine": "{objective}: {from} → {to}, now {points} of its {max} points", "report.pp": "{n} pts",
  "report.cash": "Cash", "report.chips": "Chips held", "report.capability": "Model capability", "report.capital": "Political capital",
  "report.sharePrice": "Share price", "report.compute": "Compute",
  "report.capitalWhy": "spent on orders {spent}, regained {regained}", "why.capability.sovereign": "training on your own compute (sovereign AI)",

  "why.split.domestic": "domestic share of Chinese compute", "why.split.alignment": "Gulf compute under US conditions",
  "why.risk.access": "US-origin compute in Chinese hands", "why.risk.gap": "how narrow the capability lead is",
  "why.us.training": "US labs' training", "why.us.distillation": "US labs' distillation", "why.us.openWeights": "open weights (US)", "why.us.events": "news (US labs)",
  "why.china.training": "{firm}'s training", "why.china.distillation": "{firm}'s distillation", "why.china.openWeights": "{firm} on open weights",
  "why.china.events": "news ({firm})", "why.china.other": "another Chinese firm took the lead, or hidden training came to light",
  "why.chinaCompute.domestic": "domestic chips", "why.chinaCompute.legal": "US chips held legally", "why.chinaCompute.smuggled": "smuggled chips",
  "why.chinaCompute.leased": "leased abroad", "why.chinaCompute.cloud": "US cloud",
  "why.revenue.market": "sales to the world market", "why.revenue.gulf": "sales to Gulf states", "why.revenue.china": "sales to Chinese firms", "why.revenue.other": "other sales",
  "why.gulf.compute": "{gulf}'s compute",
  "why.price.news": "news: {card}", "why.price.revenue": "revenue against expectations", "why.price.denial": "licence {licence} denied",
  "why.price.delay": "licence {licence} delayed", "why.price.threshold": "a lower control threshold", "why.price.retaliation": "China's retaliation", "why.price.market": "the market's mood",
  "why.price.fade": "earlier news fading", "why.price.charge": "a write-down of {card} stock",
  "why.cash.marketSale": "chip sales to the world market", "why.cash.inference": "inference revenue", "why.cash.oilIncome": "oil income",
  "why.cash.tiesIncome": "Chinese ties", "why.cash.parentIncome": "investors' money", "why.cash.marketLease": "rent from ordinary tenants",
  "why.cash.eventGain": "news", "why.cash.production": "making chips", "why.cash.design": "chip design", "why.cash.construction": "building data centres",
  "why.cash.domesticChips": "Chinese chips", "why.cash.smuggling": "middlemen", "why.cash.cloudRental": "US cloud rental",
  "why.cash.operatingCost": "power and upkeep", "why.cash.lobbying": "lobbying", "why.cash.distillation": "distillation", "why.cash.eventLoss": "news",
  "why.cash.deal": "deals", "why.cash.revenueShare": "revenue share to the US", "why.cash.fine": "fines",
  "why.chips.in": "arrived: {chips}", "why.chips.out": "shipped out: {chips}", "why.chips.sold": "sold to the world market: {chips}",
  "why.chips.made": "made: {chips}", "why.chips.seized": "seized: {chips}",

  "deal.why.cash": "it lacked the cash", "deal.why.chips": "it lacked the chips in stock", "deal.why.compute": "it lacked free compute for the lease",
  "licence.by.us": "decided by the US government", "licence.by.routine": "routine processing",
  "licence.why.lapsed": "no decision in time, or the deal ended", "licence.why.refused": "the buyer did not accept the conditions in time",
  "licence.why.conditional": "the buyer must accept US security conditions by round {by}",
  "ev.conditionsWaiting": "Licences approved on conditions now wait until {actor} accepts US security conditions again: {licences}.",
};

const zh: typeof en = {
  "report.mine": "你的回合", "report.world": "全局", "report.others": "其他席位的交易与运输（{count}）",
  "report.score": "你的得分", "report.scoreLine": "{from} → {to}（满分 100）", "report.scoreNow": "{score}（满分 100）", "report.because": "原因",
  "report.changes": "你的变化", "report.news": "你的消息", "report.indicators": "指标变化及原因",
  "report.prices": "股价", "report.none": "没有变化。", "report.noNews": "本回合没有你的消息。",
  "report.next": "下一季度", "report.toDebrief": "进入复盘 →", "report.madeOf": "构成：", "report.thisRound": "本回合：", "report.round": "第 {round} 回合", "report.hidden": "未公开",
  "report.objectiveLine": "{objective}：{from} → {to}，现得 {points} 分（满分 {max}）", "report.pp": "{n} 个百分点",
  "report.cash": "现金", "report.chips": "持有芯片", "report.capability": "模型能力", "report.capital": "政治资本",
  "report.sharePrice": "股价", "report.compute": "算力",
  "report.capitalWhy": "指令花费 {spent}，回复 {regained}", "why.capability.sovereign": "用自有算力训练（主权AI）",

  "why.split.domestic": "中国算力中的国产占比", "why.split.alignment": "接受美方条件的海湾算力",
  "why.risk.access": "中国掌握的美国来源算力", "why.risk.gap": "能力领先的收窄程度",
  "why.us.training": "美国实验室训练", "why.us.distillation": "美国实验室模型蒸馏", "why.us.openWeights": "开源（开放权重）模型（美国）", "why.us.events": "新闻（美国实验室）",
  "why.china.training": "{firm}的训练", "why.china.distillation": "{firm}的模型蒸馏", "why.china.openWeights": "{firm}基于开源模型",
  "why.china.events": "新闻（{firm}）", "why.china.other": "另一家中国企业领先，或隐藏的训练曝光",
  "why.chinaCompute.domestic": "国产芯片", "why.chinaCompute.legal": "合法持有的美国芯片", "why.chinaCompute.smuggled": "走私芯片",
  "why.chinaCompute.leased": "境外租用", "why.chinaCompute.cloud": "美国云",
  "why.revenue.market": "向全球市场销售", "why.revenue.gulf": "向海湾国家销售", "why.revenue.china": "向中国企业销售", "why.revenue.other": "其他销售",
  "why.gulf.compute": "{gulf}的算力",
  "why.price.news": "新闻：{card}", "why.price.revenue": "营收对比预期", "why.price.denial": "许可证 {licence} 被拒", "why.price.delay": "许可证 {licence} 被暂缓审批",
  "why.price.threshold": "管制门槛下调", "why.price.retaliation": "中方反制", "why.price.market": "市场情绪",
  "why.price.fade": "此前新闻的影响消退", "why.price.charge": "{card} 库存减记",
  "why.cash.marketSale": "向全球市场销售芯片", "why.cash.inference": "推理收入", "why.cash.oilIncome": "石油收入",
  "why.cash.tiesIncome": "对华合作收入", "why.cash.parentIncome": "投资方注资", "why.cash.marketLease": "普通租户租金",
  "why.cash.eventGain": "新闻", "why.cash.production": "制造芯片", "why.cash.design": "芯片设计", "why.cash.construction": "建设数据中心",
  "why.cash.domesticChips": "中国芯片", "why.cash.smuggling": "倒爷", "why.cash.cloudRental": "租用美国云",
  "why.cash.operatingCost": "电力与运维", "why.cash.lobbying": "游说", "why.cash.distillation": "模型蒸馏", "why.cash.eventLoss": "新闻",
  "why.cash.deal": "交易", "why.cash.revenueShare": "上缴美国的销售分成", "why.cash.fine": "罚款",
  "why.chips.in": "到货：{chips}", "why.chips.out": "发货：{chips}", "why.chips.sold": "售予全球市场：{chips}",
  "why.chips.made": "生产：{chips}", "why.chips.seized": "被查扣：{chips}",

  "deal.why.cash": "现金不足", "deal.why.chips": "库存芯片不足", "deal.why.compute": "没有足够的空闲算力出租",
  "licence.by.us": "由美国政府决定", "licence.by.routine": "常规流程处理",
  "licence.why.lapsed": "未及时作出决定，或交易已结束", "licence.why.refused": "买方未在期限内接受条件",
  "licence.why.conditional": "买方须在第 {by} 回合前接受美方安全条件",
  "ev.conditionsWaiting": "附条件批准的许可证将搁置，直到 {actor} 重新接受美方安全条件：{licences}。",
};

export const rt = dictionary(en, zh);
export type ReportKey = keyof typeof en;
