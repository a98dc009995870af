"""`python -m console.warnings import --db F FILE`: see console.warnings.cli."""

import sys

from console.warnings.cli import main

sys.exit(main())
