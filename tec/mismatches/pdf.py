"""A printable mismatch report (reportlab): project, date, counts, every mismatch and missing field."""

import io

from django.utils import timezone
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, ListFlowable, Paragraph, SimpleDocTemplate, Spacer, Table
from xml.sax.saxutils import escape

from tec.schemas import registry

STYLES = getSampleStyleSheet()
SMALL = ParagraphStyle("small", parent=STYLES["BodyText"], fontSize=9, leading=11)
MUTED = ParagraphStyle("muted", parent=SMALL, textColor=colors.HexColor("#555555"))


def _p(text, style=SMALL):
    return Paragraph(escape(str(text)), style)


def _counts(result):
    rows = [["Open mismatches", "Accepted mismatches", "Missing fields"],
            [str(len(result.open)), str(len(result.accepted)), str(len(result.missing_fields))]]
    table = Table(rows, colWidths=[55 * mm] * 3)
    table.setStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("FONTSIZE", (0, 1), (-1, 1), 16),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")), ("LEADING", (0, 1), (-1, 1), 20)])
    return table


def _mismatch(mismatch, acceptance=None):
    parts = [Paragraph(f"Rule {escape(mismatch.rule)}: {escape(mismatch.title)}", STYLES["Heading4"]),
             _p("Descriptors: " + ", ".join(registry.get(k).label for k in mismatch.descriptors), MUTED),
             _p(mismatch.rationale),
             ListFlowable([_p(c.text) for c in mismatch.conditions], bulletType="bullet", leftIndent=10)]
    if acceptance:
        parts.append(_p(f"Accepted by {acceptance.accepted_by.get_username()} on "
                        f"{acceptance.accepted_at:%Y-%m-%d}: {acceptance.justification}", MUTED))
    return KeepTogether(parts)


def _page_number(canvas, doc):
    """'Page N' at the bottom right of every page, as the reference's report has, so printed pages stay in order."""
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(A4[0] - doc.rightMargin, doc.bottomMargin / 2, f"Page {doc.page}")
    canvas.restoreState()


def render(project, result) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, title=f"Mismatch report: {project.name}", author="TEC",
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm, bottomMargin=18 * mm)
    story = [Paragraph(f"Mismatch report: {escape(project.name)}", STYLES["Title"]),
             _p(f"Generated {timezone.now():%Y-%m-%d %H:%M} UTC by TEC", MUTED), Spacer(1, 4 * mm),
             _counts(result), Spacer(1, 6 * mm), Paragraph("Open mismatches", STYLES["Heading2"])]
    story += [_mismatch(m) for m in result.open] or [_p("None.")]
    if result.accepted:
        story.append(Paragraph("Accepted mismatches", STYLES["Heading2"]))
        story += [_mismatch(m, a) for m, a in result.accepted]
    story.append(Paragraph("Missing information", STYLES["Heading2"]))
    for descriptor, items in result.missing_by_descriptor():
        story.append(Paragraph(escape(descriptor.label), STYLES["Heading4"]))
        story.append(ListFlowable([_p(f"{m.label} ({m.key}): {m.rationale}") for m in items],
                                  bulletType="bullet", leftIndent=10))
    if not result.missing_fields:
        story.append(_p("None."))
    doc.build(story, onFirstPage=_page_number, onLaterPages=_page_number)
    return buffer.getvalue()
