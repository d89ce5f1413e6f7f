// Numbers, money and dates as each language writes them; free text in either language.
import { describe, expect, it, vi } from "vitest";
import { count, dollars, figure, money, percent, quarter } from "../../client/format.ts";

vi.stubGlobal("requestAnimationFrame", (fn: () => void) => setTimeout(fn, 0));
vi.stubGlobal("localStorage", { getItem: () => null, setItem: () => undefined });
const { bilingual } = await import("../../client/ui/words.ts");

describe("figures", () => {
  it("are money in 万 and 亿 in Chinese, in K, M and B in English (engine money is k$)", () => {
    expect(money(19_500_000, "zh")).toBe("195亿美元");
    expect(money(120_000, "zh")).toBe("1.2亿美元");
    expect(money(15, "zh")).toBe("1.5万美元");
    expect(money(0.8, "zh")).toBe("800美元");
    expect(money(-950_000, "zh")).toBe("−9.5亿美元");
    expect(money(19_500_000, "en")).toBe("$19.5B");
    expect(money(120_000, "en")).toBe("$120M");
    expect(money(15, "en")).toBe("$15K");
    expect(dollars(123.456, "zh")).toBe("123.46美元");
    expect(dollars(123.456, "en")).toBe("$123.46");
  });

  it("count in 万 from ten thousand, whole below it", () => {
    expect(count(35_000, "zh")).toBe("3.5万");
    expect(count(120_000_000, "zh")).toBe("1.2亿");
    expect(count(9_500, "zh")).toBe("9,500");
    expect(count(35_000, "en")).toBe("35K");
    expect(figure(0.25, "zh")).toBe("0.25");
    expect(percent(0.15, "zh")).toBe("15%");
  });

  it("name quarters as each language does", () => {
    expect(quarter(2024, 2, 2, "zh")).toBe("2024年第3季度");
    expect(quarter(2024, 2, 4, "zh")).toBe("2025年第1季度");
    expect(quarter(2024, 2, 2, "en")).toBe("2024 Q3");
  });
});

describe("a free-text inject", () => {
  it("takes either language alone, the other standing in for it, and nothing when both are empty", () => {
    expect(bilingual("", "台积电宣布扩产")).toEqual({ en: "台积电宣布扩产", zh: "台积电宣布扩产" });
    expect(bilingual("TSMC expands", " ")).toEqual({ en: "TSMC expands", zh: "TSMC expands" });
    expect(bilingual("TSMC expands", "台积电扩产")).toEqual({ en: "TSMC expands", zh: "台积电扩产" });
    expect(bilingual(" ", "")).toBeNull();
  });
});
