"""`python -m artois_reader` is the same program as `artois-reader`."""

import multiprocessing
import sys

from artois_reader.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # PDF extraction runs in a worker process (core/pdf_worker.py)
    sys.exit(main())
