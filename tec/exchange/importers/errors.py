"""The one error every importer raises: which file, what is wrong, and the details."""

from tec.exchange.limits import MAX_LISTED_PROBLEMS


class ImportRefused(Exception):
    """A file that cannot be imported; nothing has been written when this is raised."""

    def __init__(self, file_name: str, reason: str, details=()):
        self.file_name = file_name
        self.reason = reason
        self.all_details = list(details)
        super().__init__(self.message)

    @property
    def details(self) -> list[str]:
        """At most MAX_LISTED_PROBLEMS lines, the last saying how many were left out."""
        shown = self.all_details[:MAX_LISTED_PROBLEMS]
        hidden = len(self.all_details) - len(shown)
        return shown + ([f"… and {hidden} more"] if hidden else [])

    @property
    def message(self) -> str:
        return f"{self.file_name}: {self.reason}"

    def __str__(self):
        return "\n".join([self.message, *(f"  - {line}" for line in self.details)])


def refuse(file_name: str, reason: str, details=()):
    raise ImportRefused(file_name, reason, details)
