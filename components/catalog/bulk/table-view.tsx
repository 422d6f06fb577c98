"use client";

import dynamic from "next/dynamic";

/** The table's code (TanStack Table) loads only where the table is shown, not with the poster grid. */
export const TableView = dynamic(() => import("./catalog-table").then((m) => m.CatalogTable));
