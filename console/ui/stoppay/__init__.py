"""Pages of the stoppay area."""
