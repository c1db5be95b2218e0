"""Cross-descriptor mismatch detection: pure functions over a project's eight documents."""
