"""`python -m artois_reader` is the same program as `artois-reader`."""

import sys

from artois_reader.cli import main

if __name__ == "__main__":
    sys.exit(main())
