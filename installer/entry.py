"""Entry point of the bundled till: the same ``pos-client`` command as from source."""

import sys

from pos_client.cli import main

if __name__ == "__main__":
    sys.exit(main())
