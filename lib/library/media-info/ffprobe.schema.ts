import { z } from "zod";

/** The part of `ffprobe -print_format json -show_format -show_streams` that media info uses. */
const numeric = z
  .union([z.string(), z.number()])
  .optional()
  .transform((v) => {
    if (v === undefined) return null;
    const n = typeof v === "number" ? v : Number(v);
    return Number.isFinite(n) ? n : null;
  });

export const ffprobeStreamSchema = z
  .object({
    index: z.number().int(),
    codec_type: z.string().optional(),
    codec_name: z.string().optional(),
    profile: z.string().optional(),
    width: z.number().int().optional(),
    height: z.number().int().optional(),
    pix_fmt: z.string().optional(),
    bits_per_raw_sample: numeric,
    color_transfer: z.string().optional(),
    color_primaries: z.string().optional(),
    avg_frame_rate: z.string().optional(),
    r_frame_rate: z.string().optional(),
    channels: z.number().int().optional(),
    channel_layout: z.string().optional(),
    disposition: z.record(z.string(), z.number()).optional(),
    tags: z.record(z.string(), z.string()).optional(),
    side_data_list: z.array(z.object({ side_data_type: z.string().optional() }).passthrough()).optional(),
  })
  .passthrough();

export const ffprobeOutputSchema = z.object({
  streams: z.array(ffprobeStreamSchema).default([]),
  format: z
    .object({
      format_name: z.string().optional(),
      duration: numeric,
      bit_rate: numeric,
      tags: z.record(z.string(), z.string()).optional(),
    })
    .passthrough()
    .optional(),
});
export type FfprobeOutput = z.infer<typeof ffprobeOutputSchema>;
export type FfprobeStream = z.infer<typeof ffprobeStreamSchema>;
