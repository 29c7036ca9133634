import { foldLine } from './fold.js';

/**
 * A content line before escaping and folding: `NAME;PARAM=VALUE:value`. The value must
 * already be in its value type's form (TEXT escaped with `escapeText`); parameter values
 * here are always fixed tokens such as `DATE`, never text from a plan.
 *
 * @internal
 */
export interface IcsProperty {
  name: string;
  params?: Readonly<Record<string, string>>;
  value: string;
}

/** @internal A calendar component: `BEGIN:NAME`, its properties, its sub-components, `END:NAME`. */
export interface IcsComponent {
  name: string;
  properties: IcsProperty[];
  components?: IcsComponent[];
}

const CRLF = '\r\n';

/**
 * Writes a component tree as iCalendar text: one content line per property, folded at
 * 75 octets, every line (the last one included) ended by CRLF.
 *
 * @internal
 */
export function serializeComponent(component: IcsComponent): string {
  return write(component, '');
}

function write(component: IcsComponent, text: string): string {
  let out = `${text}BEGIN:${component.name}${CRLF}`;
  for (const property of component.properties) {
    for (const physical of foldLine(contentLine(property))) out += physical + CRLF;
  }
  for (const child of component.components ?? []) out = write(child, out);
  return `${out}END:${component.name}${CRLF}`;
}

function contentLine({ name, params, value }: IcsProperty): string {
  let line = name;
  if (params !== undefined) {
    for (const key of Object.keys(params)) {
      const param = params[key]!;
      // A quoted value may hold ; : and , (RFC 5545 quoted-string); neither kind holds DQUOTE or controls.
      const quoted = /^"[^"]*"$/.test(param);
      if ((quoted ? /[\r\n\u0000-\u001F\u007F]/ : /[\r\n";:,\u0000-\u001F\u007F]/).test(param)) throw new Error(`Unsafe parameter value ${JSON.stringify(param)} on ${name}`);
      line += `;${key}=${param}`;
    }
  }
  if (/[\r\n]/.test(value)) throw new Error(`Unescaped line break in ${name}`);
  return `${line}:${value}`;
}
