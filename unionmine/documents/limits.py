"""Safety limits for reading input files, each a command-line option (declared in `options`)."""

from __future__ import annotations

from ..options import Limits

MB = 1024 * 1024

__all__ = ["MB", "Limits"]


def readable_size(n: float) -> str:
    """N bytes as a person reads them: "3.2 MB", "1.5 GB"."""
    if n >= 1024 * MB:
        return f"{n / (1024 * MB):.1f} GB"
    return f"{n / MB:.1f} MB"
