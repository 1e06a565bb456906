"""Errors whose message is for the user: str(error) says it in English, and `kind` and `details`
let an interface in another language say the same thing in its own words (extract/ has no
translator; the app maps each kind to a translated sentence, `app.user_messages`)."""

from __future__ import annotations


class ExplainedError(Exception):
    """A problem the user is told about: `kind` names it ("empty", "binary", "scanned_pdf"...; ""
    when none was given) and `details` hold the values its message is made of (`name`...)."""

    def __init__(self, message: str, kind: str = "", **details: object) -> None:
        super().__init__(message)
        self.kind = kind
        self.details = details

    def __reduce__(self):  # keeps kind and details across processes (batch workers)
        if type(self).__init__ is not ExplainedError.__init__:  # its own arguments
            return super().__reduce__()
        return _rebuild, (type(self), str(self), self.kind, self.details)


def _rebuild(cls: type, message: str, kind: str, details: dict) -> Exception:
    return cls(message, kind, **details)


class LoadError(ExplainedError):
    """An article could not be loaded; str(error) is a one-line message for the user."""
