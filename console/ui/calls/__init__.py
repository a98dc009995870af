"""Pages of the calls area."""
