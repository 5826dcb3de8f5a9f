"""The work of one build process: load specs, and turn a valid spec into its
documents. A build runs it in-process or once per worker of a process pool;
either way the template is prepared once and reused for every document."""

from __future__ import annotations

import signal
from dataclasses import dataclass
from pathlib import Path

from jdgen.diagnostics import Diagnostic
from jdgen.i18n.catalog import CatalogFolder
from jdgen.labels import LabelSet
from jdgen.localize import document_properties, localize
from jdgen.manifest import translations_digest
from jdgen.output import document_path, write_atomically
from jdgen.render.template import PreparedTemplate, RenderError
from jdgen.spec.collection import LoadedSpec
from jdgen.spec.validate import load_spec


@dataclass(frozen=True)
class ProducerSetup:
    """What a producer needs; small and picklable, sent once to each worker."""

    template_folder: Path
    template_display: str
    catalogs_folder: Path
    catalogs_display: str
    output: Path
    output_display: str
    draft: bool = False
    """Build documents with untranslated texts, marking each gap."""


@dataclass(frozen=True)
class Produced:
    """One document: written, found unchanged, or the reasons it was not made."""

    language: str
    path: Path
    status: str
    """``built``, ``unchanged`` (its translations did not change after all) or ``failed``."""
    diagnostics: list[Diagnostic]
    translations: str = ""
    size: int = 0


@dataclass(frozen=True)
class Task:
    """The documents of one spec to make; ``known`` maps a language to the
    translations fingerprint of its existing, otherwise up-to-date output."""

    entry: LoadedSpec
    languages: list[str]
    known: dict[str, str]


def load(path: Path, display_path: str) -> tuple[LoadedSpec | None, list[Diagnostic]]:
    """Load and validate one spec file."""
    spec, loaded, diagnostics = load_spec(path, display_path)
    return (LoadedSpec(spec, loaded) if spec is not None else None), diagnostics


class Producer:
    """Renders and writes the documents of valid specs."""

    def __init__(self, setup: ProducerSetup) -> None:
        self.setup = setup
        self.template = PreparedTemplate.load(setup.template_folder, setup.template_display)
        self.labels = LabelSet.load(setup.template_folder, setup.template_display)
        self.catalogs = CatalogFolder(setup.catalogs_folder, setup.catalogs_display)

    def produce(self, task: Task) -> list[Produced]:
        """Make ``task``'s documents."""
        return [self._one(task.entry, language, task.known.get(language)) for language in task.languages]

    def _one(self, entry: LoadedSpec, language: str, known: str | None) -> Produced:
        target = document_path(self.setup.output, language, entry.spec.id)
        localized = localize(entry, self.labels, language, self.catalogs, self.setup.draft)
        warnings = localized.diagnostics
        if localized.context is None:
            return Produced(language, target, "failed", warnings)
        translations = translations_digest(localized.lookups)
        if translations == known and target.is_file():
            return Produced(language, target, "unchanged", warnings, translations, target.stat().st_size)
        try:
            data = self.template.render(localized.context, document_properties(localized.context, entry.spec))
            write_atomically(target, data)
        except RenderError as error:
            problem = Diagnostic(entry.loaded.path, None, f"cannot render ({language}): {error}")
            return Produced(language, target, "failed", [problem])
        except OSError as error:
            shown = f"{self.setup.output_display}/{target.relative_to(self.setup.output).as_posix()}"
            return Produced(language, target, "failed", [Diagnostic(shown, None, f"cannot write: {error.strerror}")])
        return Produced(language, target, "built", warnings, translations, len(data))


_worker: Producer | None = None


def start_worker(setup: ProducerSetup) -> None:
    """Process-pool initializer: prepare this worker's producer once.

    Workers ignore Ctrl-C: the main process stops the build and lets each
    worker finish the document it is writing.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    use_producer(Producer(setup))


def use_producer(producer: Producer) -> None:
    """Make ``producer`` the one ``produce_in_worker`` uses in this process."""
    global _worker
    _worker = producer


def produce_in_worker(task: Task) -> list[Produced]:
    return _worker.produce(task)
