"""Error types of the library; the CLI turns each into one line and an exit code."""


class UnionmineError(Exception):
    """Base class: the message is written for the user and says what to do.

    ZH, when given, is the same message for a Chinese reader as a key of ``data/labels.toml`` and its
    values, ``("cli_text.corpus_missing", {"path": ...})``: the command line prints it beside the
    English (a leaf cannot read the labels itself)."""

    exit_code = 1

    def __init__(self, *args: object, zh: tuple[str, dict] | None = None) -> None:
        super().__init__(*args)
        self.zh = zh


class UsageError(UnionmineError):
    """The user asked for something impossible (bad path, bad option, bad metadata)."""

    exit_code = 2


class InputError(UnionmineError):
    """One input could not be read; the run goes on and lists it in problems.csv."""

    exit_code = 3

    def __init__(self, reason: str, source: str | None = None, stage: str = "read"):
        super().__init__(reason)
        self.reason = reason
        self.source = source
        self.stage = stage


class NoDocumentsError(UnionmineError):
    """The corpus gave no document at all: nothing to compare, so no report is written."""

    exit_code = 3


class WorkerDied(UnionmineError):
    """A worker process of the run died (the system's out-of-memory killer): the run stops, exit 1."""
