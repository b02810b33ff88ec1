// Finds every regular expression in source files without running them: regex literals, and
// `new RegExp(…)` / `RegExp(…)` whose arguments fold to constants within the file (string and
// template literals, `+`, same-file `const`s, `[…].join(…)`, `/…/.source`). Calls whose pattern
// cannot be folded are returned as sites so a test can account for them another way.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export interface FoundRegex {
  source: string;
  flags: string;
  file: string;
  line: number;
}

export interface UnresolvedSite {
  file: string;
  line: number;
  text: string;
}

export function regexesIn(file: string): { found: FoundRegex[]; unresolved: UnresolvedSite[] } {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const consts = new Map<string, ts.Expression[]>();
  const found: FoundRegex[] = [];
  const unresolved: UnresolvedSite[] = [];
  const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;

  const collectConsts = (n: ts.Node): void => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && ts.isVariableDeclarationList(n.parent) && n.parent.flags & ts.NodeFlags.Const) {
      consts.set(n.name.text, [...(consts.get(n.name.text) ?? []), n.initializer]);
    }
    ts.forEachChild(n, collectConsts);
  };
  collectConsts(sf);

  const literal = (n: ts.RegularExpressionLiteral) => {
    const m = /^\/(.*)\/([a-z]*)$/s.exec(n.text)!;
    return { source: m[1], flags: m[2] };
  };

  const fold = (e: ts.Expression, depth = 0): string | null => {
    if (depth > 20) return null;
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
    if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) return fold(e.expression, depth + 1);
    if (ts.isTemplateExpression(e)) {
      let out = e.head.text;
      for (const span of e.templateSpans) {
        const v = fold(span.expression, depth + 1);
        if (v === null) return null;
        out += v + span.literal.text;
      }
      return out;
    }
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const a = fold(e.left, depth + 1);
      const b = fold(e.right, depth + 1);
      return a === null || b === null ? null : a + b;
    }
    if (ts.isIdentifier(e)) {
      const defs = consts.get(e.text);
      return defs && defs.length === 1 ? fold(defs[0], depth + 1) : null;
    }
    if (ts.isPropertyAccessExpression(e) && e.name.text === 'source') {
      const target = ts.isIdentifier(e.expression) && consts.get(e.expression.text)?.length === 1 ? consts.get(e.expression.text)![0] : e.expression;
      return ts.isRegularExpressionLiteral(target) ? literal(target).source : null;
    }
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'join') {
      let arr: ts.Expression = e.expression.expression;
      if (ts.isIdentifier(arr) && consts.get(arr.text)?.length === 1) arr = consts.get(arr.text)![0];
      if (!ts.isArrayLiteralExpression(arr)) return null;
      const sep = e.arguments.length === 0 ? ',' : fold(e.arguments[0], depth + 1);
      const parts = arr.elements.map((x) => fold(x, depth + 1));
      return sep === null || parts.some((p) => p === null) ? null : parts.join(sep);
    }
    return null;
  };

  const visit = (n: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(n)) found.push({ ...literal(n), file, line: lineOf(n) });
    if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
      const args = n.arguments ?? [];
      const source = args[0] ? fold(args[0]) : '(?:)';
      const flags = args[1] ? fold(args[1]) : '';
      if (source === null || flags === null) unresolved.push({ file, line: lineOf(n), text: n.getText(sf).slice(0, 120) });
      else found.push({ source, flags, file, line: lineOf(n) });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { found, unresolved };
}
