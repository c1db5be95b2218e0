"""Reading import files, independent of views: every check happens here, before any write.

read_descriptor_file() takes one descriptor's JSON; read_project_file() takes a project
bundle or a reference-format zip. Both return an ImportedFile or raise ImportRefused.
"""

from tec.exchange.importers.archive import looks_like_zip, read_archive
from tec.exchange.importers.base import DESCRIPTOR, ImportedDocument, ImportedFile, ProjectDetails
from tec.exchange.importers.bundle import looks_like_bundle, read_bundle
from tec.exchange.importers.documents import read_document
from tec.exchange.importers.errors import ImportRefused, refuse
from tec.exchange.importers.reading import check_size, parse_json


def read_descriptor_file(key: str, file_name: str, data: bytes) -> ImportedFile:
    """One descriptor document for the descriptor `key`, upgraded to the latest version."""
    check_size(file_name, len(data))
    if looks_like_zip(file_name, data):
        refuse(file_name, "this is a zip archive; import it as a whole project instead.")
    value = parse_json(file_name, data)
    if looks_like_bundle(value):
        refuse(file_name, "this is a project bundle, not one descriptor; import it as a whole project instead.")
    document = read_document(key, value, file_name)
    return ImportedFile(file_name, DESCRIPTOR, {key: document})


def read_project_file(file_name: str, data: bytes) -> ImportedFile:
    """A project bundle (JSON) or a reference-format zip, every descriptor in it upgraded."""
    check_size(file_name, len(data))
    if looks_like_zip(file_name, data):
        return read_archive(file_name, data)
    value = parse_json(file_name, data)
    if isinstance(value, dict) and "version" in value and not looks_like_bundle(value):
        refuse(file_name, "this is a single descriptor document; import it from its row on the project page.")
    return read_bundle(file_name, value)


__all__ = [
    "ImportRefused", "ImportedDocument", "ImportedFile", "ProjectDetails",
    "read_descriptor_file", "read_project_file",
]
