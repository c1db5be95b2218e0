from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect

def home(request):
    return redirect("project_list")

def healthz(request):
    return HttpResponse("ok")

@login_required
def project_list(request):
    return HttpResponse("")

@login_required
def project_detail(request, slug):
    return HttpResponse("")
