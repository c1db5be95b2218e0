"""Projects, and the behaviour every generated descriptor model shares."""

import datetime

from django.db import models, transaction
from django.urls import reverse
from django.utils.text import slugify

from tec.documents.validators import DocumentInvalid
from tec.schemas import layout, registry
from tec.schemas.validation import document_errors

class Project(models.Model):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)
    description = models.TextField()
    point_of_contact = models.CharField("main point of contact", max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("project_detail", args=[self.slug])

    def document_model(self, key):
        from tec.documents.models import model_for

        return model_for(key)

    def stored_document(self, key):
        """The descriptor's model instance, or None when nothing was saved yet."""
        return self.document_model(key).objects.filter(project=self).first()

    def documents(self) -> dict:
        """Descriptor key -> 1.2 document or None: the input of the mismatch engine."""
        return {key: (doc.to_document() if doc else None) for key, doc in self.stored_documents().items()}

    def stored_documents(self) -> dict:
        """Descriptor key -> model instance or None, all eight in one query."""
        joined = Project.objects.select_related(*registry.KEYS).get(pk=self.pk)
        return {key: getattr(joined, key, None) for key in registry.KEYS}


def unique_slug(name):
    base = slugify(name)[:180] or "project"
    slug, n = base, 2
    while Project.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def _to_json(column, value):
    if isinstance(value, datetime.date):
        return value.isoformat()
    if column.kind == "number":
        return layout.canonical_number(value)
    if column.kind == "array":
        return layout.order_like_schema(value, column.schema)
    return value


def _from_json(column, value):
    if column.kind == "date" and isinstance(value, str):
        return datetime.date.fromisoformat(value)
    return value


def _lookup(document, path):
    for key in path:
        if not isinstance(document, dict) or key not in document:
            return None
        document = document[key]
    return document


def _place(document, path, value):
    for key in path[:-1]:
        document = document.setdefault(key, {})
    document[path[-1]] = value


class DescriptorDocument(models.Model):
    """One descriptor of one project; columns are generated from the schema (see generated.py)."""

    descriptor_key = ""
    extra_properties = models.JSONField(
        default=dict, blank=True, help_text="Keys the schema does not define, kept so nothing is lost."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True

    def __str__(self):
        return f"{registry.get(self.descriptor_key).label} of {self.project}"

    @classmethod
    def columns(cls):
        return layout.stored_columns(cls.descriptor_key)

    def to_document(self) -> dict:
        """The stored document, keys in schema order, unknown keys after the known ones."""
        document = {}
        for column in layout.columns(self.descriptor_key):
            if column.kind == "const":
                value = column.schema["const"]
            else:
                value = getattr(self, column.name)
            if value is not None:
                _place(document, column.path, _to_json(column, value))
        for dotted, extras in (self.extra_properties or {}).items():
            target = document
            for key in filter(None, dotted.split(".")):
                target = target.setdefault(key, {})
            target.update(extras)
        return document

    def load_document(self, document: dict):
        """Sets every column from a document (which must be valid); nothing is saved."""
        problems = document_errors(self.descriptor_key, document)
        if problems:
            raise DocumentInvalid(problems)
        for column in self.columns():
            setattr(self, column.name, _from_json(column, _lookup(document, column.path)))
        self.extra_properties = _unknown_keys(self.descriptor_key, document)
        return self

    @classmethod
    def from_document(cls, project, document: dict):
        """An unsaved instance of this descriptor holding the document (validated)."""
        instance = cls.objects.filter(project=project).first() or cls(project=project)
        return instance.load_document(document)

    def document_problems(self):
        return document_errors(self.descriptor_key, self.to_document())

    def clean(self):
        problems = self.document_problems()
        if problems:
            raise DocumentInvalid(problems)

    def save(self, *args, **kwargs):
        # Every save path (forms, admin, imports, services) goes through the schema.
        self.clean()
        with transaction.atomic():
            super().save(*args, **kwargs)


def _unknown_keys(descriptor, document):
    extras = {}
    for dotted, schema in layout.object_schemas(descriptor).items():
        obj = _lookup(document, tuple(filter(None, dotted.split("."))))
        if isinstance(obj, dict):
            unknown = {k: v for k, v in obj.items() if k not in schema.get("properties", {})}
            if unknown:
                extras[dotted] = unknown
    return extras
