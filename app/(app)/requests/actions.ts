"use server";

import { revalidatePath } from "next/cache";
import { requireActionActor } from "@/lib/accounts/next";
import { actionArgs as arg, runAction, type ActionResult } from "@/lib/api";
import {
  approveRequest,
  approveRequestInput,
  bulkDecisionInput,
  createRequest,
  declineRequest,
  declineRequestInput,
  decideRequests,
  deleteRequest,
  reportProblem,
  reportProblemInput,
  requestSettingsInput,
  resolveProblem,
  resolveProblemInput,
  updateRequestSettings,
  createRequestInput,
  type ApproveRequestInput,
  type BulkDecisionInput,
  type BulkDecisionResult,
  type CreateRequestInput,
  type DeclineRequestInput,
  type ReportProblemInput,
  type RequestSettingsInput,
  type ResolveProblemInput,
} from "@/lib/requests";

// The services check roles themselves; requireActionActor is each action's own session gate.

export async function createRequestAction(
  input: CreateRequestInput,
): Promise<ActionResult<{ id: string; title: string; status: string }>> {
  return runAction([createRequestInput], [input], async (input) => {
    const request = await createRequest(await requireActionActor("request"), input);
    revalidatePath("/requests");
    return { id: request.id, title: request.title, status: request.status };
  });
}

export async function approveRequestAction(id: string, input: ApproveRequestInput): Promise<ActionResult> {
  return runAction([arg.id, approveRequestInput], [id, input], async (id, input) => {
    await approveRequest(await requireActionActor("admin"), id, input);
    revalidatePath("/requests");
    return undefined;
  });
}

export async function declineRequestAction(id: string, input: DeclineRequestInput): Promise<ActionResult> {
  return runAction([arg.id, declineRequestInput], [id, input], async (id, input) => {
    await declineRequest(await requireActionActor("admin"), id, input);
    revalidatePath("/requests");
    return undefined;
  });
}

export async function decideRequestsAction(input: BulkDecisionInput): Promise<ActionResult<BulkDecisionResult[]>> {
  return runAction([bulkDecisionInput], [input], async (input) => {
    const results = await decideRequests(await requireActionActor("admin"), input);
    revalidatePath("/requests");
    return results;
  });
}

export async function deleteRequestAction(id: string): Promise<ActionResult> {
  return runAction([arg.id], [id], async (id) => {
    await deleteRequest(await requireActionActor("request"), id);
    revalidatePath("/requests");
    return undefined;
  });
}

export async function reportProblemAction(id: string, input: ReportProblemInput): Promise<ActionResult> {
  return runAction([arg.id, reportProblemInput], [id, input], async (id, input) => {
    await reportProblem(await requireActionActor("request"), id, input);
    revalidatePath("/requests");
    return undefined;
  });
}

export async function resolveProblemAction(id: string, input: ResolveProblemInput): Promise<ActionResult> {
  return runAction([arg.id, resolveProblemInput], [id, input], async (id, input) => {
    await resolveProblem(await requireActionActor("admin"), id, input);
    revalidatePath("/requests");
    return undefined;
  });
}

export async function saveRequestSettingsAction(input: RequestSettingsInput): Promise<ActionResult> {
  return runAction([requestSettingsInput], [input], async (input) => {
    await updateRequestSettings(await requireActionActor("admin"), input);
    revalidatePath("/requests");
    return undefined;
  });
}
