"""One descriptor as spreadsheet rows of (path, label, value), one row per leaf value."""

from tec.exchange.csvfile import csv_bytes
from tec.exchange.exporters.base import CSV_TYPE, DescriptorExporter, Export
from tec.exchange.filenames import descriptor_file_name
from tec.exchange.flatten import leaf_rows

HEADER = ("path", "label", "value")


class DescriptorCsvExporter(DescriptorExporter):
    identifier = "csv"
    label = "CSV (spreadsheet)"

    def render(self, project) -> Export:
        content = csv_bytes(leaf_rows(self.stored(project)), header=HEADER)
        return Export(descriptor_file_name(project.name, self.key, "csv"), CSV_TYPE, content)
