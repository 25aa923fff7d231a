/**
 * JSON with comments (`.markdownlint.jsonc`): `//` and `/* … *\/` comments and trailing commas are
 * removed outside strings, then the text is read as JSON. Small enough not to need a dependency.
 */
export function stripJsonComments(text: string): string {
  let result = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    const next = text[index + 1];
    if (char === '"') {
      // A string, copied as it is up to its closing quote (escaped quotes included).
      let end = index + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      result += text.slice(index, end + 1);
      index = end + 1;
    } else if (char === '/' && next === '/') {
      while (index < text.length && text[index] !== '\n') index += 1;
    } else if (char === '/' && next === '*') {
      const end = text.indexOf('*/', index + 2);
      // Line breaks kept, so that JSON errors keep their line numbers.
      result += text.slice(index, end === -1 ? text.length : end + 2).replace(/[^\n]/g, ' ');
      index = end === -1 ? text.length : end + 2;
    } else {
      result += char;
      index += 1;
    }
  }
  return result;
}

/** Removes a comma followed only by spaces before `}` or `]` (outside strings: run after comments). */
function stripTrailingCommas(text: string): string {
  let result = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (char === '"') {
      let end = index + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      result += text.slice(index, end + 1);
      index = end + 1;
      continue;
    }
    if (char === ',') {
      let after = index + 1;
      while (after < text.length && /\s/.test(text[after]!)) after += 1;
      if (text[after] === '}' || text[after] === ']') {
        index += 1;
        continue;
      }
    }
    result += char;
    index += 1;
  }
  return result;
}

export function parseJsonc(text: string): unknown {
  return JSON.parse(stripTrailingCommas(stripJsonComments(text)));
}
