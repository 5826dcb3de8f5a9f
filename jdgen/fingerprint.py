"""The one fingerprint of content: what the build's manifest and the check
cache record to tell whether an input changed."""

from __future__ import annotations

import hashlib
from pathlib import Path


def digest(*parts: bytes | str) -> str:
    """A SHA-256 over ``parts``, each length-prefixed so boundaries count."""
    hasher = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "little"))
        hasher.update(data)
    return hasher.hexdigest()


def file_digest(path: Path) -> str:
    """The digest of a file's bytes; a file that cannot be read has one too."""
    try:
        return digest(path.read_bytes())
    except OSError:
        return digest("missing")
