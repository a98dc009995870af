"""Maintenance commands for developers (translations)."""
