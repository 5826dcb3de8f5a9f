"""``jdgen watch``: build, then build again whenever a spec, catalog,
template, shared file or the project's settings (``jdgen.toml``,
``fields.yaml``) are saved, until interrupted."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from jdgen.project import Project
from jdgen.settings import SETTINGS_FILE

WATCHED_SUFFIXES = (".yaml", ".yml", ".po", ".docx")
READY_AFTER_MS = 300
"""How long the watcher waits before telling it is in place (and between idle checks)."""


def changes(project: Project, paths: list[Path], output: Path) -> Iterator[set[str]]:
    """Yield the set of changed files each time some are saved (debounced);
    first, an empty set as soon as the watch is in place.

    Watches the spec paths, ``translations/``, ``templates/`` and ``shared/``,
    and the settings files at the project's root; the output folder and
    editors' temporary files are ignored.
    """
    import watchfiles

    content = [path.resolve() for path in (paths or [project.root / "specs"])]
    content += [folder.resolve() for folder in (project.translations, project.root / "templates",
                                                project.root / "shared")]
    settings = {(project.root / SETTINGS_FILE).resolve(), project.fields_file.resolve()}
    root = project.root.resolve()
    roots = [root, *(path for path in content if path.exists() and root not in (path, *path.parents))]
    ignored = output.resolve()

    def relevant(_change, name: str) -> bool:
        path = Path(name).resolve()
        if path in settings:
            return True
        return (path.suffix.lower() in WATCHED_SUFFIXES and not path.name.startswith((".", "~$"))
                and ignored not in path.parents and any(folder in (path, *path.parents) for folder in content))

    ready = False
    for batch in watchfiles.watch(*roots, watch_filter=relevant, raise_interrupt=False,
                                  rust_timeout=READY_AFTER_MS, yield_on_timeout=True):
        if batch or not ready:
            ready = True
            yield {name for _, name in batch}


def watch(project: Project, paths: list[Path], output: Path, rebuild: Callable[[], bool],
          announce: Callable[[str], None]) -> None:
    """Build now and after every change; a bad spec is reported, never fatal.
    Only Ctrl-C ends it (``rebuild`` returns False when it was interrupted).
    """
    if not rebuild():
        return
    for changed in changes(project, paths, output):
        if not changed:
            announce("watching for changes (Ctrl-C to stop)")
            continue
        names = ", ".join(sorted(project.shown(Path(name)) for name in changed))
        announce(f"changed: {names}")
        if not rebuild():
            return
    announce("stopped watching")
