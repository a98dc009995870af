"""Small widgets the main window places around the pages."""
