"""Bytes to text for transcripts saved by any tool: UTF-8 (with or without BOM), UTF-16
(with BOM, or recognisable by its zero bytes), Windows-1252 and Latin-1 as the last resort.
Binary files are refused here so that no parser ever sees them."""

from __future__ import annotations

import codecs

from reviewer.errors import InputError

_SAMPLE_BYTES = 8192
# Share of ASCII-range code units in a UTF-16 sample that makes the guess safe.
_UTF16_MIN_SHARE = 0.6
# Share of control bytes (other than tab, newlines, form feed) above which a file is binary.
_BINARY_CONTROL_SHARE = 0.05
_TEXT_CONTROLS = b"\t\n\r\f\x1b"
# Everything but the control bytes, so deleting these leaves only the controls to count.
_NOT_CONTROLS = bytes(range(0x20, 0x100)) + _TEXT_CONTROLS


def decode_transcript(data: bytes, source: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    utf16 = _utf16_without_bom(data[:_SAMPLE_BYTES])
    if utf16:
        return data.decode(utf16, errors="replace")
    if _looks_binary(data[:_SAMPLE_BYTES]):
        raise InputError(
            f"{source} looks like a binary file, not a transcript: export the call as "
            "text (.txt), WebVTT (.vtt), SRT (.srt) or JSON and pass that file."
        )
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1")


def _utf16_without_bom(sample: bytes) -> str | None:
    """Mostly-ASCII text in UTF-16 has a zero byte in every other position."""
    pairs = len(sample) // 2
    if pairs < 4 or b"\x00" not in sample:
        return None
    zeros_high = sum(1 for i in range(pairs) if sample[2 * i + 1] == 0 and sample[2 * i] != 0)
    zeros_low = sum(1 for i in range(pairs) if sample[2 * i] == 0 and sample[2 * i + 1] != 0)
    if zeros_high >= _UTF16_MIN_SHARE * pairs:
        return "utf-16-le"
    if zeros_low >= _UTF16_MIN_SHARE * pairs:
        return "utf-16-be"
    return None


def _looks_binary(sample: bytes) -> bool:
    if b"\x00" in sample:
        return True
    controls = len(sample.translate(None, _NOT_CONTROLS))
    return controls > _BINARY_CONTROL_SHARE * len(sample)
