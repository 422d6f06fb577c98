"use server";

import { revalidatePath } from "next/cache";
import {
  changeRole,
  createUser,
  deleteUser,
  newUserSchema,
  passwordSchema,
  resetPassword,
  roleSchema,
} from "@/lib/accounts";
import { requireActionActor } from "@/lib/accounts/next";
import { actionArgs as arg, runAction, type ActionResult } from "@/lib/api";

// The services check the admin role themselves; the session check here is the action's own gate.
export async function addUserAction(input: {
  username: string;
  password: string;
  role: string;
}): Promise<ActionResult<{ username: string }>> {
  return runAction([newUserSchema], [input], async (input) => {
    const user = await createUser(await requireActionActor("admin"), input);
    revalidatePath("/settings/users");
    return { username: user.username };
  });
}

export async function changeRoleAction(userId: string, role: string): Promise<ActionResult<undefined>> {
  return runAction([arg.id, roleSchema], [userId, role], async (userId, role) => {
    await changeRole(await requireActionActor("admin"), userId, role);
    revalidatePath("/settings/users");
    return undefined;
  });
}

export async function resetPasswordAction(userId: string, password: string): Promise<ActionResult<undefined>> {
  return runAction([arg.id, passwordSchema], [userId, password], async (userId, password) => {
    await resetPassword(await requireActionActor("admin"), userId, password);
    return undefined;
  });
}

export async function deleteUserAction(userId: string): Promise<ActionResult<undefined>> {
  return runAction([arg.id], [userId], async (userId) => {
    await deleteUser(await requireActionActor("admin"), userId);
    revalidatePath("/settings/users");
    return undefined;
  });
}
