import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * Shrinks the static text of Lit's html`` and css`` templates in our own
 * sources: whitespace runs become one space (HTML and CSS treat them alike;
 * we have no <pre> or <textarea>), CSS comments go, and CSS punctuation loses
 * its padding. Found with the TypeScript parser, so only template text changes.
 */
function shrink(text: string, kind: 'html' | 'css'): string {
  let out = text.replace(/\s*\n\s*/g, ' ');
  if (kind === 'css') {
    out = out
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}');
  } else {
    out = out.replace(/>\s+</g, '> <');
  }
  return out;
}

export function minifyTemplates(): Plugin {
  return {
    name: 'minify-lit-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits: Array<{ start: number; end: number; text: string }> = [];
      const visit = (node: ts.Node): void => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && /^(html|css)$/.test(node.tag.text)) {
          const kind = node.tag.text as 'html' | 'css';
          const t = node.template;
          const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
          for (const part of parts) {
            const start = part.getStart(source);
            const raw = code.slice(start, part.end);
            // Keep the delimiters (` ${ } `) and change only the text between them.
            const open = raw.startsWith('`') || raw.startsWith('}') ? 1 : 0;
            const close = raw.endsWith('${') ? 2 : raw.endsWith('`') ? 1 : 0;
            const body = raw.slice(open, raw.length - close);
            edits.push({ start: start + open, end: part.end - close, text: shrink(body, kind) });
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      let out = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) {
        out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      }
      return { code: out, map: null };
    },
  };
}
