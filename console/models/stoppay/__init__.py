"""stoppay."""
