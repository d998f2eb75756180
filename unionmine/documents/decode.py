"""Decode bytes to text in a fixed, explainable order of encodings."""

from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import InputError, UsageError
from ..text.normalize import CJK_RE, LEGACY_ENCODINGS, POOR_PLAUSIBILITY, plausibility


def read_user_text(path: Path, what: str, zh: str | None = None) -> str:
    """Read a small text file the user names (metadata, lists) in whatever encoding it is in.

    A problem is the user's to fix, so it is a UsageError naming WHAT and PATH; ZH is the key of its
    Chinese (``cli_text.metadata_unreadable``), filled with the path.
    """
    said = (zh, {"path": path}) if zh else None
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read the {what} {path}: {exc.strerror}", zh=said) from exc
    try:
        text, _, _ = decode_bytes(data)
    except InputError as exc:
        raise UsageError(f"the {what} {path} is not readable text: {exc.reason}", zh=said) from exc
    return text  # not normalised: a CSV's commas must stay commas


# ---------------------------------------------------------------------------------------------
# Decoding plain text
# ---------------------------------------------------------------------------------------------

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (b"\x84\x31\x95\x33", "gb18030"),  # the GB18030 BOM (U+FEFF encoded)
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def strict_decode(data: bytes, encoding: str) -> str | None:
    """DATA decoded as ENCODING without a replaced byte, or None."""
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def best_legacy(data: bytes) -> tuple[str, str] | None:
    """The most plausible strict legacy decoding; GB18030 wins unless another is clearly better."""
    best: tuple[float, str, str] | None = None
    for encoding in LEGACY_ENCODINGS:
        if best is not None and encoding in ("cp950", "big5hkscs") and best[2] in ("big5", "cp950"):
            continue  # cp950 only matters when strict Big5 failed, Big5-HKSCS when both did
        text = strict_decode(data, encoding)
        if text is None:
            continue
        score = plausibility(text) - (0 if encoding == "gb18030" else 0.05)
        if best is None or score > best[0]:
            best = (score, text, encoding)
    return (best[1], best[2]) if best else None


def _utf16_without_bom(data: bytes) -> str | None:
    """The UTF-16 variant that the NUL pattern points to (each ASCII character has one NUL).

    NULs all on one side of the byte pairs, and a decoding that reads as text: UTF-16.
    """
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:20_000]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    # Hanzi such as 一 (U+4E00) put a few NULs on the other side; plausibility decides.
    if even + odd == 0 or min(even, odd) > 0.25 * (even + odd):
        return None
    encoding = "utf-16-le" if odd > even else "utf-16-be"
    text = data[: len(sample)].decode(encoding, errors="replace")
    return encoding if plausibility(text) >= 0.8 else None


def _looks_binary(data: bytes) -> str | None:
    sample = data[:65_536]
    if b"\x00" in sample:
        return "binary file, not text (NUL bytes)"
    controls = sum(
        sample.count(bytes((c,))) for c in (*range(0x01, 0x09), 0x0E, 0x0F, *range(0x10, 0x1B))
    )
    if controls > max(8, len(sample) // 20):
        return "binary file, not text (control bytes)"
    return None


def decode_bytes(data: bytes) -> tuple[str, str, list[str]]:
    """Decode plain-text bytes: returns (text, encoding name, warnings). Raises InputError.

    The order makes detector mistakes impossible for valid input: BOM, strict UTF-8, UTF-16 by
    the NUL pattern, strict GB18030 or Big5 (whichever reads as more plausible Chinese), line
    by line for mixed files, and charset-normalizer only when nothing decodes cleanly.
    """
    warnings: list[str] = []
    for bom, encoding in BOMS:
        if data.startswith(bom):
            body = data[len(bom) :] if encoding == "gb18030" else data
            text = strict_decode(body, encoding)
            if text is None:
                text = body.decode(encoding, errors="replace")
                _warn_replacements(text, warnings)
            return (
                text.lstrip("\ufeff"),
                "utf-8-sig" if encoding == "utf-8-sig" else encoding,
                warnings,
            )

    text = strict_decode(data, "utf-8")
    if text is not None:
        if not text.isascii() and not CJK_RE.search(text):
            # Short GB text can be valid UTF-8 by chance ("一" is D2 BB, Cyrillic "һ" in UTF-8).
            legacy = strict_decode(data, "gb18030")
            if (
                legacy
                and CJK_RE.search(legacy)
                and plausibility(legacy) > max(0.95, plausibility(text) + 0.3)
            ):
                return legacy, "gb18030", warnings
        return text, "utf-8", warnings

    utf16 = _utf16_without_bom(data)
    if utf16:
        text = strict_decode(data, utf16)
        if text is None:
            text = data.decode(utf16, errors="replace")
            _warn_replacements(text, warnings)
        return text, utf16, warnings

    reason = _looks_binary(data)
    if reason:
        raise InputError(reason)

    return _decode_legacy(data, warnings)


def _warn_replacements(text: str, warnings: list[str]) -> None:
    n = text.count("\ufffd")
    if n:
        warnings.append(f"decoded with replacement characters in {n} places (invalid bytes)")


def _decode_legacy(data: bytes, warnings: list[str]) -> tuple[str, str, list[str]]:
    lines = data.splitlines(keepends=True)
    utf8_lines: dict[int, str] = {}
    other: list[bytes] = []
    for i, line in enumerate(lines):
        if line.isascii():
            continue
        decoded = strict_decode(line, "utf-8")
        if decoded is not None:
            utf8_lines[i] = decoded
        else:
            other.append(line)

    chosen = best_legacy(b"".join(other))
    if not utf8_lines and len(data) % 2 == 0:
        # UTF-16 without BOM and without ASCII has no NUL pattern: keep it if it reads far better.
        legacy_score = plausibility(chosen[0]) if chosen else 0.0
        for encoding in ("utf-16-le", "utf-16-be"):
            text = strict_decode(data, encoding)
            if text is not None and plausibility(text) > max(0.9, legacy_score + 0.2):
                return text, encoding, warnings
    if chosen is not None and not utf8_lines:
        whole = strict_decode(data, chosen[1])  # ASCII-only lines were left out of the choice
        if whole is not None:
            score = plausibility(whole)
            if score < POOR_PLAUSIBILITY:
                warnings.append(
                    f"decoded as {chosen[1].upper()} but only {score:.0%} reads as common Chinese "
                    "or ASCII; the file may be in another encoding (e.g. Japanese): check the text"
                )
            return whole, chosen[1], warnings
    legacy = chosen[1] if chosen else "gb18030"

    # Mixed or damaged: decode line by line so that no part is lost.
    parts: list[str] = []
    used: dict[str, int] = {}
    for i, line in enumerate(lines):
        if line.isascii():
            parts.append(line.decode("ascii"))
            continue
        as_legacy = strict_decode(line, legacy)
        as_utf8 = utf8_lines.get(i)
        if as_utf8 is not None and (
            as_legacy is None or plausibility(as_utf8) >= plausibility(as_legacy)
        ):
            parts.append(as_utf8)
            used["utf-8"] = used.get("utf-8", 0) + 1
            continue
        if as_legacy is None:
            alt = best_legacy(line)
            if alt is not None:
                as_legacy, enc = alt
            else:
                as_legacy, enc = line.decode(legacy, errors="replace"), legacy
        else:
            enc = legacy
        parts.append(as_legacy)
        used[enc] = used.get(enc, 0) + 1
    text = "".join(parts)
    n_bad = text.count("\ufffd")

    if n_bad and n_bad > 0.05 * len(text):
        guessed = _detector(data)
        if guessed is not None and guessed[0].count("\ufffd") < n_bad:
            warnings.append(
                f"encoding guessed by charset-normalizer as {guessed[1]}; check the text"
            )
            return guessed[0], guessed[1], warnings

    _warn_replacements(text, warnings)
    if len(used) > 1:
        detail = ", ".join(f"{n} lines {enc.upper()}" for enc, n in sorted(used.items()))
        warnings.append(f"mixed encodings in one file ({detail}); each line decoded on its own")
        return text, "mixed:" + "+".join(sorted(used)), warnings
    return text, next(iter(used), legacy), warnings


def _detector(data: bytes) -> tuple[str, str] | None:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # noqa: BLE001 - a detector failure only means "no guess"
        return None
    if best is None or best.encoding is None:
        return None
    return str(best), best.encoding
