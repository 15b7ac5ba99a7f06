"""Files from the site model: pages, feeds, sitemap, chart, map, e-mail edition, search index,
theme files.
"""
