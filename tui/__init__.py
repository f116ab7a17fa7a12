"""Everything the user touches: the command line and the Textual app.

Importing this package must not import Textual: the headless commands start fast without it.
"""
