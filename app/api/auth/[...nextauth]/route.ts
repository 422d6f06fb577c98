import { authRoute } from "@/lib/accounts/auth-route";

export { authRoute as GET, authRoute as POST };
