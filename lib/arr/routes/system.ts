import { appVersion, getConfig } from "@/lib/config";
import { personaInfo } from "../persona";
import { bothPersonas, defineArrRoute } from "../route-table";

const startTime = new Date();

export const systemRoutes = [
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "system/status",
    access: "read",
    handle: async ({ persona }) => {
      const info = personaInfo[persona];
      return {
        appName: info.appName,
        instanceName: `Mydia (${info.appName})`,
        version: info.version,
        buildTime: startTime.toISOString(),
        isDebug: false,
        isProduction: true,
        isAdmin: false,
        isUserInteractive: false,
        startupPath: process.cwd(),
        appData: getConfig().dataDir,
        osName: process.platform,
        osVersion: "",
        isNetCore: true,
        isLinux: process.platform === "linux",
        isOsx: process.platform === "darwin",
        isWindows: process.platform === "win32",
        isDocker: false,
        mode: "console",
        branch: "main",
        databaseType: getConfig().dialect === "pg" ? "postgreSQL" : "sqLite",
        databaseVersion: "",
        authentication: "external",
        migrationVersion: 0,
        urlBase: info.basePath,
        runtimeVersion: process.versions.node,
        runtimeName: "node",
        startTime: startTime.toISOString(),
        packageVersion: appVersion,
        packageAuthor: "Mydia",
        packageUpdateMechanism: "docker",
        packageUpdateMechanismMessage: "",
      };
    },
  }),
];
