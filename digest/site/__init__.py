"""The site model: weekly issues, themes, entities, article views, URLs, incidents, places."""
