from django.urls import reverse


def test_the_project_page_links_every_download_and_owners_see_the_imports(client, filled, cast):
    client.force_login(cast.owner)
    page = client.get(filled.get_absolute_url()).content.decode()
    for key in ("raw_data", "trained_model"):
        assert reverse("exchange_descriptor_export", args=[filled.slug, key, "json"]) in page
        assert reverse("exchange_descriptor_export", args=[filled.slug, key, "csv"]) in page
        assert reverse("exchange_descriptor_import", args=[filled.slug, key]) in page
    assert reverse("exchange_project_export", args=[filled.slug, "zip"]) in page
    assert reverse("exchange_project_import", args=[filled.slug]) in page


def test_producers_see_imports_only_for_their_own_descriptors(client, filled, cast):
    client.force_login(cast.developer)
    page = client.get(filled.get_absolute_url()).content.decode()
    assert reverse("exchange_project_export", args=[filled.slug, "bundle"]) in page
    assert f'href="{reverse("exchange_project_import", args=[filled.slug])}"' not in page
    assert reverse("exchange_descriptor_import", args=[filled.slug, "raw_data"]) in page
    assert reverse("exchange_descriptor_import", args=[filled.slug, "production_environment"]) not in page


def test_the_project_list_links_the_downloads_the_summary_and_the_import(client, filled, cast):
    client.force_login(cast.developer)
    page = client.get(reverse("project_list")).content.decode()
    assert reverse("exchange_project_export", args=[filled.slug, "bundle"]) in page
    assert reverse("exchange_summary_export") in page and reverse("exchange_new_project_import") in page
