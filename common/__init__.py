"""What both apps share and neither owns: the filter kit, per-page counts and public shapes.

No models and not an installed app: `articles` and `quotes` import from here, never the reverse.
"""
