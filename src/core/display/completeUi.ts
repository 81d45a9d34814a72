import { englishLocale } from '../messages/englishLocale';
import type { LocalePack, UiStrings } from '../messages/LocalePack';
import { nonBlank } from '../internal/nonBlank';

const COMPLETED = /* @__PURE__ */ new WeakMap<LocalePack, UiStrings>();

/** The pack's UI strings, English standing in for any missing or blank one (cached per pack). */
export function completeUi(pack: LocalePack): UiStrings {
  let ui = COMPLETED.get(pack);
  if (ui === undefined) {
    const english = englishLocale.ui as unknown as Readonly<Record<string, string>>;
    const merged: Record<string, string> = {};
    let complete = true;
    for (const key of Object.keys(english)) {
      const value: unknown = (pack.ui as unknown as Readonly<Record<string, unknown>>)[key];
      const usable = nonBlank(value) !== null;
      complete &&= usable;
      merged[key] = usable ? (value as string) : (english[key] as string);
    }
    ui = complete ? pack.ui : (merged as unknown as UiStrings);
    COMPLETED.set(pack, ui);
  }
  return ui;
}
