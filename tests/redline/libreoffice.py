"""Accept or reject every tracked change of a document in LibreOffice
(its own ``AcceptAllTrackedChanges`` / ``RejectAllTrackedChanges``), by a
Basic macro in a throw-away LibreOffice profile, and save the result."""

from __future__ import annotations

import subprocess
from pathlib import Path

from jdgen.office import find_office

_MODULE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Resolve(inUrl As String, outUrl As String, command As String)
  Dim hidden(0) As New com.sun.star.beans.PropertyValue
  hidden(0).Name = &quot;Hidden&quot;
  hidden(0).Value = True
  doc = StarDesktop.loadComponentFromURL(inUrl, &quot;_blank&quot;, 0, hidden())
  frame = doc.getCurrentController().getFrame()
  createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;).executeDispatch(frame, command, &quot;&quot;, 0, Array())
  Dim filter(0) As New com.sun.star.beans.PropertyValue
  filter(0).Name = &quot;FilterName&quot;
  filter(0).Value = &quot;MS Word 2007 XML&quot;
  doc.storeToURL(outUrl, filter())
  doc.close(True)
End Sub
</script:module>
"""

def resolve_in_libreoffice(document: Path, accept: bool, profile: Path) -> bytes:
    """The bytes of ``document`` after LibreOffice's Accept All (``accept``) or Reject All."""
    office = find_office()
    environment = f"-env:UserInstallation={profile.as_uri()}"
    module = profile / "user/basic/Standard/Module1.xba"
    if not module.is_file():
        subprocess.run([office, environment, "--headless", "--terminate_after_init"], capture_output=True,
                       timeout=180, check=True)
        module.write_text(_MODULE, encoding="utf-8")
    output = document.with_name(f"{document.stem}-{'accepted' if accept else 'rejected'}.docx")
    command = ".uno:AcceptAllTrackedChanges" if accept else ".uno:RejectAllTrackedChanges"
    macro = f'macro:///Standard.Module1.Resolve("{document.resolve().as_uri()}","{output.resolve().as_uri()}",' \
            f'"{command}")'
    subprocess.run([office, environment, "--headless", "--norestore", macro], capture_output=True,
                   timeout=180, check=True)
    return output.read_bytes()
