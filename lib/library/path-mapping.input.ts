import { z } from "zod";
import { patchSchemaOf } from "@/lib/validation";

const folder = z
  .string()
  .trim()
  .min(1)
  .max(4096)
  .refine(
    (p) => p.startsWith("/") || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith("\\\\"),
    "must be an absolute path (/downloads, D:\\Downloads or \\\\server\\share)",
  );
export const pathMappingInput = z.object({
  remotePath: folder,
  localPath: folder.refine((p) => p.startsWith("/"), "must be an absolute path on this server"),
});
export const updatePathMappingInput = patchSchemaOf(pathMappingInput);
