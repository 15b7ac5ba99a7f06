"""Beside the stages, used only by `build` and `serve`: the content-hash cache, the no-op check,
page keys.
"""
