"""What an importer hands back: checked documents at the latest version, and where they came from."""

from dataclasses import dataclass, field

DESCRIPTOR, BUNDLE, ARCHIVE = "descriptor", "bundle", "zip"
# Shown between a file and a part of it, e.g. "demo.zip › Demo - Raw Data.json".
INSIDE = " › "


@dataclass(frozen=True)
class ImportedDocument:
    key: str
    document: dict  # valid at the latest version
    from_version: str
    changes: tuple  # tec.schemas.upgrades.Change, what the upgrade did
    source: str


@dataclass(frozen=True)
class ProjectDetails:
    name: str
    description: str | None = None  # None: the file does not say
    point_of_contact: str | None = None


@dataclass(frozen=True)
class ImportedFile:
    file_name: str
    kind: str  # DESCRIPTOR, BUNDLE or ARCHIVE
    documents: dict = field(default_factory=dict)  # descriptor key -> ImportedDocument
    details: ProjectDetails | None = None  # what the file says about the project, if anything
