export interface BulkOption {
  value: string;
  label: string;
}

/** What the bulk editor offers, computed on the server (client code never imports lib/). */
export interface BulkOptions {
  profiles: BulkOption[];
  libraries: BulkOption[];
  /** Tags already used on titles of this kind (suggestions). */
  tags: string[];
  /** Movies: when a movie counts as available. */
  minimumAvailability?: BulkOption[];
  /** Series: which episodes to monitor, and the series type. */
  monitorModes?: BulkOption[];
  seriesTypes?: BulkOption[];
}
