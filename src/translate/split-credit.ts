// A photo credit translates only its label ("Foto:"); the names and agencies after it stay as written,
// apart from glossary pins.

const CREDIT = /^([\p{L}]+(?: [\p{L}]+)?)(:\s*)([\s\S]*)$/u;

export function splitCredit(
  text: string,
): { label: string; separator: string; rest: string } | undefined {
  const match = CREDIT.exec(text);
  if (!match) return undefined;
  return { label: match[1]!, separator: match[2]!, rest: match[3]! };
}
