"""Every exporter, by identifier: one view and one command serve each table."""

from tec.exchange.exporters.backup import BackupExporter
from tec.exchange.exporters.base import Export, NothingToExport
from tec.exchange.exporters.bundle import BundleExporter
from tec.exchange.exporters.descriptor_csv import DescriptorCsvExporter
from tec.exchange.exporters.descriptor_json import DescriptorJsonExporter
from tec.exchange.exporters.reference_zip import ReferenceZipExporter
from tec.exchange.exporters.summary_csv import SummaryCsvExporter

# Exporters of one descriptor: classes, bound to a descriptor key when used.
DESCRIPTOR_EXPORTERS = {cls.identifier: cls for cls in (DescriptorJsonExporter, DescriptorCsvExporter)}
# Exporters of one whole project.
PROJECT_EXPORTERS = {e.identifier: e for e in (BundleExporter(), ReferenceZipExporter())}
# Exporters of many projects at once.
PROJECTS_EXPORTERS = {e.identifier: e for e in (SummaryCsvExporter(), BackupExporter())}

__all__ = ["DESCRIPTOR_EXPORTERS", "PROJECT_EXPORTERS", "PROJECTS_EXPORTERS", "Export", "NothingToExport"]
