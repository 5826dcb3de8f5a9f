"""The work of one build process: load a spec and turn it, if valid, into its
documents. A build runs it in-process or once per worker of a process pool;
either way the template is prepared once and reused for every document, and
a spec travels to a worker as a path, not as data."""

from __future__ import annotations

import signal
from pathlib import Path

from jdgen.building.manifest import translations_digest
from jdgen.building.register import register_row
from jdgen.building.report import Status
from jdgen.building.work import Outcome, Produced, ProducerSetup, Task
from jdgen.checking.template import hidden_fields
from jdgen.diagnostics import Diagnostic
from jdgen.i18n.catalog import CatalogFolder
from jdgen.jobspec.collection import LoadedSpec
from jdgen.jobspec.validate import load_spec
from jdgen.labels import LabelSet
from jdgen.localize import document_properties, draft_notice, localize
from jdgen.output import document_path, stage
from jdgen.render.template import PreparedTemplate, RenderError


class Producer:
    """Loads specs and renders their documents into staging files.

    A document is staged, not put in place, because only the build as a whole
    can tell whether the spec's id is unique (jdgen.building.commit).
    """

    def __init__(self, setup: ProducerSetup) -> None:
        self.setup = setup
        self.forms = {name: Form(folder, shown) for name, (folder, shown) in setup.templates.items()}
        """The templates of the tasks, each prepared once."""
        self.catalogs = CatalogFolder(setup.catalogs_folder, setup.catalogs_shown)

    def run(self, task: Task) -> Outcome:
        """Load ``task``'s spec and make its documents."""
        spec, loaded, diagnostics = load_spec(task.path, task.shown, self.setup.source_language,
                                              self.setup.root, self.setup.positions)
        if spec is None or loaded is None:
            return Outcome(task.shown, None, diagnostics, [])
        entry = LoadedSpec(spec, loaded)
        form = self.forms[task.template]
        produced = [self._one(entry, form, language, task.known) for language in task.outputs]
        row = register_row(entry, self.catalogs, list(self.setup.languages), task.template)
        return Outcome(task.shown, spec.id, diagnostics, produced, loaded.position_of(("id",)), row)

    def _one(self, entry: LoadedSpec, form: Form, language: str, known: dict[str, str]) -> Produced:
        localized = localize(entry, form.labels, language, self.catalogs, self.setup.draft, self.setup.english,
                             form.hidden)
        target = document_path(self.setup.output, language, entry.spec.id, localized.draft)
        warnings = localized.diagnostics
        if localized.context is None:
            return Produced(language, target, Status.FAILED, warnings)
        translations = translations_digest(localized.lookups)
        relative = target.relative_to(self.setup.output).as_posix()
        if known.get(relative) == translations and target.is_file():
            return Produced(language, target, Status.UNCHANGED, warnings, translations, target.stat().st_size,
                            draft=localized.draft)
        notice = draft_notice(localized.context) if localized.draft else None
        try:
            properties = document_properties(localized.context, entry.spec, draft=localized.draft)
            data = form.template.render(localized.context, properties, notice)
            staged = stage(target, data)
        except RenderError as error:  # the template's problem, once for all the specs it meets: the documents stay
            problem = Diagnostic(form.template.shown_path, None, f"{error.where}: cannot render: {error.problem}",
                                 code="template-render", used_by=f"{entry.loaded.path} ({language})")
            return Produced(language, target, Status.FAILED, [problem], unwritten=True)
        except OSError as error:
            reason = error.strerror
            if target.parent.exists() and not target.parent.is_dir():
                reason = f"{self.setup.shown(relative.rpartition('/')[0])} is a file, not a folder"
            problem = Diagnostic(self.setup.shown(relative), None, f"cannot write: {reason}", code="output-write")
            return Produced(language, target, Status.FAILED, [problem], unwritten=True)
        return Produced(language, target, Status.BUILT, warnings, translations, len(data), staged, localized.draft)


class Form:
    """One template as the producer uses it: prepared, its labels, the fields it does not show."""

    def __init__(self, folder: Path, shown: str) -> None:
        self.template = PreparedTemplate.load(folder, shown)
        self.labels = LabelSet.load(folder, shown)
        self.hidden = hidden_fields(folder, shown)
        """The spec's fields the template does not show: their texts need no translation."""


_worker: Producer | None = None


def start_worker(setup: ProducerSetup) -> None:
    """Process-pool initializer: prepare this worker's producer once.

    Workers ignore Ctrl-C: the main process stops the build and lets each
    worker finish the document it is writing.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    use_producer(Producer(setup))


def use_producer(producer: Producer) -> None:
    """Make ``producer`` the one ``run_in_worker`` uses in this process."""
    global _worker
    _worker = producer


def run_in_worker(task: Task) -> Outcome:
    assert _worker is not None, "start_worker or use_producer first"
    return _worker.run(task)
