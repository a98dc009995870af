"""The domain: records, storage and rules. Never imports Qt widgets."""
