import type { Cheerio, CheerioAPI } from "cheerio";
import type { AnyNode } from "domhandler";

/** Selector quirks AngleSharp (Prowlarr's parser) accepts and css-select does not. */
export function fixCss(selector: string): string {
  return selector.replace(/:has\(\s*\)/g, "");
}

/** `$(selector)` that finds nothing instead of throwing on a selector css-select cannot parse. */
export function safeSelect($: CheerioAPI, selector: string, within?: Cheerio<AnyNode>): Cheerio<AnyNode> {
  try {
    return within ? within.find(fixCss(selector)) : $(fixCss(selector));
  } catch {
    return $([]);
  }
}

export function safeIs(element: Cheerio<AnyNode>, selector: string): boolean {
  try {
    return element.is(fixCss(selector));
  } catch {
    return false;
  }
}
