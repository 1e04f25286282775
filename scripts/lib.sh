# Shared by the scripts and .ci/run; sourced, not run.

# need COMMAND PACKAGE: stops (exit 2) naming the Debian package when COMMAND is missing.
need() {
    command -v "$1" >/dev/null 2>&1 || {
        echo "$(basename "$0" .sh): $1 is missing (apt-get install -y $2)" >&2
        exit 2
    }
}

# release_liaison: builds the release binary and prints its path.
release_liaison() {
    swift build -c release --product liaison >/dev/null || return 1
    echo "$(swift build -c release --show-bin-path)/liaison"
}

# install_missing [PACKAGE...]: installs what building Liaison needs (libxml2 through
# pkg-config, SQLite headers) plus the packages given, where missing; as root or with sudo.
install_missing() {
    local missing=()
    pkg-config --exists libxml-2.0 2>/dev/null || missing+=(pkg-config libxml2-dev)
    [ -f /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev)
    local package
    for package in "$@"; do
        dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
    done
    [ ${#missing[@]} -gt 0 ] || return 0
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "$(basename "$0" .sh): installing ${missing[*]}" >&2
    $sudo apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
}
