/**
 * Collapses the whitespace inside Lit's `html` and `css` tagged templates, which esbuild keeps
 * verbatim. Only the static text between `${…}` changes: runs of whitespace become one space
 * (HTML renders them alike; our templates hold no `<pre>` text), and CSS loses its comments and
 * the spaces around `{ } ; ,`. Expressions — and any template nested in them — are scanned too.
 */
export function minifyTemplates(source: string): string {
  let out = "";
  let i = 0;
  const tag = /(?<![\w$.])(html|css)`/g;
  while (i < source.length) {
    tag.lastIndex = i;
    const match = tag.exec(source);
    if (!match) break;
    const start = match.index + match[0].length;
    out += source.slice(i, start);
    const [text, end] = template(source, start, match[1] === "css");
    out += text;
    i = end;
  }
  return out + source.slice(i);
}

/** Reads a template body from `i` (just after the backtick) to its closing backtick. */
function template(source: string, i: number, isCss: boolean): [string, number] {
  let out = "";
  let chunk = "";
  const flush = () => {
    out += isCss ? minifyCss(chunk) : chunk.replace(/\s+/g, " ");
    chunk = "";
  };
  while (i < source.length) {
    const c = source[i]!;
    if (c === "\\") {
      chunk += source.slice(i, i + 2);
      i += 2;
    } else if (c === "`") {
      flush();
      return [`${out}\``, i + 1];
    } else if (c === "$" && source[i + 1] === "{") {
      flush();
      const end = expressionEnd(source, i + 2);
      out += `\${${minifyTemplates(source.slice(i + 2, end))}}`;
      i = end + 1;
    } else {
      chunk += c;
      i++;
    }
  }
  throw new Error("unterminated template literal");
}

/** The index of the `}` closing an expression that starts at `i`, skipping strings and templates. */
function expressionEnd(source: string, i: number): number {
  let depth = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === "'" || c === '"') {
      i++;
      while (source[i] !== c) i += source[i] === "\\" ? 2 : 1;
    } else if (c === "`") {
      i = skipTemplate(source, i + 1);
      continue;
    } else if (c === "{") depth++;
    else if (c === "}") {
      if (depth === 0) return i;
      depth--;
    }
    i++;
  }
  throw new Error("unterminated template expression");
}

function skipTemplate(source: string, i: number): number {
  while (i < source.length) {
    const c = source[i]!;
    if (c === "\\") i += 2;
    else if (c === "`") return i + 1;
    else if (c === "$" && source[i + 1] === "{") i = expressionEnd(source, i + 2) + 1;
    else i++;
  }
  throw new Error("unterminated template literal");
}

/**
 * Comments and optional whitespace out of CSS: around `{ } ; , >`, after `:` and before
 * `!important`; leading zeros of decimals (`0.5em` → `.5em`). Quoted strings are left as they are.
 */
function minifyCss(css: string): string {
  return withoutComments(css)
    .split(quoted)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, " ")
            .replace(/\s*([{};,>])\s*/g, "$1")
            .replace(/:\s+/g, ":")
            .replace(/\s+!important/g, "!important")
            .replace(/(?<![\w.])0\.(\d)/g, ".$1"),
    )
    .join("")
    .replace(/;}/g, "}")
    .trim();
}

const quoted = /("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*')/;
const commentOrQuoted = new RegExp(`${quoted.source}|/\\*[\\s\\S]*?\\*/`, "g");

/** CSS without comments, read together with strings: an apostrophe in a comment is not a quote. */
function withoutComments(css: string): string {
  return css.replace(commentOrQuoted, (_, string?: string) => string ?? "");
}
