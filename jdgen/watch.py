"""``jdgen watch``: build, then build again whenever a spec, catalog or
template is saved, until interrupted."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from jdgen.project import Project

WATCHED_SUFFIXES = (".yaml", ".yml", ".po", ".docx")


def changes(project: Project, paths: list[Path], output: Path) -> Iterator[set[str]]:
    """Yield the set of changed files each time some are saved (debounced).

    Watches the spec paths, ``translations/`` and ``templates/``; the output
    folder and editors' temporary files are ignored.
    """
    import watchfiles

    roots = [path for path in (paths or [project.root / "specs"]) if path.exists()]
    roots += [folder for folder in (project.translations, project.root / "templates") if folder.is_dir()]
    ignored = output.resolve()

    def relevant(_change, name: str) -> bool:
        path = Path(name)
        return (path.suffix in WATCHED_SUFFIXES and not path.name.startswith((".", "~$"))
                and ignored not in path.resolve().parents)

    for batch in watchfiles.watch(*roots, watch_filter=relevant, raise_interrupt=False):
        yield {name for _, name in batch}


def watch(project: Project, paths: list[Path], output: Path, rebuild: Callable[[], bool],
          announce: Callable[[str], None]) -> None:
    """Build now and after every change; a bad spec is reported, never fatal.

    ``rebuild`` returns False when it was interrupted, which ends the watch.
    """
    if not rebuild():
        return
    announce("watching for changes (Ctrl-C to stop)")
    for changed in changes(project, paths, output):
        names = ", ".join(sorted(project.display(Path(name)) for name in changed))
        announce(f"changed: {names}")
        if not rebuild():
            return
    announce("stopped watching")
