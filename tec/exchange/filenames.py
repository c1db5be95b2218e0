"""File names of downloads and archive entries, following the reference TEC where it has one."""

import re

from tec.schemas import registry

# Characters that are path separators or forbidden in Windows file names.
UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')
CONTROL = re.compile(r"[\x00-\x1f\x7f]")
MAX_STEM = 150
MAX_UPLOAD_NAME = 200


def file_stem(text: str) -> str:
    """text made safe as one file name on any system (no folders, no reserved characters)."""
    cleaned = UNSAFE.sub("_", text).strip(" .")
    return cleaned[:MAX_STEM].strip(" .") or "project"


def upload_name(name: str) -> str:
    """An uploaded file's name as messages and revisions show it: no control characters, bounded."""
    return CONTROL.sub("", name)[-MAX_UPLOAD_NAME:] or "upload"


def descriptor_file_name(project_name: str, key: str, extension: str) -> str:
    """'<project> - <Descriptor label>.<extension>', as the reference names its files."""
    return f"{file_stem(project_name)} - {registry.get(key).label}.{extension}"


def project_file_name(project_name: str, extension: str) -> str:
    return f"{file_stem(project_name)}.{extension}"


# '<project> - <label>.json' with the label of one of the eight descriptors.
ENTRY_NAME = re.compile(
    r"^(?P<project>.+) - (?P<label>" + "|".join(re.escape(d.label) for d in registry.DESCRIPTORS) + r")\.json$"
)
KEY_BY_LABEL = {d.label: d.key for d in registry.DESCRIPTORS}


def parse_descriptor_file_name(name: str):
    """(project name, descriptor key) for a reference-style entry name, or None."""
    match = ENTRY_NAME.match(name)
    if not match:
        return None
    return match["project"], KEY_BY_LABEL[match["label"]]
