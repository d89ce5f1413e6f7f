// What may stand in Latin script inside the Chinese edition: names of firms, chips and models as
// Chinese readers write them, and a few abbreviations. Anything else is English that leaked.

export const LATIN_ALLOWED = new Set([
  // firms and products as Chinese writes them
  "NVIDIA", "AMD", "Cerebras", "Gaudi", "Crescent", "Island", "Llama", "DeepSeek", "Qwen",
  // chips
  "H100", "H800", "H20", "B200", "MI300X", "MI308", "MI355X", "CS-3", "WSE-3", "GPU",
  // abbreviations and bill names Chinese texts keep
  "AI", "TPP", "KYC", "ENFORCE", "JSON", "CSV",
]);

/** The Latin-script words of a text that are not allowed. */
export function latinWords(text: string, allowed: ReadonlySet<string> = LATIN_ALLOWED): string[] {
  return [...text.matchAll(/[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/g)].map((m) => m[0]).filter((w) => !allowed.has(w));
}
