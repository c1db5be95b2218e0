"""The reference TEC's project export: a flat zip of '<project> - <Descriptor>.json' files.

The archive is only ever read in memory, never extracted, and every limit is checked
against the bytes actually inflated, not the sizes the archive claims.
"""

import io
import re
import zipfile
import zlib

from tec.exchange.filenames import parse_descriptor_file_name
from tec.exchange.importers.base import ARCHIVE, INSIDE, ImportedFile, ProjectDetails
from tec.exchange.importers.documents import read_documents
from tec.exchange.importers.errors import refuse
from tec.exchange.importers.reading import parse_json
from tec.exchange.limits import MAX_ARCHIVE_FILES, MAX_EXPANDED_BYTES, megabytes

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
DRIVE = re.compile(r"^[A-Za-z]:[\\/]")
DAMAGED = "the file is not a readable zip archive (it may be damaged or cut short)."
# What a damaged or hostile archive raises while it is read.
READ_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError,
               RuntimeError, ValueError, OSError)


def looks_like_zip(file_name: str, data: bytes) -> bool:
    return data.startswith(ZIP_MAGIC) or file_name.lower().endswith(".zip")


def read_archive(file_name: str, data: bytes) -> ImportedFile:
    """Each entry checked and upgraded; the project's name comes from the entry names."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except READ_ERRORS:
        refuse(file_name, DAMAGED)
    with archive:
        entries = _check_entries(file_name, archive.infolist())
        contents = _inflate(file_name, archive, [info for info, _, _ in entries])
    candidates = [
        (key, parse_json(f"{file_name}{INSIDE}{info.filename}", contents[info.filename]), info.filename)
        for info, _, key in entries
    ]
    documents = read_documents(file_name, candidates)
    return ImportedFile(file_name, ARCHIVE, documents, ProjectDetails(entries[0][1]))


def _check_entries(file_name: str, infos):
    """(info, project name, descriptor key) per entry, or a refusal listing every bad name."""
    if not infos:
        refuse(file_name, "the zip archive holds no files.")
    if len(infos) > MAX_ARCHIVE_FILES:
        refuse(file_name, f"the zip archive holds {len(infos)} files; at most {MAX_ARCHIVE_FILES} are accepted.")
    problems, entries, seen = [], [], {}
    for info in infos:
        problem = _name_problem(info)
        parsed = None if problem else parse_descriptor_file_name(info.filename)
        if problem is None and parsed is None:
            problem = (f"unexpected name {info.filename!r}: files must be named "
                       "'<project> - <Descriptor>.json', e.g. 'Demo - Trained Model.json'")
        if problem is None and parsed[1] in seen:
            problem = f"{info.filename!r} and {seen[parsed[1]]!r} hold the same descriptor"
        if problem:
            problems.append(problem)
            continue
        seen[parsed[1]] = info.filename
        entries.append((info, *parsed))
    if problems:
        refuse(file_name, "the zip archive holds files TEC does not expect.", problems)
    _check_one_project(file_name, entries)
    return entries


def _name_problem(info) -> str | None:
    name = info.filename
    parts = name.replace("\\", "/").split("/")
    if name.startswith(("/", "\\")) or ".." in parts or DRIVE.match(name):
        return f"{name!r} points outside the archive (path traversal)"
    if len(parts) > 1:
        return f"{name!r} is inside a folder; the archive must be flat"
    if info.flag_bits & 0x1:
        return f"{name!r} is encrypted"
    return None


def _check_one_project(file_name: str, entries):
    names = sorted({project for _, project, _ in entries})
    if len(names) > 1:
        refuse(file_name, "the files in the zip archive name different projects.", [repr(n) for n in names])


def _inflate(file_name: str, archive, infos) -> dict:
    """name -> bytes, stopping as soon as the inflated total passes MAX_EXPANDED_BYTES."""
    too_big = f"the zip archive expands to more than {megabytes(MAX_EXPANDED_BYTES)}."
    if sum(info.file_size for info in infos) > MAX_EXPANDED_BYTES:
        refuse(file_name, too_big)
    contents, budget = {}, MAX_EXPANDED_BYTES
    for info in infos:
        data = _read_entry(file_name, archive, info, budget + 1)
        budget -= len(data)
        if budget < 0:
            refuse(file_name, too_big)
        contents[info.filename] = data
    return contents


def _read_entry(file_name: str, archive, info, limit: int) -> bytes:
    try:
        with archive.open(info) as entry:
            return entry.read(limit)
    except READ_ERRORS:
        refuse(file_name, f"{DAMAGED[:-1]}: {info.filename!r} cannot be read.")
