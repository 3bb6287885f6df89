import { scanJsonTemplate } from './json-scan.js';

/**
 * A body template pretty-printed with two-space indents, placeholders kept; null when it is not
 * JSON even with its placeholders (a syntax error). A bare `{{key}}` stands for a whole value, so
 * it is swapped for a unique string while JSON.stringify lays the text out, then put back.
 */
export function prettyBodyTemplate(text: string): string | null {
  let slots;
  try {
    slots = scanJsonTemplate(text).slots.filter((s) => s.mode === 'value');
  } catch {
    return null;
  }
  let marker = '@odc-slot';
  while (text.includes(marker)) marker += '~';
  let swapped = '';
  let at = 0;
  slots.forEach((slot, n) => {
    swapped += `${text.slice(at, slot.start)}"${marker}${n}"`;
    at = slot.end;
  });
  swapped += text.slice(at);
  let pretty: string;
  try {
    pretty = JSON.stringify(JSON.parse(swapped), null, 2);
  } catch {
    return null;
  }
  return slots.reduce(
    (out, slot, n) => out.replace(`"${marker}${n}"`, text.slice(slot.start, slot.end)),
    pretty,
  );
}
