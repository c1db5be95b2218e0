from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import Q

from tec.accounts.comments import path_problem
from tec.accounts.models import Membership
from tec.accounts.projects import RESERVED_SLUGS
from tec.accounts.teams import TEAMS
from tec.documents.models import Project
from tec.schemas import registry


def team_queryset():
    return Group.objects.filter(name__in=TEAMS.values()).order_by("name")


class ProjectForm(forms.ModelForm):
    class Meta:
        model = Project
        fields = ["name", "description", "point_of_contact"]
        widgets = {"description": forms.Textarea(attrs={"rows": 4})}
        help_texts = {"point_of_contact": "Who to ask about this project, e.g. a name and an email address."}

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        clash = Project.objects.filter(name__iexact=name).exclude(pk=self.instance.pk)
        if clash.exists():
            raise forms.ValidationError(f"There is already a project called “{name}”. Choose another name.")
        return name


class ProjectSettingsForm(ProjectForm):
    class Meta(ProjectForm.Meta):
        fields = ["name", "slug", "description", "point_of_contact"]
        labels = {"slug": "Web address"}
        help_texts = {
            **ProjectForm.Meta.help_texts,
            "slug": "The project's part of its pages' addresses. Changing it breaks links people saved.",
        }

    def clean_slug(self):
        slug = self.cleaned_data["slug"]
        if slug in RESERVED_SLUGS:
            raise forms.ValidationError(f"“{slug}” is reserved; choose another web address.")
        if Project.objects.filter(slug=slug).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError("Another project uses this web address.")
        return slug


class MemberAddForm(forms.Form):
    user = forms.CharField(label="User name or email")
    team = forms.ModelChoiceField(queryset=team_queryset(), required=False, empty_label="No team (owners only)")
    is_owner = forms.BooleanField(label="Owner (lead): manages members and may edit everything", required=False)

    def __init__(self, *args, project, **kwargs):
        super().__init__(*args, **kwargs)
        self.project = project
        self.fields["team"].queryset = team_queryset()

    def clean_user(self):
        given = self.cleaned_data["user"].strip()
        users = get_user_model().objects.filter(Q(username__iexact=given) | Q(email__iexact=given), is_active=True)
        if len(users) != 1:
            raise forms.ValidationError("No single active user has this user name or email.")
        if Membership.objects.filter(project=self.project, user=users[0]).exists():
            raise forms.ValidationError(f"{users[0].username} is a member already.")
        return users[0]

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("team") and not cleaned.get("is_owner"):
            self.add_error("team", "Choose the team this person works for, or make them an owner.")
        return cleaned


class MemberChangeForm(forms.ModelForm):
    class Meta:
        model = Membership
        fields = ["team", "is_owner"]
        widgets = {"team": forms.Select(attrs={"class": "form-select form-select-sm w-auto"}),
                   "is_owner": forms.CheckboxInput(attrs={"class": "form-check-input"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["team"].queryset = team_queryset()
        self.fields["team"].empty_label = "No team"


class ProducerForm(forms.Form):
    """One choice of producing team per descriptor."""

    def __init__(self, *args, producers: dict, **kwargs):
        super().__init__(*args, **kwargs)
        for descriptor in registry.DESCRIPTORS:
            self.fields[descriptor.key] = forms.ModelChoiceField(
                label=descriptor.label, queryset=team_queryset(), empty_label=None,
                initial=producers.get(descriptor.key),
            )


class StepForm(forms.Form):
    comment = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)


class CommentForm(forms.Form):
    body = forms.CharField(label="Comment", widget=forms.Textarea(attrs={"rows": 3}))
    path = forms.CharField(
        label="Field", required=False,
        # The page lists the descriptor's fields in a <datalist> with this id.
        widget=forms.TextInput(attrs={"list": "comment-fields", "autocomplete": "off"}),
        help_text="Optional: start typing a field's name and pick it from the list. Rows count from 0: "
                  "output_spec[0].item_type is the item type of the first output.",
    )

    def __init__(self, *args, descriptor_key, **kwargs):
        super().__init__(*args, **kwargs)
        self.descriptor_key = descriptor_key

    def clean_path(self):
        path = self.cleaned_data["path"].strip()
        problem = path_problem(self.descriptor_key, path)
        if problem:
            raise forms.ValidationError(problem)
        return path
