"""LibreOffice, run headless: where it is, and one conversion run in a
profile folder of its own (so it neither meets a user's open LibreOffice nor
leaves anything in their home folder). The build's PDF copies and the
import's old-format files both convert through here."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

INSTALL = ("install it (Debian or Ubuntu: apt-get install libreoffice-writer-nogui fonts-noto-cjk; "
           "macOS: brew install --cask libreoffice; Windows: libreoffice.org) and make sure 'soffice' is on the PATH")


class OfficeMissing(Exception):
    """No LibreOffice on this machine."""


class OfficeTimeout(Exception):
    """A LibreOffice run that did not finish in the time allowed."""


def find_office() -> str:
    """The LibreOffice command; OfficeMissing when there is none."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    raise OfficeMissing("LibreOffice was not found")


def run_office(office: str, documents: list[Path], to_format: str, outdir: Path, timeout: float) -> str | None:
    """Convert ``documents`` into ``outdir`` as ``to_format`` (a LibreOffice
    filter such as ``pdf``) in one run; what went wrong with the run as a
    whole, if anything; OfficeTimeout when it did not finish in ``timeout``
    seconds. Which documents were made is read from ``outdir``."""
    with tempfile.TemporaryDirectory(prefix="jdgen-office-") as profile:
        command = [office, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
                   "--convert-to", to_format, "--outdir", str(outdir), *map(str, documents)]
        try:
            finished = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "HOME": profile},
                                      timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise OfficeTimeout(f"LibreOffice did not finish in {timeout:.0f} s") from None
    return (finished.stderr.strip().splitlines() or ["LibreOffice failed"])[-1] if finished.returncode else None
