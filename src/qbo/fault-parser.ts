/**
 * Reads a QBO error body in any of the shapes QBO sends:
 *   API:     {"Fault":{"Error":[{"Message","Detail","code","element"}],"type"}}
 *   gateway: {"fault":{"error":[{"message","detail","code"}],"type"}}
 *   XML:     <IntuitResponse><Fault type="..."><Error code=".." element=".."><Message/><Detail/></Error></Fault></IntuitResponse>
 *   OAuth:   {"error":"invalid_grant","error_description":"..."}
 * A JSON body that arrived as a string is parsed first. Anything else yields null.
 */
export interface FaultItem {
  code: string;
  message: string;
  detail?: string;
  element?: string;
}

export interface ParsedFault {
  type?: string;
  errors: FaultItem[];
}

export function parseFault(body: unknown): ParsedFault | null {
  if (body === null || body === undefined) return null;
  if (Buffer.isBuffer(body)) return parseFault(body.toString('utf8'));
  if (typeof body === 'string') {
    const text = body.trim();
    if (text.startsWith('{')) {
      try {
        return parseFault(JSON.parse(text) as unknown);
      } catch {
        return null;
      }
    }
    if (text.startsWith('<')) return parseXmlFault(text);
    return null;
  }
  if (typeof body !== 'object') return null;
  const o = body as Record<string, unknown>;
  const fault = o.Fault ?? o.fault;
  if (isRecord(fault)) {
    const list = fault.Error ?? fault.error;
    const errors = (Array.isArray(list) ? list : isRecord(list) ? [list] : []).filter(isRecord).map(toItem);
    const type = str(fault.type);
    return { type, errors };
  }
  if (typeof o.error === 'string') {
    return {
      type: 'OAuth',
      errors: [{ code: o.error, message: o.error, detail: str(o.error_description) }],
    };
  }
  return null;
}

function toItem(e: Record<string, unknown>): FaultItem {
  return {
    code: str(e.code) ?? str(e.Code) ?? '',
    message: str(e.Message) ?? str(e.message) ?? '',
    detail: str(e.Detail) ?? str(e.detail),
    element: str(e.element) ?? str(e.Element),
  };
}

/** A tiny extractor for the few fields of QBO's XML fault; not a general XML parser. */
function parseXmlFault(xml: string): ParsedFault | null {
  const fault = /<(?:\w+:)?Fault\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?Fault>/i.exec(xml);
  if (!fault) return null;
  const type = attr(fault[1] ?? '', 'type');
  const errors: FaultItem[] = [];
  const errorRe = /<(?:\w+:)?Error\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?Error>)/gi;
  for (let m = errorRe.exec(fault[2] ?? ''); m !== null; m = errorRe.exec(fault[2] ?? '')) {
    const attrs = m[1] ?? '';
    const inner = m[2] ?? '';
    errors.push({
      code: attr(attrs, 'code') ?? child(inner, 'code') ?? '',
      message: child(inner, 'Message') ?? '',
      detail: child(inner, 'Detail'),
      element: attr(attrs, 'element') ?? child(inner, 'element'),
    });
  }
  return { type, errors };
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(attrs);
  if (!m) return undefined;
  return decodeXml(m[1] ?? m[2] ?? '');
}

function child(inner: string, name: string): string | undefined {
  const m = new RegExp(`<(?:\\w+:)?${name}\\b[^>]*>([\\s\\S]*?)</(?:\\w+:)?${name}>`, 'i').exec(inner);
  if (!m) return undefined;
  const raw = m[1] ?? '';
  const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(raw);
  return cdata ? cdata[1] : decodeXml(raw.trim());
}

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_m, ent: string) => {
    switch (ent) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return String.fromCodePoint(ent.startsWith('#x') ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10));
    }
  });
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return undefined;
}
