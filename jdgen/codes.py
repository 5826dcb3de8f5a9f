"""The kinds of problem jdgen reports: a stable code for each, with what it
means and what to do. Every diagnostic carries one (``[spec-unknown-field]``
at the end of its line, ``"code"`` in ``--json``); ``jdgen explain CODE``
prints the explanation, and docs/diagnostics.md lists them all."""

from __future__ import annotations

CODES: dict[str, str] = {
    # -- spec files (and the other YAML files: labels, glossary, shared files)
    "yaml-syntax": "The file is not valid YAML (an unclosed quote or bracket, a bad indent, a tab). "
                   "Fix the file at the line and column given.",
    "yaml-duplicate-key": "A key appears twice in the same mapping; YAML would silently keep the last one. "
                          "Keep one of them.",
    "yaml-input-slip": "A Chinese input method slipped in a full-width character where YAML needs an ASCII one "
                       "(：instead of :, －instead of -). Type the ASCII character.",
    "yaml-encoding": "The file is not UTF-8 text. Save it as UTF-8.",
    "yaml-empty": "The file is empty, or holds only comments. Write its fields, or remove the file.",
    "yaml-value": "A value YAML reads but jdgen cannot take: an unsupported tag (!!python/..., !!binary), "
                  "an impossible date, a number too large, a key that is not a plain name (a merge key '<<'), "
                  "a character no document can hold. The message says which.",
    "yaml-limit": "The file is too big to be a job description: larger than 1 MiB, nested more than 50 levels "
                  "deep, or more than 50,000 values (counting each use of an alias). Check it is the right file.",
    "file-unreadable": "A file or folder cannot be read (permissions, a broken link). Fix access to it.",
    "spec-unknown-field": "A field the spec format does not have, usually a typo; the message suggests the "
                          "closest field. See docs/spec-reference.md.",
    "spec-missing-field": "A required field is missing (id, title, basic.department, summary, duties). Add it.",
    "spec-wrong-type": "A value of the wrong kind: a text where a list is expected, a quoted number, a mapping "
                       "where a text is expected. Write it as the field reference says.",
    "spec-bad-value": "A value of the right kind that the format does not allow: out of range, not one of the "
                      "choices, an impossible date, an unknown currency, a text with a line break. "
                      "The message says what is allowed.",
    "spec-id": "A spec's id is not a valid file name, or two specs claim the same id (ids are compared "
               "without case); the first spec in path order keeps it, in every command and build. Give each "
               "position its own id.",
    "spec-shared": "A problem with 'extends': a shared file that is missing, outside the project or in specs/, "
                   "a cycle of shared files, too deep a chain, or 'key' and 'key+' together.",
    "spec-link": "A link to a position ({position: ID}) names no spec of the set, closes a reporting cycle, "
                 "or names a position without a title in the spec's language. Fix the id, or write the "
                 "title in words for a position outside the set.",
    "spec-link-title": "A free-text title equals the title of a position of the set: link it with "
                       "{position: ID}, so that renaming that position updates this document too.",
    "spec-duty-weights": "Some duties carry a weight and others none, or the weights of the duties do not make "
                         "100%. When any duty has a weight ({text: ..., weight: 30}), give every duty one, "
                         "so that together they make 100.",
    "spec-template": "The spec's 'template' names no template of the project (a folder of templates/) nor a "
                     "built-in one, usually a typo; the message suggests the closest. 'jdgen template list' "
                     "shows them.",
    "spec-translation": "An inline translation ({zh: ..., en: ...}) lacks the spec's source language, or "
                        "repeats its source text word for word.",
    "fields-invalid": "The project's fields.yaml, which declares its own fields (custom: in a spec), does not "
                      "read: a name that is not lower-case letters, digits and '_', an unknown key, a type other "
                      "than text, texts, code, number or date, a format that is no regular expression. Nothing "
                      "is built until it is fixed.",
    # -- translations
    "catalog-syntax": "A PO catalog does not read: an unclosed string, a bad escape, a stray keyword, "
                      "a merge-conflict marker, a duplicate msgid. Fix the catalog at the line given.",
    "catalog-bad-translation": "A translation no document can hold: a line break, a control character, "
                               "jdgen's private-use marks, or only spaces. The entry counts as untranslated "
                               "until it is corrected.",
    "catalog-untranslated": "A text has no translation in the language's catalog. Run 'jdgen translate update', "
                            "translate the new entries, or build with --draft.",
    "catalog-fuzzy": "A text's translation is marked fuzzy (its source changed, or it is a suggestion): "
                     "review it in the catalog and remove the fuzzy flag.",
    "catalog-glossary": "A translation does not keep a glossary term (translations/glossary.yaml).",
    "label-case": "The English of a spec text the form shows as a label (a working condition's name) is not "
                  "in the case style jdgen.toml's label_case chooses (title: Place of Work; sentence: Place of "
                  "work), which the template's own labels are shown in. Write the translation so (a warning: "
                  "the text is used as written).",
    "glossary-invalid": "translations/glossary.yaml is not a glossary: it needs a 'terms' list, each term a "
                        "mapping of language codes to a term or a list of its forms.",
    "catalog-exchange": "A translator's file given to 'jdgen translate import' (or an xlsx export) has a "
                        "problem: an unknown column, a row whose source is no longer in the catalog, "
                        "a file of another language.",
    "export-exists": "'jdgen translate export -o FILE' would write over a file it may not replace: a file of the "
                     "project (in translations/, specs/ or templates/, or jdgen.toml), the catalog it exports, "
                     "or a file that is not an earlier export. Name another file; an earlier export is replaced "
                     "only with --overwrite.",
    "catalog-not-shown": "Information: texts of the spec are not translated into a language, and need not be: "
                         "the template shows none of the fields they are in (read off the values its tags print). "
                         "Its documents are built without them, translate status does not count them and "
                         "translate update leaves them out of the catalog; translate them when a template shows "
                         "them.",
    # -- templates
    "template-file": "The template cannot be used: form.docx or labels.yaml is missing, not a Word document, "
                     "or a broken link.",
    "template-syntax": "A Jinja tag in the template does not parse. Fix the tag in form.docx at the "
                       "paragraph given.",
    "template-unknown-filter": "The template uses a filter or test (after '|' or 'is') that Jinja's sandbox does "
                               "not have, usually a typo. The message suggests the closest one.",
    "template-loop": "A {% for %} or {% if %} block opens in one table cell and closes in another: the rows it "
                     "makes would have more or fewer cells than the table. Repeat whole rows with "
                     "{%tr for %} … {%tr endfor %}, or cells with {%tc for %} … {%tc endfor %}.",
    "template-unknown-variable": "The template uses a variable the renderer does not provide, usually a typo; "
                                 "the message suggests the closest name.",
    "template-render": "The template failed on a spec's values, or on the sample spec jdgen checks every "
                       "template with (every part present, every list of two or more: 'jdgen template preview' "
                       "builds it). This is a problem of the template, not of the spec: it is reported once, at "
                       "the template, naming the specs it meets, and the documents made before stay as they were.",
    "template-word-rule": "A document made with the template (the sample spec's) breaks a rule Microsoft Word "
                          "holds documents to: a table row with more or fewer cells than its grid, a cell that "
                          "does not end with a paragraph, an element out of the schema. Word may refuse or "
                          "repair such a document; fix the template where the message says.",
    "labels-invalid": "labels.yaml holds something other than texts by key.",
    "labels-key": "A template's labels.yaml lacks a label jdgen uses (the built-in wording stands in), or "
                  "has one that neither jdgen nor the template's own tags use (a typo, most likely).",
    "labels-placeholder": "A label's pattern has a {placeholder} jdgen does not fill in for that label; "
                          "the message names the ones it takes.",
    # -- outputs
    "output-write": "A document, the register or the build manifest cannot be written (a full disk, a "
                    "read-only folder, a file where a folder should be). The earlier file stays.",
    "output-remove": "An output jdgen wrote that a build from scratch would not make (a document, its PDF) "
                     "cannot be removed.",
    "output-pdf": "LibreOffice is missing or could not convert a document to PDF.",
    "output-not-ours": "A file that jdgen did not write is where jdgen would write one of its own (a document, "
                       "its PDF, positions.xlsx, a page of the site). jdgen never replaces or removes a file it "
                       "did not write, with or without --force: that output is not made. To hand the path over "
                       "to jdgen, move the file elsewhere (or delete it) and build again.",
    "redline-not-ours": "A file jdgen diff did not write (or that was changed since it wrote it) is where a "
                        "redline goes. It is left alone and that redline is not written: move the file away, "
                        "or choose another folder with -o.",
    "redline-record": "The record of the redlines jdgen diff wrote (.jdgen-redlines.json in the -o folder) "
                      "cannot be read, so earlier redlines are left in place. Remove them by hand if unwanted.",
    "handbook-forms": "The positions of a handbook are made with several forms (jdgen.toml's [[forms]], a "
                      "spec's own template), and a part of one form cannot be merged into the first form's "
                      "(the message names it: only styles, lists and fonts are merged; a theme or settings that "
                      "differ beyond the editing's records, or a part the first form has not, are not): the "
                      "handbook is not made. Make a handbook of each form's specs (jdgen handbook specs/plant "
                      "-o output/plant), or make every position with one form (--template).",
    # -- project
    "settings": "jdgen.toml does not read, has an unknown setting or a value of the wrong kind.",
    "project": "The project cannot be used as given: no specs/ folder, or 'jdgen init' would write over "
               "existing files (or finds a file where it puts a folder).",
    "file-unwritable": "A file or folder jdgen writes in the project cannot be written: a read-only folder, a "
                       "file where a folder should be, a full disk, a path too long. The message says which and "
                       "what to do; nothing is left half-written.",
    # -- import of Word documents
    "import-file": "A file given to 'jdgen import' is not a Word document (.docx), is a Word 97 .doc, is "
                   "password-protected, holds no recognisable form or two positions. Save it as .docx, "
                   "or split it.",
    "import-unplaced": "A text of the imported document has no place in the spec; it is kept as a comment at "
                       "the end of the spec. Move it where it belongs.",
    "import-untyped": "A value could not be read as the type the spec wants (a headcount of 若干); it is kept "
                      "as a comment. Write the value.",
    "import-unpaired": "A text of the translation document could not be matched to its source text; nothing "
                       "was guessed. Add the translation to the catalog by hand.",
    "import-exists": "The spec an import would write exists already: move it away, or, if an earlier import "
                     "wrote it, use --force to replace it (a spec written by hand is never replaced).",
    "import-unsure": "A value of the imported document was placed by a rule of low confidence (a count in a "
                     "row of names, a paragraph joined to the item before it, the page header's text taken as "
                     "the issuer); the warning quotes it and says where it went. Check it in the spec.",
    "import-refused": "A file given to 'jdgen import' is beyond the import's limits (a part declaring or "
                      "inflating to more than 16 MiB, compressed more than 100 times or holding more than "
                      "400,000 tags, a body of more than 10,000 paragraphs, elements nested more than 256 deep) "
                      "or its structure is damaged (a numbering level that is no number). Check that it is the "
                      "right file; open it in Word and save it again.",
    # -- jdgen itself
    "internal-error": "A bug in jdgen, not a problem in your files. Run again with -v for the details and "
                      "report them.",
}


def reference() -> str:
    """docs/diagnostics.md: every code and its explanation."""
    lines = [
        "# Diagnostics",
        "",
        "Every problem jdgen reports ends with its code in brackets, and `--json` gives it",
        "as `code`. `jdgen explain CODE` prints the explanation. This page is generated",
        "(`jdgen explain --all > docs/diagnostics.md`).",
        "",
        "| code | what it means, and what to do |",
        "|---|---|",
    ]
    lines += [f"| `{code}` | {text} |" for code, text in CODES.items()]
    return "\n".join(lines) + "\n"
