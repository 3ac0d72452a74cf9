NAME = "importlib_pkg"
