import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The extraction check: no user-facing string is written into a component.
 * Every text node in JSX and every user-facing attribute (aria-label, title,
 * alt, placeholder) must come from a catalog (or be a symbol, a number or the
 * app's name). A pseudo-locale run in the end-to-end suite checks the screen.
 */
const USER_FACING_ATTRS = new Set(['aria-label', 'title', 'alt', 'placeholder', 'aria-description', 'aria-roledescription', 'label']);
/** Text that is not language: punctuation, symbols, digits, the product name. */
const ALLOWED = /^[\s\p{P}\p{S}\p{N}]*$|^\s*Wegwijs\s*$|^\s*(QR|PDF)\s*$/u;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.tsx$/.test(n) ? [p] : [];
  });
}

function findLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (n: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && !ALLOWED.test(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`);
    if (ts.isJsxAttribute(node) && USER_FACING_ATTRS.has(node.name.getText(source)) && node.initializer) {
      const init = node.initializer;
      const literal = ts.isStringLiteral(init)
        ? init.text
        : ts.isJsxExpression(init) && init.expression && ts.isStringLiteral(init.expression)
          ? init.expression.text
          : null;
      if (literal !== null && !ALLOWED.test(literal)) found.push(`${where(node)} ${node.name.getText(source)}="${literal}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no hard-coded user-facing strings in components', () => {
  it('every text in renderer/ JSX comes from a catalog', () => {
    expect(files('renderer/src').flatMap(findLiterals)).toEqual([]);
  });

  it('the check itself catches a literal (guards against a check that cannot fail)', () => {
    const tmp = path.join('out', 'extraction-probe.tsx');
    mkdirSync('out', { recursive: true });
    writeFileSync(tmp, 'export const X = () => <p title="Close">Hello there</p>;');
    expect(findLiterals(tmp)).toHaveLength(2);
    rmSync(tmp);
  });
});
