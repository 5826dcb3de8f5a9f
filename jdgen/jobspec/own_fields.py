"""A project's own fields: declared in ``fields.yaml`` at the project's root
(name, zh/en labels, type, required or not), read strictly, and the spec
model that accepts them under ``custom:``.

The project's model is ``JobSpec`` with one more field, ``custom``, whose
model is made from the declarations. Everything that walks the model
(validation and its located errors, the texts a catalog holds, the editor's
JSON Schema, the importer's labels) then sees the own fields as it sees the
built-in ones.
"""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal

from pydantic import AfterValidator, Field, StringConstraints, TypeAdapter, ValidationError, create_model

from jdgen.defaults import FIELDS_FILE
from jdgen.diagnostics import Diagnostic, JdgenError, count_errors
from jdgen.fields import About, Format
from jdgen.jobspec.model import Date, JobSpec, Number, PlainText, SpecModel, Text, Translations
from jdgen.yamlfile.reader import read_yaml
from jdgen.yamlfile.validation import ErrorCodes, pydantic_diagnostic

CUSTOM = "custom"
"""The key of a spec under which a project's own fields are written."""

FieldType = Literal["text", "texts", "code", "number", "date"]
"""A text (translated), a list of texts, a code (the same in every language,
never translated), a number, a date."""

FIELD_NAME_PATTERN = r"^[a-z][a-z0-9_]{0,39}$"
"""A field's name: what a template writes after ``custom.``."""


def _compiles(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as error:
        raise ValueError(f"{pattern!r} is not a regular expression: {error}") from None
    return pattern


class FieldDeclaration(SpecModel):
    """One field of the project's own, as ``fields.yaml`` declares it."""

    label: Annotated[Translations, Field(min_length=1)]
    """The form's label in each language: ``{zh: 班次, en: Shift}``."""
    type: FieldType = "text"
    required: bool = False
    format: Annotated[str, AfterValidator(_compiles)] | None = None
    """For a code: the regular expression its value matches whole."""
    example: PlainText | None = None
    """A value of the right form, shown in messages and by the editor."""
    imported: list[PlainText] = []
    """Other labels forms use for the field (the importer reads them too)."""
    description: PlainText | None = None

    def label_in(self, language: str) -> str:
        """The label in ``language``, else in the first language it is given in."""
        return self.label.get(language) or next(iter(self.label.values()))

    @property
    def title(self) -> str:
        return " / ".join(dict.fromkeys(self.label.values()))


FieldName = Annotated[str, StringConstraints(pattern=FIELD_NAME_PATTERN)]


@functools.cache
def _declarations() -> TypeAdapter[dict[str, FieldDeclaration]]:
    """The validator of ``fields.yaml`` (made when a project has one, as making it costs)."""
    return TypeAdapter(dict[FieldName, FieldDeclaration])


_CODES = ErrorCodes.one("fields-invalid")


@dataclass(frozen=True)
class OwnFields:
    """The fields a project declares, in the order they are written."""

    declared: dict[str, FieldDeclaration]


def read_own_fields(root: Path, shown: str = FIELDS_FILE) -> OwnFields | None:
    """The project's own fields (None without ``fields.yaml``); raise
    JdgenError with every problem of the file."""
    path = root / FIELDS_FILE
    if not path.exists():
        return None
    loaded = read_yaml(path, shown)
    problems = list(loaded.diagnostics)
    if loaded.data is None or not isinstance(loaded.data, dict):
        problems.append(loaded.diagnostic((), "fields.yaml must be a mapping of field names to their "
                                              "declarations (label, type, required)", code="fields-invalid"))
        raise JdgenError(problems)
    try:
        declared = _declarations().validate_python(loaded.data)
    except ValidationError as error:
        problems += [_declaration_problem(item, loaded) for item in error.errors()]
        raise JdgenError(problems) from None
    for name, declaration in declared.items():
        if name in RESERVED_NAMES or name.startswith("model_"):
            problems.append(loaded.diagnostic((name,), f"{name!r} is a name templates cannot reach as "
                                              f"custom.{name} (it is a method's); choose another", (), key=True,
                                              code="fields-invalid"))
        if declaration.format is not None and declaration.type != "code":
            problems.append(loaded.diagnostic((name, "format"), "only a field of type 'code' has a format",
                                              code="fields-invalid"))
        if declaration.format and declaration.example and not re.fullmatch(declaration.format, declaration.example):
            problems.append(loaded.diagnostic((name, "example"), f"the example {declaration.example!r} does not "
                                              "have the field's format", code="fields-invalid"))
    if count_errors(problems):
        raise JdgenError(problems)
    return OwnFields(declared)


def _declaration_problem(item: Any, loaded) -> Diagnostic:
    loc = item["loc"]
    if item["type"] == "string_pattern_mismatch" and len(loc) == 2 and loc[1] == "[key]":
        return loaded.diagnostic((loc[0],), f"{loc[0]!r} is not a field name: use lower-case ASCII letters, digits "
                                            "and '_', starting with a letter (a template writes custom.<name>)",
                                 (), key=True, code="fields-invalid")
    if item["type"] == "extra_forbidden" and len(loc) == 2:
        message = f"unknown key {loc[1]!r}"
        suggestion = difflib.get_close_matches(str(loc[1]), list(FieldDeclaration.model_fields), n=1)
        if suggestion:
            message += f" (did you mean {suggestion[0]!r}?)"
        return loaded.diagnostic(loc, message, loc[:1], key=True, code="fields-invalid")
    return pydantic_diagnostic(item, loaded, _CODES)


RESERVED_NAMES = frozenset(dir(dict)) | {"declared", "declarations"}
"""Names a template's ``custom.<name>`` would read as a method of the mapping
(Jinja looks for an attribute first), or that the model keeps for itself."""


class CustomPart(SpecModel):
    """The base of a project's ``custom`` model; knows its declarations."""

    declarations: ClassVar[dict[str, FieldDeclaration]] = {}

    @classmethod
    def declared(cls) -> dict[str, FieldDeclaration]:
        """The declarations of the fields, in their order (templates' context uses them)."""
        return cls.declarations


_TYPES: dict[str, Any] = {"text": Text, "texts": list[Text], "code": PlainText, "number": Number, "date": Date}
_FORMATS: dict[str, Format | None] = {"number": "number", "date": "date"}


@dataclass(frozen=True)
class CodeFormat:
    """The form a code field's value has: a regular expression, and what to say when a value lacks it."""

    pattern: str
    message: str


def _code_format(name: str, declaration: FieldDeclaration) -> AfterValidator:
    pattern = re.compile(declaration.format or "")
    like = f", such as {declaration.example!r}" if declaration.example else ""
    wanted = f"the form of {declaration.title}{like} (fields.yaml: {name}.format)"

    def check(value: str) -> str:
        if not pattern.fullmatch(value):
            raise ValueError(f"{value!r} does not have {wanted}")
        return value

    check.code_format = CodeFormat(pattern.pattern, f"Not {wanted}.")  # type: ignore[attr-defined]
    return AfterValidator(check)


def _field(name: str, declaration: FieldDeclaration) -> tuple[Any, Any]:
    kind: Any = _TYPES[declaration.type]
    if declaration.format is not None:
        kind = Annotated[kind, _code_format(name, declaration)]
    about = About(declaration.title, label=(declaration.label_in("zh"), declaration.label_in("en")),
                  imported=tuple(declaration.imported), format=_FORMATS.get(declaration.type), shown="basic")
    examples = [declaration.example] if declaration.example else None
    description = declaration.description or f"{declaration.title} (fields.yaml)"
    if declaration.required:
        return Annotated[kind, about], Field(description=description, examples=examples)
    return Annotated[kind | None, about], Field(None, description=description, examples=examples)


def spec_model_of(own: OwnFields | None) -> type[JobSpec]:
    """The spec model of a project: ``JobSpec``, with ``custom`` when it declares fields."""
    if own is None:
        return JobSpec
    fields: dict[str, Any] = {name: _field(name, declaration) for name, declaration in own.declared.items()}
    part = create_model("CustomFields", __base__=CustomPart, __doc__="本单位字段: the project's own fields, as "
                        "fields.yaml declares them.", **fields)
    part.declarations = own.declared
    part.model_config["title"] = "本单位字段 / Own fields"
    about = About("本单位字段 / Own fields (fields.yaml)")
    info = Field({}, validate_default=True,  # missing required fields are named at 'custom'
                 description="The project's own fields, as fields.yaml declares them.")
    custom: Any = (Annotated[part, about], info)
    return create_model("JobSpec", __base__=JobSpec, __doc__=JobSpec.__doc__, custom=custom)


_models: dict[tuple[Path, int, int], type[JobSpec]] = {}


def spec_model(root: Path | None) -> type[JobSpec]:
    """The spec model of the project at ``root`` (its ``fields.yaml`` read once
    per version of the file). A ``fields.yaml`` with problems gives a model
    that takes ``custom`` as it is (``own_fields_problems`` reports them)."""
    path = (root or Path.cwd()) / FIELDS_FILE
    try:
        stat = path.stat()
    except OSError:
        return JobSpec
    key = (path, stat.st_mtime_ns, stat.st_size)
    if key not in _models:
        try:
            model = spec_model_of(read_own_fields(path.parent))
        except JdgenError:
            model = unchecked_model()
        _models.clear()
        _models[key] = model
    return _models[key]


_ANY_CUSTOM: Any = (Annotated[dict[str, Any], About("本单位字段 / Own fields (fields.yaml)")], Field({}))
@functools.cache
def unchecked_model() -> type[JobSpec]:
    """The model of a project whose fields.yaml has problems: its specs' own
    fields are not checked (made when first needed, as defining it costs)."""
    return create_model("UncheckedJobSpec", __base__=JobSpec, custom=_ANY_CUSTOM)


def own_fields_problems(root: Path, shown: str = FIELDS_FILE) -> list[Diagnostic]:
    """Every problem of the project's ``fields.yaml`` (none without one)."""
    try:
        read_own_fields(root, shown)
    except JdgenError as error:
        return error.diagnostics
    return []
