"""The Qt-free core: the facts of an event and the rules over them.

Importing this package is cheap on purpose (the command line and the app start fast): submodules are
imported where they are used.
"""
