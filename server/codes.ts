// Room codes and secrets. Codes are short and easy to read aloud and type: no 0/O, 1/I/L, 2/Z, 5/S, 8/B.
import { createHash, randomBytes, randomInt } from "node:crypto";

export const CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
export const CODE_LENGTH = 6;

export function roomCode(taken: (code: string) => boolean = () => false, length = CODE_LENGTH): string {
  for (;;) {
    let code = "";
    for (let i = 0; i < length; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
    if (!taken(code)) return code;
  }
}

/** Normalises what someone typed: upper case, without spaces or dashes. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, "");
}

export const secret = (): string => randomBytes(18).toString("base64url");
export const hashSecret = (value: string): string => createHash("sha256").update(value).digest("hex");
