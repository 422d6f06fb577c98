/** The quality context's input schemas, one browser-safe file per form (the settings editors load them). */
export * from "./size.input";
export * from "./profile.input";
export * from "./format.input";
export * from "./release-profile.input";
export * from "./delay-profile.input";
