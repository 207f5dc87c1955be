# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_lmsctl_global_optspecs
    string join \n store= tenant= o/output= csv-dialect= q/quiet v/verbose yes no-progress busy-timeout= ca-cert= profile= token-file= h/help V/version
end

function __fish_lmsctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_lmsctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_lmsctl_using_subcommand
    set -l cmd (__fish_lmsctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c lmsctl -n "__fish_lmsctl_needs_command" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_needs_command" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_needs_command" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_needs_command" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_needs_command" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_needs_command" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_needs_command" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_needs_command" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_needs_command" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_needs_command" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_needs_command" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_needs_command" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_needs_command" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_needs_command" -f -a "tenant" -d 'Create, list, change and delete tenants (Mandanten)'
complete -c lmsctl -n "__fish_lmsctl_needs_command" -f -a "user" -d 'Add, list, change, suspend and reactivate users of a tenant'
complete -c lmsctl -n "__fish_lmsctl_needs_command" -f -a "group" -d 'Static and rule-based groups of users'
complete -c lmsctl -n "__fish_lmsctl_needs_command" -f -a "course" -d 'The course catalogue, including courses shared by parent tenants'
complete -c lmsctl -n "__fish_lmsctl_needs_command" -f -a "assign" -d 'Assign courses (with due dates) and list who stands where'
complete -c lmsctl -n "__fish_lmsctl_needs_command" -f -a "complete" -d 'Record that a user completed a course; issues a certificate'
complete -c lmsctl -n "__fish_lmsctl_needs_command" -f -a "certificate" -d 'Certificates issued on completion'
complete -c lmsctl -n "__fish_lmsctl_needs_command" -f -a "remind" -d 'Reminders due now (due soon, overdue, certificates expiring), for mail merge'
complete -c lmsctl -n "__fish_lmsctl_needs_command" -f -a "gdpr" -d 'Data protection: export, erase, anonymise, retention, request register, suppression list'
complete -c lmsctl -n "__fish_lmsctl_needs_command" -f -a "import" -d 'Bulk imports from HR exports (the nightly cron job)'
complete -c lmsctl -n "__fish_lmsctl_needs_command" -f -a "report" -d 'Reports for managers, auditors and billing (`-o html` for a page with a chart)'
complete -c lmsctl -n "__fish_lmsctl_needs_command" -f -a "audit" -d 'The tamper-evident audit trail of every change'
complete -c lmsctl -n "__fish_lmsctl_needs_command" -f -a "login" -d 'Keep a server\'s API token, or a PostgreSQL store\'s password, in the OS keyring and make it the default store'
complete -c lmsctl -n "__fish_lmsctl_needs_command" -f -a "logout" -d 'Forget the token of a profile (the default one, or --profile)'
complete -c lmsctl -n "__fish_lmsctl_needs_command" -f -a "serve" -d 'Serve the store as a REST API for remote clients (`--store http://HOST:PORT`)'
complete -c lmsctl -n "__fish_lmsctl_needs_command" -f -a "token" -d 'API tokens for `lmsctl serve`, shown once (on the server\'s store, or through the server with a token of the whole store)'
complete -c lmsctl -n "__fish_lmsctl_needs_command" -f -a "store" -d 'The store as a whole: copy it to another backend (SQLite, PostgreSQL)'
complete -c lmsctl -n "__fish_lmsctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c lmsctl -n "__fish_lmsctl_needs_command" -f -a "man" -d 'Write the man pages (lmsctl.1 and one per command) into an empty directory, e.g. for a package'
complete -c lmsctl -n "__fish_lmsctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update delete help" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update delete help" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update delete help" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update delete help" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update delete help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update delete help" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update delete help" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update delete help" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update delete help" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update delete help" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update delete help" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update delete help" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update delete help" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update delete help" -f -a "create" -d 'Create a tenant, optionally as the child of another'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update delete help" -f -a "list" -d 'List all tenants'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update delete help" -f -a "show" -d 'Show one tenant'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update delete help" -f -a "update" -d 'Change a tenant\'s name, parent, domain or brand colour'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update delete help" -f -a "delete" -d 'Delete a tenant (asks for confirmation; --yes in scripts)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l name -d 'Display name' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l parent -d 'Slug of the parent tenant (for client academies)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l domain -d 'The tenant\'s domain, e.g. academy.example.com' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l brand-color -d 'Brand colour as #RRGGBB' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -l name -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -l parent -d 'New parent slug; "" makes it a top-level tenant' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -l domain -d 'New domain; "" removes it' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -l brand-color -d 'New brand colour (#RRGGBB); "" removes it' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -l retention-inactive -d 'Retention policy: users inactive this long (e.g. 3y, 36m) are anonymised by `lmsctl gdpr retention run`; "" removes the policy' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from delete" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from delete" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from delete" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from delete" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from delete" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from delete" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from delete" -l cascade -d 'Also delete the tenant\'s users, groups and child tenants'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from delete" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from delete" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a tenant, optionally as the child of another'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "list" -d 'List all tenants'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one tenant'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a tenant\'s name, parent, domain or brand colour'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a tenant (asks for confirmation; --yes in scripts)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and not __fish_seen_subcommand_from add list show update suspend consent reactivate help" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and not __fish_seen_subcommand_from add list show update suspend consent reactivate help" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and not __fish_seen_subcommand_from add list show update suspend consent reactivate help" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and not __fish_seen_subcommand_from add list show update suspend consent reactivate help" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and not __fish_seen_subcommand_from add list show update suspend consent reactivate help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and not __fish_seen_subcommand_from add list show update suspend consent reactivate help" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and not __fish_seen_subcommand_from add list show update suspend consent reactivate help" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and not __fish_seen_subcommand_from add list show update suspend consent reactivate help" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and not __fish_seen_subcommand_from add list show update suspend consent reactivate help" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and not __fish_seen_subcommand_from add list show update suspend consent reactivate help" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and not __fish_seen_subcommand_from add list show update suspend consent reactivate help" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and not __fish_seen_subcommand_from add list show update suspend consent reactivate help" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and not __fish_seen_subcommand_from add list show update suspend consent reactivate help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and not __fish_seen_subcommand_from add list show update suspend consent reactivate help" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and not __fish_seen_subcommand_from add list show update suspend consent reactivate help" -f -a "add" -d 'Add a user to the tenant'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and not __fish_seen_subcommand_from add list show update suspend consent reactivate help" -f -a "list" -d 'List the tenant\'s users, filtered and paged'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and not __fish_seen_subcommand_from add list show update suspend consent reactivate help" -f -a "show" -d 'Show one user, with their groups'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and not __fish_seen_subcommand_from add list show update suspend consent reactivate help" -f -a "update" -d 'Change a user\'s fields ("" clears an optional field)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and not __fish_seen_subcommand_from add list show update suspend consent reactivate help" -f -a "suspend" -d 'Suspend a user: they keep their data but cannot sign in'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and not __fish_seen_subcommand_from add list show update suspend consent reactivate help" -f -a "consent" -d 'Consent to the privacy notice: record, withdraw, list who is missing it'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and not __fish_seen_subcommand_from add list show update suspend consent reactivate help" -f -a "reactivate" -d 'Reactivate a suspended user'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and not __fish_seen_subcommand_from add list show update suspend consent reactivate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from add" -l email -d 'E-mail address (unique per tenant, ignoring case)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from add" -l first-name -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from add" -l last-name -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from add" -l external-id -d 'HR personnel number (unique per tenant); the key of nightly imports' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from add" -l department -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from add" -l location -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from add" -l manager -d 'The user\'s manager: id:N, e-mail or external id' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from add" -l start-date -d 'First working day: YYYY-MM-DD or DD.MM.YYYY' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from add" -l locale -d 'Language tag, e.g. de or de-DE' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from add" -l role -d 'A role (repeatable); default: learner' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from add" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from add" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from add" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from add" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from add" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from add" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from add" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from add" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from add" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from list" -l status -r -f -a "active\t''
suspended\t''
erased\t''"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from list" -l department -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from list" -l location -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from list" -l group -d 'Only members of this group' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from list" -s s -l search -d 'Text to find in names, e-mail or external id (case-insensitive)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from list" -l limit -d 'At most this many users; 0 lists all' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many users (for paging)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from list" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from list" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from list" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from list" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from list" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from list" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from list" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from show" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from show" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from show" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from show" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from show" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from show" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from show" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from show" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from show" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from update" -l email -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from update" -l first-name -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from update" -l last-name -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from update" -l external-id -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from update" -l department -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from update" -l location -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from update" -l manager -d 'id:N, e-mail or external id; "" removes the manager' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from update" -l start-date -d 'YYYY-MM-DD or DD.MM.YYYY; "" removes it' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from update" -l locale -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from update" -l role -d 'Replaces the user\'s roles (repeatable)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from update" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from update" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from update" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from update" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from update" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from update" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from update" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from update" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from update" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from suspend" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from suspend" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from suspend" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from suspend" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from suspend" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from suspend" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from suspend" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from suspend" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from suspend" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from suspend" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from suspend" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from suspend" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from suspend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from suspend" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from consent" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from consent" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from consent" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from consent" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from consent" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from consent" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from consent" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from consent" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from consent" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from consent" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from consent" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from consent" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from consent" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from consent" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from consent" -f -a "record" -d 'Record that a user accepted a version of the privacy notice'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from consent" -f -a "withdraw" -d 'Record that a user withdrew consent'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from consent" -f -a "missing" -d 'Active users who have not accepted this notice'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from consent" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from reactivate" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from reactivate" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from reactivate" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from reactivate" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from reactivate" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from reactivate" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from reactivate" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from reactivate" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from reactivate" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from reactivate" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from reactivate" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from reactivate" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from reactivate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from reactivate" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a user to the tenant'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the tenant\'s users, filtered and paged'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one user, with their groups'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a user\'s fields ("" clears an optional field)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "suspend" -d 'Suspend a user: they keep their data but cannot sign in'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "consent" -d 'Consent to the privacy notice: record, withdraw, list who is missing it'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "reactivate" -d 'Reactivate a suspended user'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add-member remove-member help" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add-member remove-member help" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add-member remove-member help" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add-member remove-member help" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add-member remove-member help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add-member remove-member help" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add-member remove-member help" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add-member remove-member help" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add-member remove-member help" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add-member remove-member help" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add-member remove-member help" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add-member remove-member help" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add-member remove-member help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add-member remove-member help" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add-member remove-member help" -f -a "create" -d 'Create a group: static, or with a membership rule'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add-member remove-member help" -f -a "list" -d 'List the tenant\'s groups with their member counts'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add-member remove-member help" -f -a "show" -d 'List a group\'s members (-o json: the group with its members)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add-member remove-member help" -f -a "delete" -d 'Delete a group (its members stay; asks for confirmation; --yes in scripts)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add-member remove-member help" -f -a "add-member" -d 'Add users to a group as static members'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add-member remove-member help" -f -a "remove-member" -d 'Remove static members from a group'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and not __fish_seen_subcommand_from create list show delete add-member remove-member help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from create" -l description -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from create" -l rule -d 'Membership rule over user fields, kept up to date on every change, e.g. \'department = "Vertrieb" and location in ("Berlin", "Köln")\'. Fields: department, location, locale, status, external_id, email, first_name, last_name, start_date, role. Operators: = != in, not in, contains, starts_with, ends_with, and < <= > >= on start_date; combine with and, or, not, ( )' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from create" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from create" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from create" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from create" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from create" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from create" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from create" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from create" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from create" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from list" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from list" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from list" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from list" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from list" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from list" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from list" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from show" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from show" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from show" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from show" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from show" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from show" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from show" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from show" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from show" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from delete" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from add-member" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from add-member" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from add-member" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from add-member" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from add-member" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from add-member" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from add-member" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from add-member" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from add-member" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from add-member" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from add-member" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from add-member" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from add-member" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from add-member" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from remove-member" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from remove-member" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from remove-member" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from remove-member" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from remove-member" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from remove-member" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from remove-member" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from remove-member" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from remove-member" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from remove-member" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from remove-member" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from remove-member" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from remove-member" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from remove-member" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a group: static, or with a membership rule'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the tenant\'s groups with their member counts'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "show" -d 'List a group\'s members (-o json: the group with its members)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a group (its members stay; asks for confirmation; --yes in scripts)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "add-member" -d 'Add users to a group as static members'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "remove-member" -d 'Remove static members from a group'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and not __fish_seen_subcommand_from create list show update archive help" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and not __fish_seen_subcommand_from create list show update archive help" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and not __fish_seen_subcommand_from create list show update archive help" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and not __fish_seen_subcommand_from create list show update archive help" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and not __fish_seen_subcommand_from create list show update archive help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and not __fish_seen_subcommand_from create list show update archive help" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and not __fish_seen_subcommand_from create list show update archive help" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and not __fish_seen_subcommand_from create list show update archive help" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and not __fish_seen_subcommand_from create list show update archive help" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and not __fish_seen_subcommand_from create list show update archive help" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and not __fish_seen_subcommand_from create list show update archive help" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and not __fish_seen_subcommand_from create list show update archive help" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and not __fish_seen_subcommand_from create list show update archive help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and not __fish_seen_subcommand_from create list show update archive help" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and not __fish_seen_subcommand_from create list show update archive help" -f -a "create" -d 'Create a course owned by the tenant'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and not __fish_seen_subcommand_from create list show update archive help" -f -a "list" -d 'The tenant\'s catalogue: its own courses and the shared courses of its parents (TENANT names the owner; inherited ones are read-only here)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and not __fish_seen_subcommand_from create list show update archive help" -f -a "show" -d 'Show one course; with --stats, its figures among the tenant\'s active users: enrollments by status, completion rate, completions recorded'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and not __fish_seen_subcommand_from create list show update archive help" -f -a "update" -d 'Change a course the tenant owns'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and not __fish_seen_subcommand_from create list show update archive help" -f -a "archive" -d 'Archive a course: it stays in reports and certificates but cannot be assigned'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and not __fish_seen_subcommand_from create list show update archive help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from create" -l title -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from create" -l description -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from create" -l valid-for -d 'Certificate validity, e.g. 12m or 2y; makes the course recurring' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from create" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from create" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from create" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from create" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from create" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from create" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from create" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from create" -l mandatory -d 'Required training (safety instruction, data protection, ...)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from create" -l shared -d 'Offer the course to every descendant tenant (live: changes show at once)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from create" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from create" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from list" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from list" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from list" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from list" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from list" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from list" -l archived -d 'Include archived courses'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from list" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from list" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from show" -l as-of -d 'Compute for this day (YYYY-MM-DD or DD.MM.YYYY) instead of today, e.g. the date of an audit' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from show" -l expiring-within -d 'A certificate running out within this period counts as expiring' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from show" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from show" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from show" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from show" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from show" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from show" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from show" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from show" -l stats -d 'Show the course\'s figures instead of its settings'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from show" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from show" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from update" -l title -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from update" -l description -d '"" removes the description' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from update" -l mandatory -r -f -a "true\t''
false\t''"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from update" -l valid-for -d 'A period such as 12m, or `none` for a course that does not recur' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from update" -l shared -r -f -a "true\t''
false\t''"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from update" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from update" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from update" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from update" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from update" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from update" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from update" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from update" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from update" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from archive" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from archive" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from archive" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from archive" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from archive" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from archive" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from archive" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from archive" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from archive" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from archive" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from archive" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from archive" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from archive" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a course owned by the tenant'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from help" -f -a "list" -d 'The tenant\'s catalogue: its own courses and the shared courses of its parents (TENANT names the owner; inherited ones are read-only here)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one course; with --stats, its figures among the tenant\'s active users: enrollments by status, completion rate, completions recorded'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a course the tenant owns'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive a course: it stays in reports and certificates but cannot be assigned'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand course; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and not __fish_seen_subcommand_from list remove progress help" -l user -d 'One user: id:N, e-mail or external id' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and not __fish_seen_subcommand_from list remove progress help" -l group -d 'A group\'s members, including those who join later' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and not __fish_seen_subcommand_from list remove progress help" -l due -d 'Due on this date' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and not __fish_seen_subcommand_from list remove progress help" -l due-in -d 'Due this long after a user gets the course, e.g. 30d' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and not __fish_seen_subcommand_from list remove progress help" -l due-after-start -d 'Due this long after a user\'s start date (onboarding), e.g. 14d' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and not __fish_seen_subcommand_from list remove progress help" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and not __fish_seen_subcommand_from list remove progress help" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and not __fish_seen_subcommand_from list remove progress help" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and not __fish_seen_subcommand_from list remove progress help" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and not __fish_seen_subcommand_from list remove progress help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and not __fish_seen_subcommand_from list remove progress help" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and not __fish_seen_subcommand_from list remove progress help" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and not __fish_seen_subcommand_from list remove progress help" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and not __fish_seen_subcommand_from list remove progress help" -l all-users -d 'Every user of the tenant, including those who join later (e.g. by import)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and not __fish_seen_subcommand_from list remove progress help" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and not __fish_seen_subcommand_from list remove progress help" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and not __fish_seen_subcommand_from list remove progress help" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and not __fish_seen_subcommand_from list remove progress help" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and not __fish_seen_subcommand_from list remove progress help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and not __fish_seen_subcommand_from list remove progress help" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and not __fish_seen_subcommand_from list remove progress help" -a "list" -d 'One row per user and course, with its status (assigned, in-progress, completed, overdue, expiring, expired)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and not __fish_seen_subcommand_from list remove progress help" -a "remove" -d 'Remove an assignment; enrollments no other assignment reaches go too (completions and certificates stay)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and not __fish_seen_subcommand_from list remove progress help" -a "progress" -d 'Record how far a user has come in an assigned course'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and not __fish_seen_subcommand_from list remove progress help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from list" -l course -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from list" -l user -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from list" -l status -r -f -a "assigned\t''
in-progress\t''
completed\t''
overdue\t''
expiring\t''
expired\t''"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from list" -l as-of -d 'Compute for this day (YYYY-MM-DD or DD.MM.YYYY) instead of today, e.g. the date of an audit' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from list" -l expiring-within -d 'A certificate running out within this period counts as expiring' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows; 0 lists all' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from list" -l offset -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from list" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from list" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from list" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from list" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from list" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from list" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from list" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from remove" -l user -d 'One user: id:N, e-mail or external id' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from remove" -l group -d 'A group\'s members, including those who join later' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from remove" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from remove" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from remove" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from remove" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from remove" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from remove" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from remove" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from remove" -l all-users -d 'Every user of the tenant, including those who join later (e.g. by import)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from remove" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from remove" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from progress" -l user -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from progress" -l percent -d '0 to 99 (100 is a completion: use `lmsctl complete`)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from progress" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from progress" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from progress" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from progress" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from progress" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from progress" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from progress" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from progress" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from progress" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from progress" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from progress" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from progress" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from progress" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from progress" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from help" -f -a "list" -d 'One row per user and course, with its status (assigned, in-progress, completed, overdue, expiring, expired)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove an assignment; enrollments no other assignment reaches go too (completions and certificates stay)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from help" -f -a "progress" -d 'Record how far a user has come in an assigned course'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand assign; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand complete" -l user -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand complete" -l date -d 'The day it was completed; default today' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand complete" -l score -d 'Score, 0 to 100' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand complete" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand complete" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand complete" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand complete" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand complete" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand complete" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand complete" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand complete" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand complete" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand complete" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand complete" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand complete" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand complete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand complete" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and not __fish_seen_subcommand_from list show help" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and not __fish_seen_subcommand_from list show help" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and not __fish_seen_subcommand_from list show help" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and not __fish_seen_subcommand_from list show help" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and not __fish_seen_subcommand_from list show help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and not __fish_seen_subcommand_from list show help" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and not __fish_seen_subcommand_from list show help" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and not __fish_seen_subcommand_from list show help" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and not __fish_seen_subcommand_from list show help" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and not __fish_seen_subcommand_from list show help" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and not __fish_seen_subcommand_from list show help" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and not __fish_seen_subcommand_from list show help" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and not __fish_seen_subcommand_from list show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and not __fish_seen_subcommand_from list show help" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and not __fish_seen_subcommand_from list show help" -f -a "list" -d 'Certificates of the tenant, with their state (valid, expiring, expired, superseded)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and not __fish_seen_subcommand_from list show help" -f -a "show" -d 'One certificate by serial'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and not __fish_seen_subcommand_from list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from list" -l course -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from list" -l user -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from list" -l as-of -d 'Compute for this day (YYYY-MM-DD or DD.MM.YYYY) instead of today, e.g. the date of an audit' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from list" -l expiring-within -d 'A certificate running out within this period counts as expiring' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from list" -l limit -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from list" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from list" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from list" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from list" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from list" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from list" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from list" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from show" -l as-of -d 'Compute for this day (YYYY-MM-DD or DD.MM.YYYY) instead of today, e.g. the date of an audit' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from show" -l expiring-within -d 'A certificate running out within this period counts as expiring' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from show" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from show" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from show" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from show" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from show" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from show" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from show" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from show" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from show" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from help" -f -a "list" -d 'Certificates of the tenant, with their state (valid, expiring, expired, superseded)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from help" -f -a "show" -d 'One certificate by serial'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand certificate; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand remind" -l within -d 'Look this far ahead for due dates and expiring certificates' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand remind" -l as-of -d 'Compute for this day (YYYY-MM-DD or DD.MM.YYYY) instead of today, e.g. the date of an audit' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand remind" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand remind" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand remind" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand remind" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand remind" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand remind" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand remind" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand remind" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand remind" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand remind" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand remind" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand remind" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand remind" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand remind" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and not __fish_seen_subcommand_from export erase anonymize retention request suppression purge help" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and not __fish_seen_subcommand_from export erase anonymize retention request suppression purge help" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and not __fish_seen_subcommand_from export erase anonymize retention request suppression purge help" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and not __fish_seen_subcommand_from export erase anonymize retention request suppression purge help" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and not __fish_seen_subcommand_from export erase anonymize retention request suppression purge help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and not __fish_seen_subcommand_from export erase anonymize retention request suppression purge help" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and not __fish_seen_subcommand_from export erase anonymize retention request suppression purge help" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and not __fish_seen_subcommand_from export erase anonymize retention request suppression purge help" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and not __fish_seen_subcommand_from export erase anonymize retention request suppression purge help" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and not __fish_seen_subcommand_from export erase anonymize retention request suppression purge help" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and not __fish_seen_subcommand_from export erase anonymize retention request suppression purge help" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and not __fish_seen_subcommand_from export erase anonymize retention request suppression purge help" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and not __fish_seen_subcommand_from export erase anonymize retention request suppression purge help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and not __fish_seen_subcommand_from export erase anonymize retention request suppression purge help" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and not __fish_seen_subcommand_from export erase anonymize retention request suppression purge help" -f -a "export" -d 'Everything held on a person (Art. 15 and 20), as JSON, XML or with xAPI statements'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and not __fish_seen_subcommand_from export erase anonymize retention request suppression purge help" -f -a "erase" -d 'Erase a person (Art. 17): personal data goes, anonymous aggregates stay, the person is put on the suppression list so imports do not bring them back'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and not __fish_seen_subcommand_from export erase anonymize retention request suppression purge help" -f -a "anonymize" -d 'Erase users with no learning activity for a long time'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and not __fish_seen_subcommand_from export erase anonymize retention request suppression purge help" -f -a "retention" -d 'Apply the tenants\' retention policies (`tenant update --retention-inactive 3y`)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and not __fish_seen_subcommand_from export erase anonymize retention request suppression purge help" -f -a "request" -d 'The register of data-subject requests (due one month after receipt)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and not __fish_seen_subcommand_from export erase anonymize retention request suppression purge help" -f -a "suppression" -d 'Keyed hashes of erased people\'s external ids and e-mail addresses'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and not __fish_seen_subcommand_from export erase anonymize retention request suppression purge help" -f -a "purge" -d 'Empty the write-ahead log (after an erasure that another reader kept from doing so)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and not __fish_seen_subcommand_from export erase anonymize retention request suppression purge help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from export" -l format -r -f -a "json\t''
xml\t''
xapi\t'JSON with the learning history as xAPI statements'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from export" -l out -d 'Write to FILE (created readable by you only; - is standard output) instead of standard output' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from export" -l request -d 'The export request this answers; it is closed with a manifest' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from export" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from export" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from export" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from export" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from export" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from export" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from export" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from export" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from export" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from erase" -l request -d 'The erasure request this answers; it is closed with a manifest' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from erase" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from erase" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from erase" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from erase" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from erase" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from erase" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from erase" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from erase" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from erase" -l dry-run -d 'List what would be erased and kept; change nothing'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from erase" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from erase" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from erase" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from erase" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from erase" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from erase" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from anonymize" -l inactive-since -d 'No learning activity for this long, e.g. 10y' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from anonymize" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from anonymize" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from anonymize" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from anonymize" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from anonymize" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from anonymize" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from anonymize" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from anonymize" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from anonymize" -l dry-run
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from anonymize" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from anonymize" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from anonymize" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from anonymize" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from anonymize" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from anonymize" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from retention" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from retention" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from retention" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from retention" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from retention" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from retention" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from retention" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from retention" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from retention" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from retention" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from retention" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from retention" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from retention" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from retention" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from retention" -f -a "run" -d 'Anonymise, in every tenant with a policy, the users inactive longer than it allows'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from retention" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from request" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from request" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from request" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from request" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from request" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from request" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from request" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from request" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from request" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from request" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from request" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from request" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from request" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from request" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from request" -f -a "open" -d 'Register a request (due = received + 1 month)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from request" -f -a "list" -d 'The register; with --overdue only open requests past their due date'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from request" -f -a "show" -d 'One request with its manifest (what was exported, erased, or kept and why)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from request" -f -a "close" -d 'Close a request handled by hand (e.g. a rectification done with `user update`)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from request" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from suppression" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from suppression" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from suppression" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from suppression" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from suppression" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from suppression" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from suppression" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from suppression" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from suppression" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from suppression" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from suppression" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from suppression" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from suppression" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from suppression" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from suppression" -f -a "list"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from suppression" -f -a "remove" -d 'Let a person who returns legitimately be imported again'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from suppression" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from purge" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from purge" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from purge" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from purge" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from purge" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from purge" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from purge" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from purge" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from purge" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from purge" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from purge" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from purge" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from purge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from purge" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from help" -f -a "export" -d 'Everything held on a person (Art. 15 and 20), as JSON, XML or with xAPI statements'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from help" -f -a "erase" -d 'Erase a person (Art. 17): personal data goes, anonymous aggregates stay, the person is put on the suppression list so imports do not bring them back'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from help" -f -a "anonymize" -d 'Erase users with no learning activity for a long time'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from help" -f -a "retention" -d 'Apply the tenants\' retention policies (`tenant update --retention-inactive 3y`)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from help" -f -a "request" -d 'The register of data-subject requests (due one month after receipt)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from help" -f -a "suppression" -d 'Keyed hashes of erased people\'s external ids and e-mail addresses'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from help" -f -a "purge" -d 'Empty the write-ahead log (after an erasure that another reader kept from doing so)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand gdpr; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and not __fish_seen_subcommand_from users completions apply help" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and not __fish_seen_subcommand_from users completions apply help" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and not __fish_seen_subcommand_from users completions apply help" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and not __fish_seen_subcommand_from users completions apply help" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and not __fish_seen_subcommand_from users completions apply help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and not __fish_seen_subcommand_from users completions apply help" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and not __fish_seen_subcommand_from users completions apply help" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and not __fish_seen_subcommand_from users completions apply help" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and not __fish_seen_subcommand_from users completions apply help" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and not __fish_seen_subcommand_from users completions apply help" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and not __fish_seen_subcommand_from users completions apply help" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and not __fish_seen_subcommand_from users completions apply help" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and not __fish_seen_subcommand_from users completions apply help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and not __fish_seen_subcommand_from users completions apply help" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and not __fish_seen_subcommand_from users completions apply help" -f -a "users" -d 'Import users from an HR export (CSV: `,` `;` or tab; UTF-8, UTF-8 with BOM, Windows-1252 or UTF-16), all-or-nothing by default'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and not __fish_seen_subcommand_from users completions apply help" -f -a "completions" -d 'Import completions (who completed which course when, optional score) from an LMS or training-provider export; issues certificates. All-or-nothing by default'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and not __fish_seen_subcommand_from users completions apply help" -f -a "apply" -d 'Apply a plan saved with `import users --plan-out`, if the store has not changed since and every change still holds'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and not __fish_seen_subcommand_from users completions apply help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from users" -l key -d 'What identifies a user: external-id (default when the file has such a column) or email' -r -f -a "external-id\t'The HR personnel number'
email\t'The e-mail address (ignoring case)'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from users" -l mode -d 'upsert: create and update; create-only; update-only; sync: upsert, and suspend the tenant\'s active users who are not in the file' -r -f -a "upsert\t'Create new users, update changed ones'
create-only\t'Only create; rows of existing users are left alone'
update-only\t'Only update; rows of unknown users are rejected'
sync\t'Upsert, reactivate suspended users in the file, and suspend active users absent from it'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from users" -l max-suspend -d 'With --mode sync: refuse to suspend more than this many users (50) or this share of the tenant (10%), so a truncated export cannot suspend half the company' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from users" -l plan-out -d 'Save the plan to FILE (- for standard output) instead of applying it; apply later with `lmsctl import apply FILE`' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from users" -l reject-file -d 'Write rejected rows, with an `error` column, to FILE (- for standard output) in the input\'s own format' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from users" -l group -d 'Also put every imported user in this static group (created if missing)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from users" -l map -d 'Map a column (its header, or #N for the N-th column) to a user field (external_id, email, first_name, last_name, department, location, start_date, locale) or `ignore`; repeatable' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from users" -l encoding -d 'The input\'s encoding, when detection is not wanted' -r -f -a "utf-8\t''
windows-1252\t''
utf-16le\t''
utf-16be\t''"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from users" -l delimiter -d 'The field separator: \',\', \';\', \'tab\' or any single character' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from users" -l date-format -d 'The date format of the file (chrono syntax, e.g. %m/%d/%Y); default: YYYY-MM-DD or DD.MM.YYYY' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from users" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from users" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from users" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from users" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from users" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from users" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from users" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from users" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from users" -l dry-run -d 'Show what would change (counts and the first changes of each kind); change nothing'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from users" -l skip-invalid -d 'Import the valid rows even if some are rejected (the exit code is still 65)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from users" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from users" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from users" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from users" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from users" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from users" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from completions" -l key -d 'What identifies a user: external-id (default when the file has such a column) or email' -r -f -a "external-id\t'The HR personnel number'
email\t'The e-mail address (ignoring case)'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from completions" -l reject-file -d 'Write rejected rows, with an `error` column, to FILE (- for standard output) in the input\'s own format' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from completions" -l map -d 'Map a column (its header, or #N for the N-th column) to a field (external_id, email, course, date, score) or `ignore`; repeatable' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from completions" -l encoding -r -f -a "utf-8\t''
windows-1252\t''
utf-16le\t''
utf-16be\t''"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from completions" -l delimiter -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from completions" -l date-format -d 'The date format of the file (chrono syntax); default: YYYY-MM-DD or DD.MM.YYYY' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from completions" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from completions" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from completions" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from completions" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from completions" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from completions" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from completions" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from completions" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from completions" -l dry-run -d 'Show what would be recorded; change nothing'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from completions" -l skip-invalid -d 'Record the valid rows even if some are rejected (the exit code is still 65)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from completions" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from completions" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from completions" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from completions" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from completions" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from apply" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from apply" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from apply" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from apply" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from apply" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from apply" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from apply" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from apply" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from apply" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from apply" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from apply" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from apply" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "users" -d 'Import users from an HR export (CSV: `,` `;` or tab; UTF-8, UTF-8 with BOM, Windows-1252 or UTF-16), all-or-nothing by default'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "completions" -d 'Import completions (who completed which course when, optional score) from an LMS or training-provider export; issues certificates. All-or-nothing by default'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Apply a plan saved with `import users --plan-out`, if the store has not changed since and every change still holds'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and not __fish_seen_subcommand_from compliance overdue expiring active-users tenants help" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and not __fish_seen_subcommand_from compliance overdue expiring active-users tenants help" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and not __fish_seen_subcommand_from compliance overdue expiring active-users tenants help" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and not __fish_seen_subcommand_from compliance overdue expiring active-users tenants help" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and not __fish_seen_subcommand_from compliance overdue expiring active-users tenants help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and not __fish_seen_subcommand_from compliance overdue expiring active-users tenants help" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and not __fish_seen_subcommand_from compliance overdue expiring active-users tenants help" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and not __fish_seen_subcommand_from compliance overdue expiring active-users tenants help" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and not __fish_seen_subcommand_from compliance overdue expiring active-users tenants help" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and not __fish_seen_subcommand_from compliance overdue expiring active-users tenants help" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and not __fish_seen_subcommand_from compliance overdue expiring active-users tenants help" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and not __fish_seen_subcommand_from compliance overdue expiring active-users tenants help" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and not __fish_seen_subcommand_from compliance overdue expiring active-users tenants help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and not __fish_seen_subcommand_from compliance overdue expiring active-users tenants help" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and not __fish_seen_subcommand_from compliance overdue expiring active-users tenants help" -f -a "compliance" -d 'Assigned, completed, in progress, overdue, expired and the completion rate'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and not __fish_seen_subcommand_from compliance overdue expiring active-users tenants help" -f -a "overdue" -d 'Who is overdue on which mandatory course, since when, and their manager'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and not __fish_seen_subcommand_from compliance overdue expiring active-users tenants help" -f -a "expiring" -d 'Valid certificates running out soon'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and not __fish_seen_subcommand_from compliance overdue expiring active-users tenants help" -f -a "active-users" -d 'Distinct users with learning activity in a month or year, per tenant (billing)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and not __fish_seen_subcommand_from compliance overdue expiring active-users tenants help" -f -a "tenants" -d 'The tenant and all its descendants: users, active users this month, compliance'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and not __fish_seen_subcommand_from compliance overdue expiring active-users tenants help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from compliance" -l course -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from compliance" -l group -d 'Only members of this group' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from compliance" -l by -r -f -a "course\t''
group\t''
department\t''
location\t''
tenant\t''"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from compliance" -l as-of -d 'Compute for this day (YYYY-MM-DD or DD.MM.YYYY) instead of today, e.g. the date of an audit' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from compliance" -l expiring-within -d 'A certificate running out within this period counts as expiring' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from compliance" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from compliance" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from compliance" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from compliance" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from compliance" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from compliance" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from compliance" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from compliance" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from compliance" -l include-children -d 'Also the tenants below this one'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from compliance" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from compliance" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from compliance" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from compliance" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from compliance" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from compliance" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from overdue" -l as-of -d 'Compute for this day (YYYY-MM-DD or DD.MM.YYYY) instead of today, e.g. the date of an audit' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from overdue" -l expiring-within -d 'A certificate running out within this period counts as expiring' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from overdue" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from overdue" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from overdue" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from overdue" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from overdue" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from overdue" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from overdue" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from overdue" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from overdue" -l include-children -d 'Also the tenants below this one'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from overdue" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from overdue" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from overdue" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from overdue" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from overdue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from overdue" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from expiring" -l within -d 'Running out within this period' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from expiring" -l as-of -d 'Compute for this day (YYYY-MM-DD or DD.MM.YYYY) instead of today, e.g. the date of an audit' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from expiring" -l expiring-within -d 'A certificate running out within this period counts as expiring' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from expiring" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from expiring" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from expiring" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from expiring" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from expiring" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from expiring" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from expiring" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from expiring" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from expiring" -l include-children -d 'Also the tenants below this one'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from expiring" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from expiring" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from expiring" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from expiring" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from expiring" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from expiring" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from active-users" -l period -d 'A month (2026-10) or a year (2026), counted up to --as-of; the month of --as-of if not given' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from active-users" -l as-of -d 'Compute for this day (YYYY-MM-DD or DD.MM.YYYY) instead of today, e.g. the date of an audit' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from active-users" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from active-users" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from active-users" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from active-users" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from active-users" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from active-users" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from active-users" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from active-users" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from active-users" -l include-children -d 'Also the tenants below this one'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from active-users" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from active-users" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from active-users" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from active-users" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from active-users" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from active-users" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from tenants" -l as-of -d 'Compute for this day (YYYY-MM-DD or DD.MM.YYYY) instead of today, e.g. the date of an audit' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from tenants" -l expiring-within -d 'A certificate running out within this period counts as expiring' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from tenants" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from tenants" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from tenants" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from tenants" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from tenants" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from tenants" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from tenants" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from tenants" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from tenants" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from tenants" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from tenants" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from tenants" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from tenants" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from tenants" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "compliance" -d 'Assigned, completed, in progress, overdue, expired and the completion rate'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "overdue" -d 'Who is overdue on which mandatory course, since when, and their manager'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "expiring" -d 'Valid certificates running out soon'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "active-users" -d 'Distinct users with learning activity in a month or year, per tenant (billing)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "tenants" -d 'The tenant and all its descendants: users, active users this month, compliance'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -f -a "list" -d 'List audit events, oldest first (of the tenant given with --tenant, else all)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -f -a "verify" -d 'Check the hash chains (one per tenant, one for the whole store): exits 1 when an event was edited or deleted'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l action -d 'Only this action (user.create) or family of actions (user)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l since -d 'Only events at or after this date (YYYY-MM-DD) or time (RFC 3339)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l limit -d 'The most recent N events; 0 lists all' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l anchor -d 'A head hash printed by an earlier verify (of any chain) and kept elsewhere: also fails when the trail no longer contains that event (events removed from the end of its chain)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "list" -d 'List audit events, oldest first (of the tenant given with --tenant, else all)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check the hash chains (one per tenant, one for the whole store): exits 1 when an event was edited or deleted'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand login" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand login" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand login" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand login" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand login" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand login" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand login" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand login" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand login" -l with-token -d 'Read the token (or the password) from standard input instead of asking for it'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand login" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand login" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand login" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand login" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand login" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand logout" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand logout" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand logout" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand logout" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand logout" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand logout" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand logout" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand logout" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand logout" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand logout" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand logout" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand logout" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand logout" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand serve" -l listen -d 'The address and port to listen on (port 0: any free port, printed on start)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand serve" -l tls-cert -d 'Serve HTTPS with this PEM certificate chain (with --tls-key)' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand serve" -l tls-key -d 'The PEM private key of --tls-cert' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand serve" -l connections -d 'Store connections: how many requests are served at the same time' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand serve" -l stage-timeout -d 'How long a remote import may send nothing before the rows it staged are dropped' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand serve" -l header-timeout -d 'Seconds a client has to send a request\'s head (method, path, header fields) from its first byte, and to complete a TLS handshake; slower clients are cut off' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand serve" -l idle-timeout -d 'Seconds a connection may sit idle: without a request (keep-alive), in a request body that stopped arriving (408), or with an answer the client stopped reading' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand serve" -l auth-failures -d 'Failed authentications per client address and minute before further failures are answered 429 with Retry-After (valid tokens are still accepted); 0: no limit' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand serve" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand serve" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand serve" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand serve" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand serve" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand serve" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand serve" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand serve" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand serve" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand serve" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand serve" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand serve" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand serve" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -f -a "create" -d 'Create a token for the tenant given with --tenant (it reaches that tenant and the tenants below it), or with --whole-store for every tenant, and print it once'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -f -a "list" -d 'List tokens (of the tenant given with --tenant, else all), never their secrets'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -f -a "revoke" -d 'Revoke a token: the server refuses it from the next request on'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from create" -l role -d 'admin: everything; dpo: GDPR, audit trail and reading; reporter: reports only' -r -f -a "admin\t'Everything'
dpo\t'Data protection: GDPR commands, the audit trail and reading'
reporter\t'Reports only'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from create" -l expires -d 'Valid for this long from today (e.g. 90d, 12m); without it, until revoked' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from create" -l label -d 'What the token is for, e.g. "nightly HR import"' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from create" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from create" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from create" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from create" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from create" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from create" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from create" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from create" -l whole-store -d 'A token for the whole store (every tenant, present and future): for the server\'s operator'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from create" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from create" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from list" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from list" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from list" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from list" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from list" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from list" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from list" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a token for the tenant given with --tenant (it reaches that tenant and the tenants below it), or with --whole-store for every tenant, and print it once'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "list" -d 'List tokens (of the tenant given with --tenant, else all), never their secrets'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke a token: the server refuses it from the next request on'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -f -a "copy" -d 'Copy a whole store into a new, empty one: a SQLite file into a PostgreSQL database or back (every id, hash and secret kept). Prints each table\'s rows, then verifies the copy\'s audit trail'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and __fish_seen_subcommand_from copy" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and __fish_seen_subcommand_from copy" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and __fish_seen_subcommand_from copy" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and __fish_seen_subcommand_from copy" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and __fish_seen_subcommand_from copy" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and __fish_seen_subcommand_from copy" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and __fish_seen_subcommand_from copy" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and __fish_seen_subcommand_from copy" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and __fish_seen_subcommand_from copy" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and __fish_seen_subcommand_from copy" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and __fish_seen_subcommand_from copy" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and __fish_seen_subcommand_from copy" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy a whole store into a new, empty one: a SQLite file into a PostgreSQL database or back (every id, hash and secret kept). Prints each table\'s rows, then verifies the copy\'s audit trail'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand completions" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand completions" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand completions" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand completions" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand completions" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand completions" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand completions" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand completions" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand completions" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand completions" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand completions" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand completions" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand man" -l store -d 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand man" -l tenant -d 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand man" -s o -l output -d 'Output format of results on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an array for lists): the canonical machine format'
ndjson\t'One JSON object per line, for streaming into jq or a log pipeline'
csv\t'RFC 4180 CSV with a header row; formula-like cells are neutralised'
html\t'A self-contained HTML page (no external assets): a table, and for reports a bar chart as inline SVG'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand man" -l csv-dialect -d 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel' -r -f -a "standard\t'Comma-separated UTF-8, LF line ends'
excel\t'What German Excel opens with a double click: `;`-separated UTF-8 with a BOM, CRLF'"
complete -c lmsctl -n "__fish_lmsctl_using_subcommand man" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand man" -l ca-cert -d 'Trust only this CA certificate (PEM) for an https:// store, instead of the system\'s certificate store' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand man" -l profile -d 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence' -r
complete -c lmsctl -n "__fish_lmsctl_using_subcommand man" -l token-file -d 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence' -r -F
complete -c lmsctl -n "__fish_lmsctl_using_subcommand man" -s q -l quiet -d 'Print only results and errors: no summaries or progress on stderr'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand man" -s v -l verbose -d 'Say more on stderr about what is being done (e.g. which store is used)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand man" -l yes -d 'Confirm destructive operations without asking (required when not on a terminal)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand man" -l no-progress -d 'Never show progress bars'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand man" -s V -l version -d 'Print version'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user group course assign complete certificate remind gdpr import report audit login logout serve token store completions man help" -f -a "tenant" -d 'Create, list, change and delete tenants (Mandanten)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user group course assign complete certificate remind gdpr import report audit login logout serve token store completions man help" -f -a "user" -d 'Add, list, change, suspend and reactivate users of a tenant'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user group course assign complete certificate remind gdpr import report audit login logout serve token store completions man help" -f -a "group" -d 'Static and rule-based groups of users'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user group course assign complete certificate remind gdpr import report audit login logout serve token store completions man help" -f -a "course" -d 'The course catalogue, including courses shared by parent tenants'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user group course assign complete certificate remind gdpr import report audit login logout serve token store completions man help" -f -a "assign" -d 'Assign courses (with due dates) and list who stands where'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user group course assign complete certificate remind gdpr import report audit login logout serve token store completions man help" -f -a "complete" -d 'Record that a user completed a course; issues a certificate'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user group course assign complete certificate remind gdpr import report audit login logout serve token store completions man help" -f -a "certificate" -d 'Certificates issued on completion'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user group course assign complete certificate remind gdpr import report audit login logout serve token store completions man help" -f -a "remind" -d 'Reminders due now (due soon, overdue, certificates expiring), for mail merge'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user group course assign complete certificate remind gdpr import report audit login logout serve token store completions man help" -f -a "gdpr" -d 'Data protection: export, erase, anonymise, retention, request register, suppression list'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user group course assign complete certificate remind gdpr import report audit login logout serve token store completions man help" -f -a "import" -d 'Bulk imports from HR exports (the nightly cron job)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user group course assign complete certificate remind gdpr import report audit login logout serve token store completions man help" -f -a "report" -d 'Reports for managers, auditors and billing (`-o html` for a page with a chart)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user group course assign complete certificate remind gdpr import report audit login logout serve token store completions man help" -f -a "audit" -d 'The tamper-evident audit trail of every change'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user group course assign complete certificate remind gdpr import report audit login logout serve token store completions man help" -f -a "login" -d 'Keep a server\'s API token, or a PostgreSQL store\'s password, in the OS keyring and make it the default store'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user group course assign complete certificate remind gdpr import report audit login logout serve token store completions man help" -f -a "logout" -d 'Forget the token of a profile (the default one, or --profile)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user group course assign complete certificate remind gdpr import report audit login logout serve token store completions man help" -f -a "serve" -d 'Serve the store as a REST API for remote clients (`--store http://HOST:PORT`)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user group course assign complete certificate remind gdpr import report audit login logout serve token store completions man help" -f -a "token" -d 'API tokens for `lmsctl serve`, shown once (on the server\'s store, or through the server with a token of the whole store)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user group course assign complete certificate remind gdpr import report audit login logout serve token store completions man help" -f -a "store" -d 'The store as a whole: copy it to another backend (SQLite, PostgreSQL)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user group course assign complete certificate remind gdpr import report audit login logout serve token store completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user group course assign complete certificate remind gdpr import report audit login logout serve token store completions man help" -f -a "man" -d 'Write the man pages (lmsctl.1 and one per command) into an empty directory, e.g. for a package'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and not __fish_seen_subcommand_from tenant user group course assign complete certificate remind gdpr import report audit login logout serve token store completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "create" -d 'Create a tenant, optionally as the child of another'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "list" -d 'List all tenants'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "show" -d 'Show one tenant'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "update" -d 'Change a tenant\'s name, parent, domain or brand colour'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "delete" -d 'Delete a tenant (asks for confirmation; --yes in scripts)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "add" -d 'Add a user to the tenant'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'List the tenant\'s users, filtered and paged'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "show" -d 'Show one user, with their groups'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "update" -d 'Change a user\'s fields ("" clears an optional field)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "suspend" -d 'Suspend a user: they keep their data but cannot sign in'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "consent" -d 'Consent to the privacy notice: record, withdraw, list who is missing it'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "reactivate" -d 'Reactivate a suspended user'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "create" -d 'Create a group: static, or with a membership rule'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "list" -d 'List the tenant\'s groups with their member counts'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "show" -d 'List a group\'s members (-o json: the group with its members)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "delete" -d 'Delete a group (its members stay; asks for confirmation; --yes in scripts)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "add-member" -d 'Add users to a group as static members'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "remove-member" -d 'Remove static members from a group'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from course" -f -a "create" -d 'Create a course owned by the tenant'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from course" -f -a "list" -d 'The tenant\'s catalogue: its own courses and the shared courses of its parents (TENANT names the owner; inherited ones are read-only here)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from course" -f -a "show" -d 'Show one course; with --stats, its figures among the tenant\'s active users: enrollments by status, completion rate, completions recorded'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from course" -f -a "update" -d 'Change a course the tenant owns'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from course" -f -a "archive" -d 'Archive a course: it stays in reports and certificates but cannot be assigned'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from assign" -f -a "list" -d 'One row per user and course, with its status (assigned, in-progress, completed, overdue, expiring, expired)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from assign" -f -a "remove" -d 'Remove an assignment; enrollments no other assignment reaches go too (completions and certificates stay)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from assign" -f -a "progress" -d 'Record how far a user has come in an assigned course'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from certificate" -f -a "list" -d 'Certificates of the tenant, with their state (valid, expiring, expired, superseded)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from certificate" -f -a "show" -d 'One certificate by serial'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from gdpr" -f -a "export" -d 'Everything held on a person (Art. 15 and 20), as JSON, XML or with xAPI statements'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from gdpr" -f -a "erase" -d 'Erase a person (Art. 17): personal data goes, anonymous aggregates stay, the person is put on the suppression list so imports do not bring them back'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from gdpr" -f -a "anonymize" -d 'Erase users with no learning activity for a long time'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from gdpr" -f -a "retention" -d 'Apply the tenants\' retention policies (`tenant update --retention-inactive 3y`)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from gdpr" -f -a "request" -d 'The register of data-subject requests (due one month after receipt)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from gdpr" -f -a "suppression" -d 'Keyed hashes of erased people\'s external ids and e-mail addresses'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from gdpr" -f -a "purge" -d 'Empty the write-ahead log (after an erasure that another reader kept from doing so)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "users" -d 'Import users from an HR export (CSV: `,` `;` or tab; UTF-8, UTF-8 with BOM, Windows-1252 or UTF-16), all-or-nothing by default'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "completions" -d 'Import completions (who completed which course when, optional score) from an LMS or training-provider export; issues certificates. All-or-nothing by default'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "apply" -d 'Apply a plan saved with `import users --plan-out`, if the store has not changed since and every change still holds'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "compliance" -d 'Assigned, completed, in progress, overdue, expired and the completion rate'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "overdue" -d 'Who is overdue on which mandatory course, since when, and their manager'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "expiring" -d 'Valid certificates running out soon'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "active-users" -d 'Distinct users with learning activity in a month or year, per tenant (billing)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "tenants" -d 'The tenant and all its descendants: users, active users this month, compliance'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "list" -d 'List audit events, oldest first (of the tenant given with --tenant, else all)'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Check the hash chains (one per tenant, one for the whole store): exits 1 when an event was edited or deleted'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "create" -d 'Create a token for the tenant given with --tenant (it reaches that tenant and the tenants below it), or with --whole-store for every tenant, and print it once'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "list" -d 'List tokens (of the tenant given with --tenant, else all), never their secrets'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "revoke" -d 'Revoke a token: the server refuses it from the next request on'
complete -c lmsctl -n "__fish_lmsctl_using_subcommand help; and __fish_seen_subcommand_from store" -f -a "copy" -d 'Copy a whole store into a new, empty one: a SQLite file into a PostgreSQL database or back (every id, hash and secret kept). Prints each table\'s rows, then verifies the copy\'s audit trail'
