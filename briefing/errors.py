"""One error hierarchy for everything a user can cause.

Each class carries a short code (like spaCy's E-codes) and the process exit code the CLI
uses for it, so a message can be looked up in the README's "Limits and errors" table.
Errors are raised where they are understood and turned into one-line messages only in
``briefing.cli``.
"""
from __future__ import annotations

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3


class BriefingError(Exception):
    """Base class: a problem with the input, a model or the environment, not a bug."""

    code = "B000"
    exit_code = EXIT_ERROR

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{where}{self.message}"

    def one_line(self) -> str:
        """The message as the CLI prints it: code, path and text on a single line."""
        return f"[{self.code}] " + " ".join(str(self).split())


class InputError(BriefingError):
    """The input cannot be read as a report (missing, a folder, unreadable)."""

    code = "B100"


class EmptyInputError(InputError):
    """The input holds no text (empty or whitespace only)."""

    code = "B101"


class BinaryInputError(InputError):
    """The input is binary data (PDF, image, archive…) rather than text."""

    code = "B102"


class EncodingError(InputError):
    """The bytes could not be decoded as text in any supported encoding."""

    code = "B103"


class UnsupportedFormatError(InputError):
    """The file's format is not one briefing reads."""

    code = "B104"


class InputTooLargeError(InputError):
    """The input is over a documented size limit (``--max-chars``, .docx expansion)."""

    code = "B105"


class NoTextLayerError(InputError):
    """A PDF with no text to read: a scan, or pages of images; it needs OCR first."""

    code = "B106"


class EncryptedInputError(InputError):
    """The file is protected by a password, so its text cannot be read."""

    code = "B107"


class ModelError(BriefingError):
    """A summarization model is missing, unavailable, broken or unsafe to load."""

    code = "B200"


class ModelNotFoundError(ModelError):
    """The model named is neither a registry name, a local folder nor a cached hub id."""

    code = "B201"


class ModelLoadError(ModelError):
    """The model folder exists but its weights, config or tokenizer cannot be loaded."""

    code = "B202"


class DependencyError(BriefingError):
    """An optional package needed for the requested feature is not installed."""

    code = "B300"


class OutputError(BriefingError):
    """The result cannot be written (folder not writable, disk full, path escapes)."""

    code = "B400"


class ClusterError(BriefingError):
    """A Ray cluster cannot be joined or started, or its nodes would brief differently."""

    code = "B500"


class ServeError(BriefingError):
    """``briefing serve`` cannot listen where it was asked (port taken, address not here)."""

    code = "B600"
