"""Pages of the warnings area."""
