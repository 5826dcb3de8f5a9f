"""Read gettext PO files strictly, and write them losslessly.

``model`` holds the catalog (Babel's, plus the header as written and the
translations no document can hold), ``reader`` reads PO text strictly
(``strings`` its quoted strings, ``entries`` turns what it read into a
catalog), ``writer`` writes it back byte for byte.

jdgen keeps Babel's ``Catalog`` and ``Message`` as the model of a catalog,
but reads and writes the PO text itself, because Babel's ``read_po`` and
``write_po`` are made for lenient extraction, not for files people edit:

- ``read_po`` accepts a string whose closing quote is missing (and drops
  its last character), unknown escape sequences (``\\q``) and text after a
  closing quote; it keeps the first of two entries with the same msgid and
  drops the second; it reports a stray keyword or a merge-conflict marker
  with a line number one too low and no column, and a UTF-8 BOM as a
  misformatted keyword on line 0; and it reads a ``#| msgid`` back as a
  translator comment;
- ``write_po`` adds a ``python-format`` flag to any text that looks like a
  %-format (``10% of``), drops the flags and previous msgid of obsolete
  entries, and rebuilds the header from Catalog attributes (dropping fields
  it does not know, such as Poedit's ``X-Generator``).

A stricter check before Babel would still leave the writer's problems, and
mean parsing twice; polib would be a new dependency for a small grammar,
and its syntax errors carry a line but no column. A PO file's grammar is
small (comment lines ``#``, ``#.``, ``#:``, ``#,``, ``#|``, ``#~``; the
keywords msgctxt, msgid, msgid_plural, msgstr and msgstr[n], each followed
by quoted strings with C escapes, continued by further quoted strings), so
this module implements it: every error has a line and a column, every error
of the file is reported (up to MAX_ERRORS), and reading then writing a
catalog jdgen wrote gives the same bytes.

The file is UTF-8 (a BOM is allowed; Windows line ends are read too).
Message contexts are read and refused: jdgen has none. An entry with
plural forms (``msgid_plural``, ``msgstr[0]``, ``msgstr[1]``, …) is a text
that counts something (jdgen.i18n.plurals); Babel's Message holds it with a
pair of msgids and a tuple of forms, and the catalog keys it by its msgid.
A translation no document can hold (a line break, a control character,
jdgen's private-use marks, only spaces) is not a syntax error: the catalog
is read, and ``PoCatalog.invalid`` locates each such translation.
The header entry is kept as written (its comment lines and its msgstr),
and changed only field by field (``set_header_field``). Flags are written
without any format flag (``python-format`` and the like): jdgen texts are
never format strings, and GNU ``msgfmt --check-format`` would judge a
correct translation of ``达到目标的 10% of 总量`` by it.
"""
