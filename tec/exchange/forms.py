"""Upload forms: they check sizes before a byte is read; the importers check everything else."""

from django import forms

from tec.exchange.filenames import upload_name
from tec.exchange.importers import ImportRefused
from tec.exchange.importers.reading import check_size
from tec.exchange.limits import MAX_UPLOAD_BYTES, megabytes

PASTED = "pasted text"


def _checked_upload(upload):
    try:
        check_size(upload_name(upload.name), upload.size)
    except ImportRefused as refusal:
        raise forms.ValidationError(refusal.message) from None
    return upload


PROJECT_FILES = ".json,.zip,application/json,application/zip"
DESCRIPTOR_FILES = ".json,application/json"


def upload_field(help_text: str, accept: str, required=True):
    # Empty files pass the field so that the importer's message, which names the file, is shown.
    # accept only narrows the browser's file chooser; the importers still check every file.
    return forms.FileField(help_text=help_text, required=required, allow_empty_file=True,
                           widget=forms.ClearableFileInput(attrs={"accept": accept}))


class UploadForm(forms.Form):
    file = upload_field(f"A TEC project bundle (.json) or a reference TEC project export (.zip), "
                        f"at most {megabytes(MAX_UPLOAD_BYTES)}.", PROJECT_FILES)

    def clean_file(self):
        return _checked_upload(self.cleaned_data["file"])

    def upload(self) -> tuple[str, bytes]:
        """(file name, content) of the checked upload."""
        upload = self.cleaned_data["file"]
        return upload_name(upload.name), upload.read()

    def new_project(self) -> dict | None:
        """What the form says about a new project (only the new-project form says anything)."""
        return None


class DescriptorUploadForm(UploadForm):
    """A descriptor's JSON file, or the JSON pasted in (as the reference's import dialog allowed)."""

    file = upload_field(f"A .json file of at most {megabytes(MAX_UPLOAD_BYTES)}.", DESCRIPTOR_FILES, required=False)
    text = forms.CharField(label="…or paste the JSON", required=False, strip=False,
                           widget=forms.Textarea(attrs={"rows": 8, "class": "font-monospace", "spellcheck": "false"}))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        return _checked_upload(upload) if upload else None

    def clean_text(self):
        text = self.cleaned_data["text"]
        if len(text.encode("utf-8")) > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(f"{PASTED}: at most {megabytes(MAX_UPLOAD_BYTES)} can be imported.")
        return text

    def clean(self):
        cleaned = super().clean()
        if not self.errors and bool(cleaned.get("file")) == bool(cleaned.get("text", "").strip()):
            raise forms.ValidationError("Choose a file or paste JSON (one of the two).")
        return cleaned

    def upload(self) -> tuple[str, bytes]:
        if self.cleaned_data["file"]:
            return super().upload()
        return PASTED, self.cleaned_data["text"].encode("utf-8")


class NewProjectUploadForm(UploadForm):
    """A bundle or zip that becomes a new project; the fields override what the file says."""

    name = forms.CharField(max_length=200, required=False,
                           help_text="Leave empty to use the name in the file (a zip's file names carry it).")
    description = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}),
                                  help_text="Leave empty to use the description in the file.")
    point_of_contact = forms.CharField(label="Main point of contact", max_length=200, required=False)

    def new_project(self) -> dict:
        fields = ("name", "description", "point_of_contact")
        return {field: self.cleaned_data[field].strip() for field in fields if self.cleaned_data[field].strip()}
