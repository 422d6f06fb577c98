import type { RefObject } from "react";
import type { QueueItem } from "@/lib/downloads";

/** What every queue-row dialog gets: the download, its open state, and the button to focus when it closes. */
export interface RowDialogProps {
  item: QueueItem;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  returnFocus: RefObject<HTMLButtonElement | null>;
}

/** Radix focuses what had focus before the dialog opened (a menu item, gone by then): the row's menu button instead. */
export function focusBack(returnFocus: RowDialogProps["returnFocus"]) {
  return (event: Event) => {
    event.preventDefault();
    returnFocus.current?.focus();
  };
}
