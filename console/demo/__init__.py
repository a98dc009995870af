"""The synthetic demo data: `python -m console.demo --db PATH --years N`."""
