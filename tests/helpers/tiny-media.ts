import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Tiny but real videos made with ffmpeg (as ../shared/tools/real-peers/gen-media.sh): a 1080p
 * h264+aac MKV, a 4K HDR10 10-bit HEVC MKV and a multi-track file (eng 5.1 + ger stereo + eng
 * subtitle). About 6 s on two cores; call once per test file.
 */
export function makeTinyMedia(dir: string): { h264: string; hdr: string; multi: string } {
  mkdirSync(dir, { recursive: true });
  const q = ["-hide_banner", "-loglevel", "error", "-y"];
  const h264 = path.join(dir, "Tiny.Movie.2010.1080p.BluRay.x264-GRP.mkv");
  execFileSync("ffmpeg", [...q, "-f", "lavfi", "-i", "color=c=black:size=1920x1080:rate=24", "-f", "lavfi", "-i", "anullsrc=r=48000:cl=stereo", "-t", "1",
    "-c:v", "libx264", "-preset", "ultrafast", "-crf", "51", "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "32k", h264]);
  const hdr = path.join(dir, "Tiny.Movie.2010.2160p.UHD.BluRay.HDR10.x265-GRP.mkv");
  execFileSync("ffmpeg", [...q, "-f", "lavfi", "-i", "color=c=black:size=3840x2160:rate=24", "-t", "0.2", "-c:v", "libx265", "-preset", "ultrafast", "-crf", "51",
    "-pix_fmt", "yuv420p10le", "-tag:v", "hvc1",
    "-x265-params", "log-level=error:colorprim=bt2020:transfer=smpte2084:colormatrix=bt2020nc:hdr10=1:master-display=G(13250,34500)B(7500,3000)R(34000,16000)WP(15635,16450)L(10000000,1):max-cll=1000,400",
    "-color_primaries", "bt2020", "-color_trc", "smpte2084", "-colorspace", "bt2020nc", hdr]);
  const srt = path.join(dir, "en.srt");
  writeFileSync(srt, "1\n00:00:00,000 --> 00:00:00,500\nHello test\n");
  const multi = path.join(dir, "Some.Movie.2010.1080p.BluRay.x264-MULTI.mkv");
  execFileSync("ffmpeg", [...q, "-f", "lavfi", "-i", "color=c=black:size=1920x1080:rate=24", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
    "-f", "lavfi", "-i", "sine=frequency=660:sample_rate=48000", "-i", srt, "-t", "1", "-map", "0:v", "-map", "1:a", "-map", "2:a", "-map", "3:s",
    "-c:v", "libx264", "-preset", "ultrafast", "-crf", "51", "-pix_fmt", "yuv420p", "-c:a:0", "aac", "-ac:a:0", "6", "-b:a:0", "64k", "-c:a:1", "aac", "-ac:a:1", "2", "-b:a:1", "32k",
    "-c:s", "srt", "-metadata:s:a:0", "language=eng", "-metadata:s:a:1", "language=ger", "-metadata:s:s:0", "language=eng", "-disposition:a:0", "default", multi]);
  return { h264, hdr, multi };
}
