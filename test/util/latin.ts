// What may stand in Latin script inside the Chinese edition: names of firms, chips, models and bills
// as Chinese readers write them, and a few abbreviations. Anything else is English that leaked.

export const LATIN_ALLOWED = new Set([
  // firms and models
  "NVIDIA", "AMD", "Cerebras", "Meta", "Llama", "LLaMA", "LLaMA2", "GPT-4",
  // model sizes, written with the model's name as Chinese tech writing does (Llama 3 70B)
  "8B", "70B",
  // chips
  "H100", "H200", "H800", "H20", "B200", "MI300X", "MI308", "MI355X", "Gaudi", "Crescent", "Island", "CS-3", "WSE-3", "910B", "910C", "GPU",
  // abbreviations and names Chinese texts keep, and the language switch's own label
  "AI", "TPP", "KYC", "ENFORCE", "JSON", "CSV", "EN",
]);

/** The Latin-script words of a text (910B counts as one) that are not allowed. */
export function latinWords(text: string, allowed: ReadonlySet<string> = LATIN_ALLOWED): string[] {
  return [...text.matchAll(/[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*/g)].map((m) => m[0]).filter((w) => !allowed.has(w));
}
