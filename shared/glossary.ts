// The glossary of the Chinese edition: one Chinese term for each idea of the game, in the words of the
// source article and of Chinese policy writing, and the words to avoid for it. The client's Chinese
// texts and the refusals take their terms from here (the texts quote them as `${G.term}`), and a test
// holds every Chinese text the game shows to it: no avoided word anywhere.

interface Term {
  en: string;
  zh: string;
  /** words (regular expressions) a Chinese text must not use for this idea */
  avoid?: readonly string[];
  /** why, or how to use the term */
  note?: string;
}

export const TERMS = {
  exportLicence: { en: "export licence", zh: "出口许可证", note: "许可证 alone once the context is clear" },
  approveWithConditions: { en: "approve with conditions", zh: "附条件批准" },
  delay: { en: "delay", zh: "暂缓审批", avoid: ["拖延"], note: "拖延 is pejorative: the US is deliberating" },
  entityList: { en: "entity list", zh: "实体清单" },
  securityConditions: { en: "US security conditions", zh: "美方安全条件", avoid: ["美国安全条件"] },
  computeLease: { en: "compute lease", zh: "算力租赁", avoid: ["算力出租协议"] },
  compute: { en: "compute", zh: "算力" },
  cloudKyc: { en: "cloud know-your-customer checks", zh: "云服务客户身份核查", avoid: ["核实"] },
  openWeights: { en: "open-weight model", zh: "开源（开放权重）模型", note: "in full once; 开源模型 after" },
  distillation: { en: "distillation", zh: "模型蒸馏" },
  h100e: { en: "H100e", zh: "H100等效", avoid: ["当量"], note: "当量 evokes TNT; H100等效算力 for compute" },
  slots: { en: "chip slots", zh: "芯片装机位", avoid: ["(?<!装)机位"], note: "机位 alone is a camera or an aircraft stand" },
  orders: { en: "orders", zh: "指令", avoid: ["命令", "下令"] },
  bots: { en: "bots", zh: "电脑玩家", avoid: ["机器人"] },
  audit: { en: "audit", zh: "核查", avoid: ["审计"], note: "审计 reads as a financial audit" },
  exportGrade: { en: "export-grade chip", zh: "中国特供版" },
  tpp: { en: "total processing performance (TPP)", zh: "总处理性能（TPP）", note: "explained once, TPP after" },
  chipCounter: { en: "chips", zh: "块", avoid: ["枚"], note: "chips are counted with 块: 3.5万块" },
  chineseGovernment: { en: "China's government", zh: "中方", avoid: ["北京"], note: "中国商务部 when the ministry acts" },
  middlemen: { en: "middlemen", zh: "倒爷", note: "the article's word" },
  split: { en: "split", zh: "割裂", note: "the article's word" },
  sovereignAI: { en: "sovereign AI", zh: "主权AI" },
  facilitator: { en: "facilitator", zh: "主持人" },
  class: { en: "class", zh: "班级" },
  group: { en: "group (of a class)", zh: "小组", note: "第2组 when numbered" },
  teacher: { en: "teacher", zh: "教师", note: "the facilitator of a class" },
} as const satisfies Record<string, Term>;

export type TermId = keyof typeof TERMS;

/** The Chinese term of each idea, for the texts to quote. */
export const G = Object.fromEntries(Object.entries(TERMS).map(([id, term]) => [id, term.zh])) as { [K in TermId]: (typeof TERMS)[K]["zh"] };

/** Where a Chinese text breaks the glossary: each avoided word it uses, with the term to use. */
export function glossaryBreaches(text: string): string[] {
  const out: string[] = [];
  for (const term of Object.values(TERMS) as Term[]) {
    for (const avoid of term.avoid ?? []) if (new RegExp(avoid).test(text)) out.push(`${avoid} → ${term.zh}`);
  }
  return out;
}

/** The house style of Chinese texts, beyond single terms. */
export const STYLE = {
  /** a bill's name stands in 《》 */
  billBrackets: (name: string): string => (name.startsWith("《") ? name : `《${name}》`),
  /** no space between a Chinese character and a name or a number filled into the text */
  spaceAroundName: /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef] \{|\} [\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/,
};
