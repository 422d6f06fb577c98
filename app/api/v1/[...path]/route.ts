import { unknownEndpoint } from "@/lib/api";

export const dynamic = "force-dynamic";
export const GET = unknownEndpoint;
export const POST = unknownEndpoint;
export const PUT = unknownEndpoint;
export const PATCH = unknownEndpoint;
export const DELETE = unknownEndpoint;
export const HEAD = unknownEndpoint;
export const OPTIONS = unknownEndpoint;
