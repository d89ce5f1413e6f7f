// Texts of the debrief's after-action review.
import { dictionary } from "./dictionary.ts";

const en = {
  "scale": "Scores run from 0 to 100. Each objective is worth its share of the 100 points and earns it in proportion to how far its measure got from the zero mark to the full mark (nothing below the zero mark, all of it past the full mark).",
  "how": "How {actor} scored {score}",
  "line.objective": "Objective", "line.value": "Measure at the end", "line.range": "0 points → full",
  "line.progress": "Reached", "line.worth": "Worth", "line.points": "Points",
  "decisions": "The decisions that mattered",
  "chartTable": "The figures as a table",
  "decisionsHint": "Each decision was taken out in turn and the rest of the game played again from its record, everyone else doing as they did, {dice} times with different dice: the effect is the average difference it made to the end of the game.",
  "decisionsWorking": "Replaying the game without each decision… {done}%",
  "decisionsNone": "No decision changed how the game ended.",
  "decisionLine": "Round {round} · {actor}: {action}",
  "effect": "{effect}", "effectRange": "from {low} to {high}",
  "forScores": "For each seat's score",
  "measure.vendorRevenue": "Vendor revenue over the game",
  "students": "Download results by student (CSV)",
};

const zh: typeof en = {
  "scale": "得分范围为0到100分。每个目标占100分中的一定份额，按其指标从零分线到满分线的完成程度按比例计分（低于零分线不得分，超过满分线得全部份额）。",
  "how": "{actor}如何得到{score}分",
  "line.objective": "目标", "line.value": "结束时的指标", "line.range": "0分 → 满分",
  "line.progress": "完成度", "line.worth": "份额", "line.points": "得分",
  "decisions": "影响最大的决定",
  "chartTable": "以表格查看数据",
  "decisionsHint": "依次去掉每个决定，按记录重演余下的游戏（其他各方的行动不变），并用不同的随机数重演{dice}次：其影响为对游戏结局造成的平均差异。",
  "decisionsWorking": "正在逐一去掉每个决定并重演游戏……{done}%",
  "decisionsNone": "没有哪个决定改变了游戏的结局。",
  "decisionLine": "第{round}回合 · {actor}：{action}",
  "effect": "{effect}", "effectRange": "介于{low}与{high}之间",
  "forScores": "对各席位得分的影响",
  "measure.vendorRevenue": "全局厂商营收",
  "students": "下载学生成绩（CSV）",
};

export const dt = dictionary(en, zh);
