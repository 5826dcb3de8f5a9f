"""A project's own copy of the built-in template, edited in its XML: how the
tests make a template with a mistake in it."""

from __future__ import annotations

import shutil
import zipfile

from jdgen.project import PACKAGED_TEMPLATES


def edit_template(example, old: str, new: str, again: bool = False) -> None:
    """Give the example project its own copy of the default template, edited
    (``again``: edit the copy made before). The same edit gives the same bytes
    (no time in the package), so a template is checked once a session however
    many tests make it."""
    folder = example.root / "templates/default"
    if not again:
        shutil.copytree(PACKAGED_TEMPLATES / "default", folder)
    source = folder / "form.docx"
    with zipfile.ZipFile(source) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    document = parts["word/document.xml"].decode()
    assert old in document
    parts["word/document.xml"] = document.replace(old, new, 1).encode()
    with zipfile.ZipFile(source, "w") as package:
        for name, data in parts.items():
            package.writestr(zipfile.ZipInfo(name), data)
