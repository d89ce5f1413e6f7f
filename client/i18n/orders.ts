// Texts of the order and deal forms added with their totals, units and explanations.
import { dictionary } from "./dictionary.ts";

const en = {
  "res.cashOwed": "{cash} ({owed} promised to agreed deals)",
  "unit.h100e": "H100e",
  "us.licence": "Licence", "us.route": "From → to", "us.deal": "deal {deal}, applied in round {round}",
  "us.noLicences": "No licence applications wait for you. They come when a chip deal that needs a licence is accepted; deals struck during the resolution arrive in the next round.",
  "vendor.price": "Price ($k per chip)", "vendor.stockSold": "Stock / sold last round", "vendor.unitCost": "costs {cost} to make",
  "vendor.making": "making them costs about {cost} this round",
  "dc.slots": "Build chip slots ({cost} each, ready in {rounds} rounds)",
  "china.cloudPrice": "{price} per H100e a round · up to {supply} for rent",
  "china.middlemen": "Middlemen", "china.distil": "Distil from stronger models ({cost} a round)",
  "totals.cash": "These orders cost {spent} of your {have}: {left} left.",
  "totals.owed": "Agreed deals will still take {owed}; it is counted in what is left.",
  "totals.capital": "These orders use {spent} of your {have} political capital: {left} left.",

  "deal.live": "Waiting for your answer", "deal.open": "Under way", "deal.closed": "Done and gone ({count})",
  "deal.perChip": "{price} per chip", "deal.total": "Total: {total}",
  "deal.leaseRunning": "lease running until round {round}", "deal.leaseDone": "lease ended in round {round}",
  "deal.summaryGive": "You would give: {what}", "deal.summaryGet": "You would get: {what}",
  "deal.failedWhy": "{who}: {why}",
};

const zh: typeof en = {
  "res.cashOwed": "{cash}（其中{owed}已承诺用于已达成的交易）",
  "unit.h100e": "H100等效",
  "us.licence": "许可证", "us.route": "出口方 → 目的地", "us.deal": "交易{deal}，第{round}回合申请",
  "us.noLicences": "目前没有等你审批的许可证申请。需要许可证的芯片交易被接受后，申请才会出现；结算时达成的交易，下一回合才会出现。",
  "vendor.price": "价格（每块，千美元）", "vendor.stockSold": "库存 / 上回合售出", "vendor.unitCost": "制造成本{cost}",
  "vendor.making": "本回合制造成本约{cost}",
  "dc.slots": "新建芯片装机位（每个{cost}，{rounds}回合建成）",
  "china.cloudPrice": "每H100等效每回合{price} · 最多可租{supply}",
  "china.middlemen": "倒爷", "china.distil": "从更强模型进行模型蒸馏（每回合{cost}）",
  "totals.cash": "这些指令共花费{spent}，你有{have}：剩余{left}。",
  "totals.owed": "已达成的交易还将支出{owed}，已计入剩余金额。",
  "totals.capital": "这些指令共用{spent}政治资本，你有{have}：剩余{left}。",

  "deal.live": "等待你答复", "deal.open": "进行中", "deal.closed": "已完成或已结束（{count}）",
  "deal.perChip": "每块{price}", "deal.total": "合计：{total}",
  "deal.leaseRunning": "租约持续到第{round}回合", "deal.leaseDone": "租约已于第{round}回合结束",
  "deal.summaryGive": "你将付出：{what}", "deal.summaryGet": "你将得到：{what}",
  "deal.failedWhy": "{who}：{why}",
};

export const ot = dictionary(en, zh);
