"""The early-warning (预警) queue: import, queue queries, handling, SMS, station dispatch and figures.

Import modules of this package by their full name (`console.models.warnings.queue`); the package name
never stands for Python's own `warnings` module.
"""
