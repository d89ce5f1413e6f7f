// Texts of the facilitator's console added with the guide.
import { dictionary } from "./dictionary.ts";

const en = {
  "inject.englishOnly": "No Chinese text: players reading in Chinese will see the English, marked as untranslated.",
  "inject.englishMark": "(English only) ",
};

const zh: typeof en = {
  "inject.englishOnly": "没有中文内容：使用中文的玩家将看到英文原文，并标注“未翻译”。",
  "inject.englishMark": "（仅英文，未翻译）",
};

export const ct = dictionary(en, zh);
