"""Desktop console for the officers of a police anti-telecom-fraud hotline."""

__version__ = "0.1.0"
