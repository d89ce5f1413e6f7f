// Texts of the projector and of the debrief's after-action review.
import { dictionary } from "./dictionary.ts";

const en = {
  "join": "Join with the code", "changed": "What changed in round {round} ({quarter})", "start": "The world at the start",
  "news": "The news", "mostly": "mostly: {cause}", "side": "The round in figures",
};

const zh: typeof en = {
  "join": "加入房间码", "changed": "第{round}回合（{quarter}）的变化", "start": "开局时的世界",
  "news": "新闻", "mostly": "主要原因：{cause}", "side": "本回合数据",
};

export const pt = dictionary(en, zh);
