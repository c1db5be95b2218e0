"""The bounds every upload is held to, in one place so messages and checks agree."""

import math

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_ARCHIVE_FILES = 50
MAX_EXPANDED_BYTES = 20 * 1024 * 1024
MAX_LISTED_PROBLEMS = 20
# The schemas nest about six levels; the margin is for keys they do not define.
MAX_NESTING = 64
# An upload waiting for its confirmation is forgotten after this long.
PENDING_IMPORT_HOURS = 24


def megabytes(size: int) -> str:
    """'5.03 MB'; rounded up, so a file just over a limit never reads as the limit itself."""
    hundredths = math.ceil(size * 100 / (1024 * 1024))
    return f"{hundredths / 100:g} MB"
