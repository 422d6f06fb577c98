import { arrRouteHandlers } from "@/lib/arr";

export const dynamic = "force-dynamic";
export const { GET, POST, PUT, DELETE } = arrRouteHandlers("sonarr");
