// Country names in English and Chinese (the short, everyday ones), apart from the map's geometry so
// screens without the map do not load it.
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import zh from "i18n-iso-countries/langs/zh.json" with { type: "json" };

countries.registerLocale(en);
countries.registerLocale(zh);

/** The short, everyday name ("China", not "People's Republic of China"). */
export const countryName = (alpha2: string, lang: "en" | "zh"): string =>
  countries.getName(alpha2, lang, { select: "alias" }) ?? countries.getName(alpha2, lang) ?? alpha2;

export const numericToAlpha2 = (numeric: string): string | null => countries.numericToAlpha2(numeric) ?? null;
