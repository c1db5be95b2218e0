"""Zip archives written byte-for-byte reproducibly, so the same data gives the same file."""

import io
import zipfile

# The zip format cannot go earlier; a fixed time keeps exports of the same data identical.
FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def zip_bytes(entries) -> bytes:
    """A flat, deflated zip of (name, content bytes) entries in the order given."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, content)
    return buffer.getvalue()
