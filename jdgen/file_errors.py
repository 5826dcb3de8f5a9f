"""A write the file system refuses, as a located diagnostic: the file, what
failed in the system's words, and what to do about it. The commands that
write into the project (``init``, ``import``, ``translate``) report every
such failure this way, never as a traceback."""

from __future__ import annotations

import errno

from jdgen.diagnostics import Diagnostic

_ADVICE = {
    errno.EACCES: "the folder is read-only or you may not write there: fix its permissions, or choose another folder",
    errno.EPERM: "the folder is read-only or you may not write there: fix its permissions, or choose another folder",
    errno.EROFS: "the disk is mounted read-only: choose a folder on another disk",
    errno.ENOSPC: "the disk is full: free some space and run again",
    errno.EDQUOT: "your disk quota is used up: free some space and run again",
    errno.ENAMETOOLONG: "the path is too long: choose a shorter folder or file name",
    errno.ENOTDIR: "a part of the path is a file where a folder should be: move that file away, or choose "
                   "another folder",
    errno.EISDIR: "a folder stands where the file should be: move it away, or choose another name",
    errno.EEXIST: "there is a file where a folder should be: move it away, or choose another folder",
}


def cannot_write(shown: str, error: OSError) -> Diagnostic:
    """The error for a file (shown as ``shown``) that could not be written
    because of ``error``."""
    reason = error.strerror or "the system gave no reason"
    advice = _ADVICE.get(error.errno or 0, "check the folder and the disk, then run again")
    return Diagnostic(shown, None, f"cannot write: {reason}; {advice}", code="file-unwritable")
