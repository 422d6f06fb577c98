export * from "@/lib/db/types/indexers";
