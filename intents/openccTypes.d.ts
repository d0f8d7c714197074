// opencc-js types its entry points as ECMAScript modules; its CommonJS build of the traditional-to-simplified converter, which
// this CommonJS project requires, is typed here with the one function used.
declare module 'opencc-js/t2cn' {
  export function Converter(options: { from: 'tw' | 'twp' | 'hk' | 't'; to: 'cn' }): (text: string) => string;
}
