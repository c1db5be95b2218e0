"""Export -> HTTP download, shared by the views and the admin action."""

from django.http import HttpResponse
from django.utils.http import content_disposition_header

from tec.exchange.exporters import Export


def download_response(export: Export) -> HttpResponse:
    response = HttpResponse(export.content, content_type=export.content_type)
    response["Content-Disposition"] = content_disposition_header(True, export.filename)
    response["Cache-Control"] = "private, no-store"
    return response
