"""termbase: Chinese–English terminology toolkit for United Nations documents.

Importing the package is cheap: heavy dependencies (jieba, lxml, openpyxl, OpenCC) are
imported by the modules that need them, when they are used.
"""

__version__ = "0.1.0"
