"""PyInstaller entry point: the frozen `sanad` executable starts here and hands over to app.main."""

import sys

from app.main import main

if __name__ == "__main__":
    sys.exit(main())
