from django import template
from django.utils import timezone
from django.utils.timesince import timesince

register = template.Library()


@register.filter
def ago(moment):
    """'just now' for the last minute (timesince alone says '0 minutes'), else '5 minutes ago'."""
    if timezone.now() - moment < timezone.timedelta(minutes=1):
        return "just now"
    return f"{timesince(moment)} ago"
