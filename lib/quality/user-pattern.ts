import { RE2JS } from "re2js";

/**
 * Regular expressions that users (and imported TRaSH/*arr formats) supply run on RE2, whose
 * matching time is linear in the input: a pattern such as ^(a+)+$ cannot stall the process, in
 * the web server or the worker. RE2 has no backreferences and no lookaround; patterns using them
 * are refused when saved, with a message that says so.
 */
export interface UserPattern {
  test(input: string): boolean;
}

const LOOKAROUND = /\(\?<?[=!]/;
const BACKREFERENCE = /\\[1-9]|\\k</;

function compile(source: string, ignoreCase: boolean): RE2JS {
  // *arr patterns are .NET style and may start with (?i); RE2 reads inline flags itself.
  return RE2JS.compile(source, ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
}

export function compileUserPattern(source: string, ignoreCase = true): UserPattern {
  const re = compile(source, ignoreCase);
  return { test: (input) => re.test(input) };
}

/** Why a pattern cannot be used, in words for the form; null when it compiles. */
export function userPatternProblem(source: string, ignoreCase = true): string | null {
  try {
    compile(source, ignoreCase);
    return null;
  } catch (error) {
    if (LOOKAROUND.test(source))
      return "lookahead and lookbehind ((?=…), (?!…), (?<=…), (?<!…)) are not supported: patterns run on a linear-time engine (RE2)";
    if (BACKREFERENCE.test(source))
      return "backreferences (\\1, \\k<name>) are not supported: patterns run on a linear-time engine (RE2)";
    const message = error instanceof Error ? error.message : String(error);
    return message.replace(/^error parsing regexp: /, "");
  }
}
