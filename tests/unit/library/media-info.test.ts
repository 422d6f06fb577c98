import { describe, expect, it } from "vitest";
import { toMediaInfo } from "@/lib/library/media-info/ffprobe";
import { ffprobeOutputSchema } from "@/lib/library/media-info/ffprobe.schema";

/** As ffprobe prints it (-show_format -show_streams -of json), through the same schema. */
const probed = (json: unknown) => toMediaInfo(ffprobeOutputSchema.parse(json));

describe("toMediaInfo", () => {
  it("takes the first video stream with a frame size, skipping cover art and size-less guesses", () => {
    const info = probed({
      format: { format_name: "matroska,webm", duration: "60.000000", bit_rate: "1000" },
      streams: [
        { index: 0, codec_type: "video", codec_name: "h263" },
        {
          index: 1,
          codec_type: "video",
          codec_name: "mjpeg",
          width: 600,
          height: 900,
          disposition: { attached_pic: 1 },
        },
        { index: 2, codec_type: "video", codec_name: "hevc", width: 1920, height: 1080 },
      ],
    });
    expect(info.video).toMatchObject({ codec: "hevc", width: 1920, height: 1080 });
  });

  it("has no video when ffprobe only guessed a stream without a frame size (bytes that are not a video)", () => {
    expect(
      probed({ format: { format_name: "h263" }, streams: [{ index: 0, codec_type: "video", codec_name: "h263" }] })
        .video,
    ).toBeNull();
  });
});
