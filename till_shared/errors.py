"""The base of every expected, user-facing error (the till's, HQ's and the drivers').

A ``UserError`` carries a ``key`` naming the situation, the ``params`` that
fill its text, and ``message``: one readable English line, which the command
line prints as is.  The GUI shows the text for the key in its own language
(``pos_client.ui.error_text``).  Anything else that escapes is a bug.
"""

from __future__ import annotations


class UserError(Exception):
    """A failure caused by input or by the environment, never by a bug."""

    key = "error"

    def __init__(self, message: str, *, key: str | None = None, **params: object) -> None:
        super().__init__(message)
        self.message = message
        if key is not None:
            self.key = key
        self.params = params

    def __str__(self) -> str:
        return self.message
