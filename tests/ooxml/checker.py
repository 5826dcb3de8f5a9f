"""The Word-rule checker (jdgen.render.word_rules) on the command line:
``python -m tests.ooxml.checker FILE.docx...`` prints each file's
violations and exits 1 if there are any."""

from __future__ import annotations

import sys
from pathlib import Path

from jdgen.render.word_rules import check_docx


def main(paths: list[str]) -> int:
    """Print the violations of each file; 1 if there are any."""
    found = False
    for path in paths:
        for violation in check_docx(Path(path).read_bytes()):
            print(f"{path}: {violation}")
            found = True
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
