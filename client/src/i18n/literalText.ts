import ts from "typescript";

// Finds words written into components instead of taken from a catalogue: JSX text, text
// attributes and message calls holding a literal with a letter in it.

/** Attributes whose value people read or hear. */
const TEXT_ATTRIBUTES = new Set([
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "aria-valuetext",
  "alt",
  "title",
  "placeholder",
  "label",
  "closeLabel",
  "hint",
  "heading",
  "description",
  "emptyText",
]);

/** Functions whose argument is said or shown to people. */
const MESSAGE_CALLS = new Set(["notify", "announce", "say", "setSaid", "setProblem", "setStatus"]);

/** Words that are the same in every language. */
const ANY_LANGUAGE = new Set(["Roundtable"]);

const LETTER = /\p{L}/u;

export type Literal = { line: number; text: string };

function wordy(text: string): boolean {
  const trimmed = text.trim();
  return LETTER.test(trimmed) && !ANY_LANGUAGE.has(trimmed);
}

function literalText(node: ts.Node | undefined): string | null {
  if (!node) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
    return parts.join(" ");
  }
  if (ts.isJsxExpression(node)) return literalText(node.expression);
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
  if (ts.isConditionalExpression(node)) {
    return (
      [literalText(node.whenTrue), literalText(node.whenFalse)].filter(Boolean).join(" ") || null
    );
  }
  if (ts.isBinaryExpression(node)) {
    return [literalText(node.left), literalText(node.right)].filter(Boolean).join(" ") || null;
  }
  return null;
}

function calleeName(call: ts.CallExpression): string {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return "";
}

/** Every literal text in a component's source, with its line. */
export function literalTexts(fileName: string, source: string): Literal[] {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: Literal[] = [];
  const add = (node: ts.Node, text: string | null) => {
    if (text === null || !wordy(text)) return;
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
    found.push({ line: line + 1, text: text.trim().replace(/\s+/g, " ") });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) add(node, node.text);
    else if (
      ts.isJsxExpression(node) &&
      node.parent &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    ) {
      add(node, literalText(node.expression));
    } else if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(file))) {
      add(node, literalText(node.initializer));
    } else if (ts.isCallExpression(node) && MESSAGE_CALLS.has(calleeName(node))) {
      add(node, literalText(node.arguments[0]));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
