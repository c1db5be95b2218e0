"""One descriptor as JSON: exactly the stored document, version included."""

from tec.exchange.exporters.base import JSON_TYPE, DescriptorExporter, Export, json_bytes
from tec.exchange.filenames import descriptor_file_name


class DescriptorJsonExporter(DescriptorExporter):
    identifier = "json"
    label = "JSON"

    def render(self, project) -> Export:
        content = json_bytes(self.stored(project))
        return Export(descriptor_file_name(project.name, self.key, "json"), JSON_TYPE, content)
