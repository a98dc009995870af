"""Pages of the stats area."""
