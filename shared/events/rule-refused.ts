/**
 * A workflow step the rules do not allow (an admission step, a transfer's acceptance): thrown before anything is
 * written. `reasonKey` names the Vietnamese text in the catalogs; `params` fill it (ISO dates, numbers, names,
 * stage codes), so the screen can say why in the user's words.
 */
export type RefusalParams = Readonly<Record<string, string | number>>;

export class RuleRefused extends Error {
  constructor(
    readonly reasonKey: string,
    readonly params: RefusalParams = {},
  ) {
    super(`${reasonKey} ${JSON.stringify(params)}`);
    this.name = 'RuleRefused';
  }
}
