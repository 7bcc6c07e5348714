"""orgcheck: kiểm tra tuân thủ pháp luật của phương án sắp xếp tổ chức bộ máy.

Layers, low to high (each imports only those below it):
text/messages → model → graph → facts → catalogue → engine → check → render (one module per format) → cli.
"""

__version__ = "0.1.0"
