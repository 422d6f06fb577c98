/** Seerr's `@server/logger` (winston) for its clients under test: warnings and errors are kept for the test to show. */
type Meta = Record<string, unknown>;

export const logged: { level: string; message: string; meta?: Meta }[] = [];

const at =
  (level: string) =>
  (message: string, meta?: Meta): void => {
    logged.push({ level, message, meta });
  };

const logger = { error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug") };
export default logger;
