import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { buildOpenApiDocument } from "@/lib/api";
import { appVersion } from "@/lib/system";

export const metadata: Metadata = { title: "API" };

interface Operation {
  summary: string;
  description: string;
  parameters: { name: string; in: string; required: boolean }[];
  requestBody?: { content: { "application/json": { schema: unknown } } };
  responses: Record<string, { content?: { "application/json": { schema: unknown } } }>;
}

const methodColour: Record<string, string> = {
  get: "bg-sky-600 text-white",
  post: "bg-emerald-600 text-white",
  put: "bg-amber-600 text-white",
  patch: "bg-amber-600 text-white",
  delete: "bg-red-600 text-white",
};

export default function ApiDocsPage() {
  const document = buildOpenApiDocument(appVersion);
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation: operation as Operation })),
  );
  return (
    <>
      <PageHeader
        title="API"
        description="REST API v1. Authenticate with an API key from your profile, sent as X-Api-Key or Authorization: Bearer."
        actions={
          <a className="text-sm underline underline-offset-4" href="/api/v1/openapi.json">
            openapi.json
          </a>
        }
      />
      <div className="grid gap-4 [&>*]:min-w-0">
        {operations.map(({ path, method, operation }) => {
          const [status, ok] = Object.entries(operation.responses)[0];
          return (
            <Card key={`${method} ${path}`}>
              <CardHeader>
                <CardTitle className="flex flex-wrap items-center gap-2 font-mono text-sm">
                  <Badge className={methodColour[method]}>{method.toUpperCase()}</Badge>
                  <span className="break-all">{path}</span>
                </CardTitle>
                <CardDescription className="[overflow-wrap:anywhere]">
                  {operation.summary}. {operation.description}
                </CardDescription>
              </CardHeader>
              <CardContent className="grid gap-3 text-sm [&>*]:min-w-0">
                {operation.parameters.length > 0 && (
                  <p>
                    Parameters:{" "}
                    {operation.parameters.map((p) => (
                      <code key={p.name} className="mr-2 [overflow-wrap:anywhere]">
                        {p.name} ({p.in}
                        {p.required ? ", required" : ""})
                      </code>
                    ))}
                  </p>
                )}
                {operation.requestBody && (
                  <details>
                    <summary className="cursor-pointer">Request body</summary>
                    <pre className="mt-2 overflow-x-auto rounded bg-muted p-3 text-xs">
                      {JSON.stringify(operation.requestBody.content["application/json"].schema, null, 2)}
                    </pre>
                  </details>
                )}
                <details>
                  <summary className="cursor-pointer">Response {status}</summary>
                  <pre className="mt-2 overflow-x-auto rounded bg-muted p-3 text-xs">
                    {JSON.stringify(ok.content?.["application/json"].schema ?? null, null, 2)}
                  </pre>
                </details>
              </CardContent>
            </Card>
          );
        })}
      </div>
    </>
  );
}
