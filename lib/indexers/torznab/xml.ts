import { XMLParser, XMLValidator } from "fast-xml-parser";
import { IndexerRequestError } from "../errors";

export type XmlNode = { [key: string]: XmlValue };
export type XmlValue = string | XmlNode | XmlValue[];

const ARRAY_TAGS = new Set(["item", "category", "subcat"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  attributesGroupName: "$",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ARRAY_TAGS.has(name) || name.endsWith(":attr") || name === "attr",
});

/**
 * Parses an indexer's XML answer. Malformed documents become a parse error that names the
 * indexer, the line and what is wrong, instead of an empty result.
 */
export function parseXml(text: string, indexerName: string): XmlNode {
  const body = text.replace(/^\uFEFF/, "").trim();
  if (!body) throw new IndexerRequestError("parse", `${indexerName} sent an empty response instead of XML`);
  if (!body.startsWith("<")) {
    throw new IndexerRequestError(
      "parse",
      `${indexerName} sent something that is not XML: ${JSON.stringify(body.slice(0, 80))}`,
    );
  }
  const valid = XMLValidator.validate(body);
  if (valid !== true) {
    throw new IndexerRequestError(
      "parse",
      `${indexerName} sent malformed XML (line ${valid.err.line}: ${valid.err.msg})`,
    );
  }
  try {
    return parser.parse(body) as XmlNode;
  } catch (error) {
    throw new IndexerRequestError(
      "parse",
      `${indexerName} sent XML Mydia could not read: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

export const asArray = (value: XmlValue | undefined): XmlValue[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

export const asNode = (value: XmlValue | undefined): XmlNode | undefined =>
  value && typeof value === "object" && !Array.isArray(value)
    ? value
    : Array.isArray(value)
      ? asNode(value[0])
      : undefined;

/** Text content of an element (plain string, or #text beside attributes). */
export function textOf(value: XmlValue | undefined): string | null {
  if (value === undefined) return null;
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    for (const entry of value) {
      const text = textOf(entry);
      if (text) return text;
    }
    return null;
  }
  const text = value["#text"];
  return typeof text === "string" ? text : null;
}

export function attrsOf(value: XmlValue | undefined): Record<string, string> {
  const node = asNode(value);
  const attrs = node?.$;
  return attrs && typeof attrs === "object" && !Array.isArray(attrs) ? (attrs as Record<string, string>) : {};
}
