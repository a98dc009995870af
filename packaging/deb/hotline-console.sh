#!/bin/sh
# The console installed by the hotline-console package; its data stays in the user's folder
# (~/.local/share/hotline-console), never under /opt, so an update or a removal keeps it.
exec /opt/hotline-console/hotline-console "$@"
