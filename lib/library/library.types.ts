export * from "@/lib/db/types/library";
