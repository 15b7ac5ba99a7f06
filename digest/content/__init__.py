"""Content files: front-matter with line numbers, Markdown, the `Article` and `IssueNote` model,
loading.
"""
