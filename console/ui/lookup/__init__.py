"""Pages of the lookup area."""
