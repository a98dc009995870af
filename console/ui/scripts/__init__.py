"""Pages of the scripts area."""
