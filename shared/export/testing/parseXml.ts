// A tiny, strict XML reader for the export tests (no dependency): elements, attributes, text,
// comments and the five entities plus numeric references. It throws on anything malformed
// (unclosed or mismatched tags, a raw "<" or "&" in text or attributes, duplicate attributes),
// so parsing an export also proves it is well-formed.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The decoded text directly inside this element. */
  text: string;
}

const NAME = /[A-Za-z_:][\w:.-]*/y;
const ATTRIBUTE = /\s+([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, at: number): string {
  return raw.replace(/&([^;&\s]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(';')) throw new Error(`a raw "&" near offset ${at}`);
    if (body in ENTITIES) return ENTITIES[body]!;
    const code = /^#x[0-9a-f]+$/i.test(body) ? parseInt(body.slice(2), 16) : /^#\d+$/.test(body) ? Number(body.slice(1)) : NaN;
    if (Number.isNaN(code)) throw new Error(`unknown entity &${body}; near offset ${at}`);
    return String.fromCodePoint(code);
  });
}

export function parseXml(source: string): XmlElement {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const expect = (re: RegExp) => {
    re.lastIndex = i;
    const m = re.exec(source);
    if (!m) throw new Error(`malformed XML at offset ${i}: ${JSON.stringify(source.slice(i, i + 40))}`);
    i = re.lastIndex;
    return m;
  };
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    const text = source.slice(i, lt === -1 ? source.length : lt);
    if (text.trim()) {
      if (stack.length === 0) throw new Error(`text outside the root element at offset ${i}`);
      if (text.includes('>')) throw new Error(`a raw ">" in text at offset ${i}`);
      stack[stack.length - 1]!.text += decode(text, i);
    }
    if (lt === -1) break;
    i = lt;
    if (source.startsWith('<?', i)) {
      const end = source.indexOf('?>', i);
      if (end === -1 || i !== 0) throw new Error(`a misplaced processing instruction at offset ${i}`);
      i = end + 2;
    } else if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i);
      if (end === -1) throw new Error(`an unclosed comment at offset ${i}`);
      i = end + 3;
    } else if (source.startsWith('</', i)) {
      i += 2;
      const name = expect(NAME)[0];
      expect(/\s*>/y);
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name}> at offset ${i}`);
    } else {
      i += 1;
      const element: XmlElement = { name: expect(NAME)[0], attrs: {}, children: [], text: '' };
      for (;;) {
        ATTRIBUTE.lastIndex = i;
        const m = ATTRIBUTE.exec(source);
        if (!m) break;
        if (m[1]! in element.attrs) throw new Error(`a duplicate attribute ${m[1]} at offset ${i}`);
        element.attrs[m[1]!] = decode(m[2] ?? m[3]!, i);
        i = ATTRIBUTE.lastIndex;
      }
      const end = expect(/\s*(\/?)>/y);
      if (stack.length > 0) stack[stack.length - 1]!.children.push(element);
      else if (root) throw new Error(`a second root element at offset ${i}`);
      else root = element;
      if (end[1] !== '/') stack.push(element);
    }
  }
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1]!.name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

/** Every element in the tree, depth first, that matches. */
export function findAll(root: XmlElement, match: (el: XmlElement) => boolean): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (el: XmlElement) => {
    if (match(el)) found.push(el);
    el.children.forEach(visit);
  };
  visit(root);
  return found;
}

/** The x and y of a `translate(x y)` transform. */
export function translation(el: XmlElement): { x: number; y: number } {
  const m = /^translate\((-?[\d.]+)[ ,](-?[\d.]+)\)$/.exec(el.attrs.transform ?? '');
  if (!m) throw new Error(`no translate() on <${el.name}>`);
  return { x: Number(m[1]), y: Number(m[2]) };
}
