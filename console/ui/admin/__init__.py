"""Pages of the admin area."""
