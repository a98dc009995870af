"""Small helpers to put warnings in a test database (through the model functions, not raw rows)."""

from __future__ import annotations

from console.models.warnings.handling import create_warning


def add_warning(db, user, clock, *, minutes_ago: int, level: str = "red", phone: str | None = None,
                fraud_type: str = "", district: str = "", name: str = "", fraud_number: str = "") -> int:
    from datetime import timedelta

    from console.models.core.clock import iso

    add_warning.n = getattr(add_warning, "n", 0) + 1
    received = iso(clock.now() - timedelta(minutes=minutes_ago))
    return create_warning(db, user, clock=clock, phone=phone or f"1380000{add_warning.n:04d}", received_at=received,
                          level=level, fraud_type=fraud_type, district=district, person_name=name,
                          fraud_number=fraud_number or f"0712{add_warning.n:07d}")
