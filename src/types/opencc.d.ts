// opencc-js's Traditional-to-Simplified build alone (its package's "exports" entry, which the project's module resolution does not read).
declare module 'opencc-js/t2cn' {
  export function Converter(options: { from: 'tw' | 'twp' | 'hk' | 't' | 'jp'; to: 'cn' }): (text: string) => string;
}
