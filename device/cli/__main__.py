"""``python -m device.cli``: the same as the ``tether`` script (the agent's service files run it this way)."""

import sys

from device.cli.main import main

sys.exit(main())
