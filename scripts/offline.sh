#!/usr/bin/env bash
# offline.sh CMD [ARG...]: runs CMD with no network but loopback, in a network
# namespace of its own, so that a test that would reach the network fails
# instead of passing on a machine that happens to be online. Needs root (or
# user namespaces) and unshare; where neither works it says so and runs CMD
# as it is. ESC_TEST_NETWORK=on runs CMD as it is on purpose.
set -euo pipefail
if [[ ${ESC_TEST_NETWORK:-off} != on ]] && unshare --net true 2>/dev/null; then
  exec unshare --net -- bash -c 'ip link set lo up && exec "$@"' offline "$@"
fi
[[ ${ESC_TEST_NETWORK:-off} == on ]] ||
  echo "offline.sh: cannot make a network namespace here (not root?): running with the network" >&2
exec "$@"
