import { z } from "zod";
import { isProxyEntry, parseProxyList } from "@/lib/http-server";

const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

export const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .default("file:./data/mydia.db")
    .refine((v) => v.startsWith("file:") || /^postgres(ql)?:\/\//.test(v), {
      message: "must start with file: (SQLite) or postgres:// (PostgreSQL)",
    }),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default("./data"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  BACKUP_DIR: z.string().min(1).optional(),
  BASE_URL: z.url({ message: "must be an absolute URL such as https://mydia.example.com" }).optional(),
  LOG_LEVEL: z.enum(logLevels).default("info"),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  MYDIA_DB_POOL: z.coerce.number().int().min(1).max(100).default(5),
  MYDIA_JOBS_POOL: z.coerce.number().int().min(1).max(100).default(3),
  TMDB_API_KEY: z.string().min(16, "must be a TMDB API key (v3) or read access token").optional(),
  TMDB_BASE_URL: z.url({ message: "must be an absolute URL" }).default("https://api.themoviedb.org/3"),
  TMDB_IMAGE_BASE_URL: z.url({ message: "must be an absolute URL" }).default("https://image.tmdb.org/t/p"),
  RELAY_TMDB_API_KEY: z.string().min(16, "must be a TMDB API key (v3) or read access token").optional(),
  TMDB_REQUESTS_PER_SECOND: z.coerce.number().int().min(0).max(1000).default(40),
  INDEXER_SEARCH_DEADLINE_MS: z.coerce.number().int().min(1000).max(300_000).default(30_000),
  CARDIGANN_DEFINITIONS_URL: z
    .url({ message: "must be an absolute URL" })
    .default("https://indexers.prowlarr.com/master/11"),
  LIBRARY_ALLOWED_ROOTS: z
    .string()
    .optional()
    .refine((v) => v === undefined || v.split(",").every((p) => p.trim().startsWith("/")), {
      message: "must be absolute paths separated by commas",
    }),
  FFPROBE_PATH: z.string().min(1).default("ffprobe"),
  PG_DUMP_PATH: z.string().min(1).default("pg_dump"),
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .refine((v) => parseProxyList(v).every(isProxyEntry), {
      message: "must be IP addresses or CIDR ranges separated by commas, such as 127.0.0.1,10.0.0.0/8",
    }),
});

export type Env = z.infer<typeof envSchema>;

/** Env var table for the README and `mydia config`; kept next to the schema so they cannot drift apart. */
export const envDocs: Record<keyof Env, { default: string; meaning: string }> = {
  DATABASE_URL: {
    default: "file:./data/mydia.db",
    meaning: "SQLite file (file:PATH) or PostgreSQL (postgres://user:pass@host:5432/db)",
  },
  PORT: { default: "3000", meaning: "HTTP port of the web server" },
  HOSTNAME: { default: "0.0.0.0", meaning: "Address the web server listens on" },
  DATA_DIR: { default: "./data", meaning: "Where the SQLite file, the generated secret and caches live" },
  AUTH_SECRET: {
    default: "generated once into DATA_DIR/auth-secret",
    meaning: "Secret for session tokens and encryption of stored credentials (32+ chars)",
  },
  BACKUP_DIR: {
    default: "DATA_DIR/backups",
    meaning: "Where backups (database and secret key, files 0600) are written and read for restore",
  },
  BASE_URL: {
    default: "http://localhost:PORT",
    meaning: "Public URL (behind a reverse proxy: the https:// address users open)",
  },
  LOG_LEVEL: { default: "info", meaning: "fatal, error, warn, info, debug, trace or silent" },
  WORKER_CONCURRENCY: { default: "4", meaning: "Jobs a worker process runs at once" },
  MYDIA_DB_POOL: {
    default: "5",
    meaning:
      "PostgreSQL connections the app's pool may open per process (each process also holds one listening connection)",
  },
  MYDIA_JOBS_POOL: {
    default: "3",
    meaning: "PostgreSQL connections pg-boss's pool may open per process (the job queue; see Scale-out in the README)",
  },
  TMDB_API_KEY: {
    default: "none",
    meaning: "TMDB API key (v3) or read access token; Settings → Metadata overrides it",
  },
  TMDB_BASE_URL: {
    default: "https://api.themoviedb.org/3",
    meaning: "TMDB API address (tests point it at a local fake)",
  },
  TMDB_IMAGE_BASE_URL: { default: "https://image.tmdb.org/t/p", meaning: "TMDB image address" },
  RELAY_TMDB_API_KEY: {
    default: "none",
    meaning: "Set to serve as a metadata relay for other Mydia installs on /api/relay/ (uses this TMDB key)",
  },
  TMDB_REQUESTS_PER_SECOND: {
    default: "40",
    meaning: "Most metadata requests a process sends per second (TMDB's ceiling is about 40-50; 0 = no limit)",
  },
  INDEXER_SEARCH_DEADLINE_MS: {
    default: "30000",
    meaning: "Longest time an indexer search waits for slow indexers before answering with what it has (ms)",
  },
  CARDIGANN_DEFINITIONS_URL: {
    default: "https://indexers.prowlarr.com/master/11",
    meaning:
      "Where Cardigann definitions (Prowlarr format v11) are refreshed from: a JSON list, and <url>/<id> for each YAML",
  },
  LIBRARY_ALLOWED_ROOTS: {
    default: "the home folder, /media, /mnt, /data, /srv",
    meaning: "Folders (absolute, comma-separated) under which libraries may live and the folder picker may browse",
  },
  PG_DUMP_PATH: {
    default: "pg_dump",
    meaning:
      "pg_dump for PostgreSQL backups (pg_restore and psql are looked up beside it); when missing or older than the server, backups are a logical export",
  },
  FFPROBE_PATH: {
    default: "ffprobe",
    meaning: "The ffprobe program that reads media info (resolution, codecs, audio and subtitle tracks)",
  },
  TRUSTED_PROXIES: {
    default: "none",
    meaning:
      "Reverse proxies (IPs or CIDR ranges, comma-separated) whose X-Forwarded-For/-Host/-Proto are believed; from anyone else they are ignored",
  },
};
