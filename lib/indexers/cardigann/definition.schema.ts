import { z } from "zod";
import { categoryNames } from "./categories";

/**
 * The Cardigann definition format, version 11 (Prowlarr/Indexers definitions/v11/schema.json),
 * as zod schemas. Objects are strict like the JSON schema (additionalProperties: false).
 */
const scalar = z.union([z.string(), z.number(), z.boolean()]);
const category = z.enum(categoryNames);

export const filterSchema = z
  .object({
    name: z.enum([
      "querystring",
      "timeparse",
      "dateparse",
      "regexp",
      "re_replace",
      "split",
      "replace",
      "trim",
      "prepend",
      "append",
      "tolower",
      "toupper",
      "urldecode",
      "urlencode",
      "htmldecode",
      "htmlencode",
      "timeago",
      "reltime",
      "fuzzytime",
      "validfilename",
      "diacritics",
      "jsonjoinarray",
      "hexdump",
      "strdump",
      "validate",
    ]),
    args: z.union([z.array(scalar), z.string(), z.number().int()]).optional(),
  })
  .strict();
export type FilterBlock = z.infer<typeof filterSchema>;

export const rowFilterSchema = z
  .object({
    name: z.enum(["andmatch", "strdump"]),
    args: z.union([z.array(scalar), z.string(), z.number().int()]).optional(),
  })
  .strict();

export const selectorSchema = z
  .object({
    selector: z.string().optional(),
    attribute: z.string().optional(),
    optional: z.boolean().optional(),
    default: z.union([z.string(), z.number()]).optional(),
    case: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    remove: z.string().optional(),
    text: z.union([z.string(), z.number()]).optional(),
    filters: z.array(filterSchema).optional(),
  })
  .strict()
  .refine((s) => s.default === undefined || s.optional === true, {
    message: "default needs optional: true",
    path: ["default"],
  });
export type SelectorBlock = z.infer<typeof selectorSchema>;

const selectorFieldSchema = z
  .object({
    selector: z.string().optional(),
    attribute: z.string().optional(),
    usebeforeresponse: z.boolean().optional(),
    filters: z.array(filterSchema).optional(),
  })
  .strict();
export type SelectorField = z.infer<typeof selectorFieldSchema>;

const headersSchema = z.record(z.string().regex(/^[A-Za-z0-9-]*$/), z.array(z.string()));
const inputsSchema = z.record(z.string(), z.union([z.number(), z.string(), z.boolean()]));
const errorBlockSchema = z
  .object({ path: z.string().optional(), selector: z.string(), message: selectorSchema.optional() })
  .strict();
export type ErrorBlock = z.infer<typeof errorBlockSchema>;

const modesSchema = z
  .object({
    search: z.array(z.literal("q")),
    "tv-search": z
      .array(
        z.enum(["q", "season", "ep", "imdbid", "tvdbid", "tmdbid", "tvmazeid", "traktid", "doubanid", "year", "genre"]),
      )
      .optional(),
    "movie-search": z.array(z.enum(["q", "imdbid", "tmdbid", "traktid", "doubanid", "year", "genre"])).optional(),
    "music-search": z.array(z.enum(["q", "album", "artist", "label", "track", "year", "genre"])).optional(),
    "book-search": z.array(z.enum(["q", "title", "author", "publisher", "year", "genre"])).optional(),
  })
  .strict();

const capsSchema = z
  .object({
    categories: z.record(z.string(), category).optional(),
    categorymappings: z
      .array(
        z
          .object({
            id: z.union([z.number().int(), z.string()]),
            cat: category,
            desc: z.string().optional(),
            default: z.boolean().optional(),
          })
          .strict(),
      )
      .optional(),
    modes: modesSchema,
    allowrawsearch: z.boolean().optional(),
    allowtvsearchimdb: z.boolean().optional(),
  })
  .strict()
  .refine((c) => (c.categories === undefined) !== (c.categorymappings === undefined), {
    message: "needs exactly one of categories or categorymappings",
  });

export const settingSchema = z
  .object({
    name: z.string(),
    label: z.string().optional(),
    type: z.enum([
      "info",
      "text",
      "password",
      "checkbox",
      "select",
      "info_category_8000",
      "info_cookie",
      "info_flaresolverr",
      "info_useragent",
    ]),
    default: z.union([z.string(), z.number().int(), z.boolean()]).optional(),
    options: z.record(z.string(), z.string()).optional(),
    defaults: z.array(z.string()).optional(),
  })
  .strict();
export type SettingField = z.infer<typeof settingSchema>;

const loginSchema = z
  .object({
    method: z.enum(["form", "post", "cookie", "get", "oneurl"]).optional(),
    cookies: z.array(z.string()).optional(),
    path: z.string().optional(),
    submitpath: z.string().optional(),
    form: z.string().optional(),
    captcha: z
      .object({ type: z.enum(["image", "text"]), selector: z.string(), input: z.string() })
      .strict()
      .optional(),
    inputs: inputsSchema.optional(),
    selectors: z.boolean().optional(),
    selectorinputs: z.record(z.string(), selectorSchema).optional(),
    getselectorinputs: z.record(z.string(), selectorSchema).optional(),
    error: z.array(errorBlockSchema).optional(),
    test: z.object({ path: z.string(), selector: z.string().optional() }).strict().optional(),
    headers: headersSchema.optional(),
  })
  .strict();
export type LoginBlock = z.infer<typeof loginSchema>;

const searchPathSchema = z
  .object({
    path: z.string(),
    method: z.string().optional(),
    followredirect: z.boolean().optional(),
    categories: z.array(z.union([z.number().int(), z.string()])).optional(),
    inputs: z.record(z.string(), z.union([z.number().int(), z.string()])).optional(),
    inheritinputs: z.boolean().optional(),
    queryseparator: z.string().optional(),
    response: z
      .object({ type: z.enum(["json", "xml"]), noResultsMessage: z.string().optional() })
      .strict()
      .optional(),
  })
  .strict();
export type SearchPathBlock = z.infer<typeof searchPathSchema>;

const rowsSchema = z
  .object({
    after: z.number().int().optional(),
    dateheaders: selectorSchema.optional(),
    selector: z.string().optional(),
    attribute: z.string().optional(),
    optional: z.boolean().optional(),
    multiple: z.boolean().optional(),
    missingAttributeEqualsNoResults: z.boolean().optional(),
    case: z.record(z.string(), z.string()).optional(),
    remove: z.string().optional(),
    text: z.union([z.string(), z.number()]).optional(),
    filters: z.array(rowFilterSchema).optional(),
    count: selectorSchema.optional(),
  })
  .strict();
export type RowsBlock = z.infer<typeof rowsSchema>;

const FIELD_NAME =
  /^(_[A-Za-z0-9-_]*|(title|description)\|append|(category|categorydesc)\|(noappend|append)|(download|magnet|infohash|details|comments|title|description|category|categorydesc|size|leechers|seeders|date|files|grabs|downloadvolumefactor|uploadvolumefactor|minimumratio|minimumseedtime|imdb|imdbid|tmdbid|rageid|tvdbid|tvmazeid|traktid|doubanid|poster|genre|year|author|booktitle|publisher|album|artist|label|track)(_([A-Za-z0-9_])*)?)$/;

const fieldsSchema = z.record(z.string(), selectorSchema).superRefine((fields, ctx) => {
  for (const name of Object.keys(fields)) {
    if (!FIELD_NAME.test(name)) ctx.addIssue({ code: "custom", path: [name], message: `unknown field "${name}"` });
  }
  for (const required of ["seeders", "size", "title"]) {
    if (!(required in fields)) ctx.addIssue({ code: "custom", path: [required], message: "is required" });
  }
  if ("category" in fields === "categorydesc" in fields)
    ctx.addIssue({ code: "custom", path: ["category"], message: "needs exactly one of category or categorydesc" });
  if (!["download", "infohash", "magnet"].some((f) => f in fields))
    ctx.addIssue({ code: "custom", path: ["download"], message: "needs download, infohash or magnet" });
});

const searchSchema = z
  .object({
    path: z.string().optional(),
    paths: z.array(searchPathSchema).optional(),
    allowEmptyInputs: z.boolean().optional(),
    inputs: inputsSchema.optional(),
    headers: headersSchema.optional(),
    keywordsfilters: z.array(filterSchema).optional(),
    error: z.array(errorBlockSchema).optional(),
    preprocessingfilters: z.array(filterSchema).optional(),
    rows: rowsSchema,
    fields: fieldsSchema,
  })
  .strict()
  .refine((s) => (s.path === undefined) !== (s.paths === undefined), { message: "needs exactly one of path or paths" });

const downloadSchema = z
  .object({
    method: z.string().optional(),
    before: z
      .object({
        path: z.string().optional(),
        pathselector: selectorFieldSchema.optional(),
        method: z.string().optional(),
        inputs: z.record(z.string(), z.union([z.number().int(), z.string()])).optional(),
        queryseparator: z.string().optional(),
      })
      .strict()
      .optional(),
    selectors: z.array(selectorFieldSchema).optional(),
    infohash: z
      .object({
        hash: selectorFieldSchema.optional(),
        title: selectorFieldSchema.optional(),
        usebeforeresponse: z.boolean().optional(),
      })
      .strict()
      .optional(),
    headers: headersSchema.optional(),
  })
  .strict();
export type DownloadBlock = z.infer<typeof downloadSchema>;

export const definitionSchema = z
  .object({
    id: z.string().min(1),
    replaces: z.array(z.string()).optional(),
    name: z.string().min(1),
    description: z.string(),
    language: z.string(),
    type: z.enum(["public", "semi-private", "private"]),
    encoding: z.string(),
    followredirect: z.boolean().optional(),
    testlinktorrent: z.boolean().optional(),
    requestDelay: z.number().optional(),
    links: z.array(z.string()).min(1),
    legacylinks: z.array(z.string()).optional(),
    certificates: z.array(z.string()).optional(),
    caps: capsSchema,
    settings: z.array(settingSchema).optional(),
    login: loginSchema.optional(),
    search: searchSchema,
    download: downloadSchema.optional(),
  })
  .strict();
export type RawDefinition = z.infer<typeof definitionSchema>;
