"""Safety limits for reading input files, each a command-line option."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Safety limits; each maps to a command-line option named in the refusal message."""

    max_file_mb: float = 100
    max_expansion_ratio: float = 100
    max_uncompressed_mb: float = 200
    max_line_chars: int = 1_000_000


def _size(n: float) -> str:
    if n >= 1024 * MB:
        return f"{n / (1024 * MB):.1f} GB"
    return f"{n / MB:.1f} MB"
