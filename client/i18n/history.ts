// Texts of the debrief's comparison with the historical record.
import { dictionary } from "./dictionary.ts";

const en = {
  "title": "Your game beside the historical record",
  "hint": "The real figures of the quarters this game covered, what the game produced for each, and whether it came within the figure's tolerance. Where the game departs from history, it is because the players chose differently (or, marked …, because the model does not reach that figure yet).",
  "within": "{n} of {of} within tolerance",
  "figure": "Figure", "real": "Real", "game": "This game", "tolerance": "Tolerance", "source": "Source",
  "reported": "reported", "estimate": "estimate", "gapNote": "The model does not reach this figure yet: shown beside the game, not held to its tolerance.",
  "ratio": "within ×{x}", "absolute": "within ±{x}",
  "chips": "{n} chips", "h100e": "{n} H100e",
  "measure.vendorRevenue": "{vendor}'s revenue{from}", "measure.revenueShare": "{vendor}'s share of revenue{from}",
  "measure.charge": "{vendor}'s write-downs", "measure.chipsTo": "chips reaching Chinese firms, {channel}{chips}",
  "measure.chinaComputeShare": "{part} share of Chinese compute", "measure.domesticChipShare": "domestic share of chips reaching Chinese firms",
  "measure.worldCompute": "AI compute in the world", "measure.chinaShareOfWorld": "China's share of the world's AI compute",
  "measure.gapRatio": "capability gap against its start",
  "from.market": " from the world market", "from.gulf": " from the Gulf", "from.china": " from China", "from.all": "",
  "channel.sale": "sold legally", "channel.smuggled": "smuggled", "channel.domestic": "domestic", "channel.any": "by any channel",
  "part.smuggled": "smuggled chips'", "part.domestic": "domestic chips'",
};

const zh: typeof en = {
  "title": "你的游戏与真实历史对比",
  "hint": "本局所涵盖季度的真实数据、游戏中的对应数值，以及是否在允许误差之内。游戏偏离历史之处，是因为玩家作出了不同的选择（标记为“…”的，是模型尚未能达到的数据）。",
  "within": "{of}项中{n}项在误差之内",
  "figure": "数据", "real": "真实值", "game": "本局", "tolerance": "允许误差", "source": "来源",
  "reported": "公开报告", "estimate": "估计", "gapNote": "模型尚未能达到这一数据：仅列出对照，不按允许误差衡量。",
  "ratio": "×{x}以内", "absolute": "±{x}以内",
  "chips": "{n}块", "h100e": "{n} H100等效",
  "measure.vendorRevenue": "{vendor}营收{from}", "measure.revenueShare": "{vendor}营收占比{from}",
  "measure.charge": "{vendor}的减记", "measure.chipsTo": "流入中国企业的芯片（{channel}）{chips}",
  "measure.chinaComputeShare": "中国算力中{part}的占比", "measure.domesticChipShare": "流入中国企业的芯片中国产芯片占比",
  "measure.worldCompute": "全球AI算力", "measure.chinaShareOfWorld": "中国占全球AI算力的比例",
  "measure.gapRatio": "能力差距相对开局",
  "from.market": "（来自全球市场）", "from.gulf": "（来自海湾）", "from.china": "（来自中国）", "from.all": "",
  "channel.sale": "合法销售", "channel.smuggled": "走私", "channel.domestic": "国产", "channel.any": "所有渠道",
  "part.smuggled": "走私芯片", "part.domestic": "国产芯片",
};

export const hd = dictionary(en, zh);
