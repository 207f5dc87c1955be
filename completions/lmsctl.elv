
use builtin;
use str;

set edit:completion:arg-completer[lmsctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'lmsctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'lmsctl'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand tenant 'Create, list, change and delete tenants (Mandanten)'
            cand user 'Add, list, change, suspend and reactivate users of a tenant'
            cand group 'Static and rule-based groups of users'
            cand course 'The course catalogue, including courses shared by parent tenants'
            cand assign 'Assign courses (with due dates) and list who stands where'
            cand complete 'Record that a user completed a course; issues a certificate'
            cand certificate 'Certificates issued on completion'
            cand remind 'Reminders due now (due soon, overdue, certificates expiring), for mail merge'
            cand gdpr 'Data protection: export, erase, anonymise, retention, request register, suppression list'
            cand import 'Bulk imports from HR exports (the nightly cron job)'
            cand report 'Reports for managers, auditors and billing (`-o html` for a page with a chart)'
            cand audit 'The tamper-evident audit trail of every change'
            cand login 'Keep a server''s API token, or a PostgreSQL store''s password, in the OS keyring and make it the default store'
            cand logout 'Forget the token of a profile (the default one, or --profile)'
            cand serve 'Serve the store as a REST API for remote clients (`--store http://HOST:PORT`)'
            cand token 'API tokens for `lmsctl serve`, shown once (on the server''s store, or through the server with a token of the whole store)'
            cand store 'The store as a whole: copy it to another backend (SQLite, PostgreSQL)'
            cand completions 'Print a shell completion script'
            cand man 'Write the man pages (lmsctl.1 and one per command) into an empty directory, e.g. for a package'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;tenant'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a tenant, optionally as the child of another'
            cand list 'List all tenants'
            cand show 'Show one tenant'
            cand update 'Change a tenant''s name, parent, domain or brand colour'
            cand delete 'Delete a tenant (asks for confirmation; --yes in scripts)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;tenant;create'= {
            cand --name 'Display name'
            cand --parent 'Slug of the parent tenant (for client academies)'
            cand --domain 'The tenant''s domain, e.g. academy.example.com'
            cand --brand-color 'Brand colour as #RRGGBB'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;tenant;list'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;tenant;show'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;tenant;update'= {
            cand --name 'name'
            cand --parent 'New parent slug; "" makes it a top-level tenant'
            cand --domain 'New domain; "" removes it'
            cand --brand-color 'New brand colour (#RRGGBB); "" removes it'
            cand --retention-inactive 'Retention policy: users inactive this long (e.g. 3y, 36m) are anonymised by `lmsctl gdpr retention run`; "" removes the policy'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;tenant;delete'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand --cascade 'Also delete the tenant''s users, groups and child tenants'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;tenant;help'= {
            cand create 'Create a tenant, optionally as the child of another'
            cand list 'List all tenants'
            cand show 'Show one tenant'
            cand update 'Change a tenant''s name, parent, domain or brand colour'
            cand delete 'Delete a tenant (asks for confirmation; --yes in scripts)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;tenant;help;create'= {
        }
        &'lmsctl;tenant;help;list'= {
        }
        &'lmsctl;tenant;help;show'= {
        }
        &'lmsctl;tenant;help;update'= {
        }
        &'lmsctl;tenant;help;delete'= {
        }
        &'lmsctl;tenant;help;help'= {
        }
        &'lmsctl;user'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a user to the tenant'
            cand list 'List the tenant''s users, filtered and paged'
            cand show 'Show one user, with their groups'
            cand update 'Change a user''s fields ("" clears an optional field)'
            cand suspend 'Suspend a user: they keep their data but cannot sign in'
            cand consent 'Consent to the privacy notice: record, withdraw, list who is missing it'
            cand reactivate 'Reactivate a suspended user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;user;add'= {
            cand --email 'E-mail address (unique per tenant, ignoring case)'
            cand --first-name 'first-name'
            cand --last-name 'last-name'
            cand --external-id 'HR personnel number (unique per tenant); the key of nightly imports'
            cand --department 'department'
            cand --location 'location'
            cand --manager 'The user''s manager: id:N, e-mail or external id'
            cand --start-date 'First working day: YYYY-MM-DD or DD.MM.YYYY'
            cand --locale 'Language tag, e.g. de or de-DE'
            cand --role 'A role (repeatable); default: learner'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;user;list'= {
            cand --status 'status'
            cand --department 'department'
            cand --location 'location'
            cand --group 'Only members of this group'
            cand -s 'Text to find in names, e-mail or external id (case-insensitive)'
            cand --search 'Text to find in names, e-mail or external id (case-insensitive)'
            cand --limit 'At most this many users; 0 lists all'
            cand --offset 'Skip this many users (for paging)'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;user;show'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;user;update'= {
            cand --email 'email'
            cand --first-name 'first-name'
            cand --last-name 'last-name'
            cand --external-id 'external-id'
            cand --department 'department'
            cand --location 'location'
            cand --manager 'id:N, e-mail or external id; "" removes the manager'
            cand --start-date 'YYYY-MM-DD or DD.MM.YYYY; "" removes it'
            cand --locale 'locale'
            cand --role 'Replaces the user''s roles (repeatable)'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;user;suspend'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;user;consent'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand record 'Record that a user accepted a version of the privacy notice'
            cand withdraw 'Record that a user withdrew consent'
            cand missing 'Active users who have not accepted this notice'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;user;consent;record'= {
            cand --notice 'notice'
            cand --date 'Default today'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;user;consent;withdraw'= {
            cand --notice 'notice'
            cand --date 'Default today'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;user;consent;missing'= {
            cand --notice 'notice'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;user;consent;help'= {
            cand record 'Record that a user accepted a version of the privacy notice'
            cand withdraw 'Record that a user withdrew consent'
            cand missing 'Active users who have not accepted this notice'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;user;consent;help;record'= {
        }
        &'lmsctl;user;consent;help;withdraw'= {
        }
        &'lmsctl;user;consent;help;missing'= {
        }
        &'lmsctl;user;consent;help;help'= {
        }
        &'lmsctl;user;reactivate'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;user;help'= {
            cand add 'Add a user to the tenant'
            cand list 'List the tenant''s users, filtered and paged'
            cand show 'Show one user, with their groups'
            cand update 'Change a user''s fields ("" clears an optional field)'
            cand suspend 'Suspend a user: they keep their data but cannot sign in'
            cand consent 'Consent to the privacy notice: record, withdraw, list who is missing it'
            cand reactivate 'Reactivate a suspended user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;user;help;add'= {
        }
        &'lmsctl;user;help;list'= {
        }
        &'lmsctl;user;help;show'= {
        }
        &'lmsctl;user;help;update'= {
        }
        &'lmsctl;user;help;suspend'= {
        }
        &'lmsctl;user;help;consent'= {
            cand record 'Record that a user accepted a version of the privacy notice'
            cand withdraw 'Record that a user withdrew consent'
            cand missing 'Active users who have not accepted this notice'
        }
        &'lmsctl;user;help;consent;record'= {
        }
        &'lmsctl;user;help;consent;withdraw'= {
        }
        &'lmsctl;user;help;consent;missing'= {
        }
        &'lmsctl;user;help;reactivate'= {
        }
        &'lmsctl;user;help;help'= {
        }
        &'lmsctl;group'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a group: static, or with a membership rule'
            cand list 'List the tenant''s groups with their member counts'
            cand show 'List a group''s members (-o json: the group with its members)'
            cand delete 'Delete a group (its members stay; asks for confirmation; --yes in scripts)'
            cand add-member 'Add users to a group as static members'
            cand remove-member 'Remove static members from a group'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;group;create'= {
            cand --description 'description'
            cand --rule 'Membership rule over user fields, kept up to date on every change, e.g. ''department = "Vertrieb" and location in ("Berlin", "Köln")''. Fields: department, location, locale, status, external_id, email, first_name, last_name, start_date, role. Operators: = != in, not in, contains, starts_with, ends_with, and < <= > >= on start_date; combine with and, or, not, ( )'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;group;list'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;group;show'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;group;delete'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;group;add-member'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;group;remove-member'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;group;help'= {
            cand create 'Create a group: static, or with a membership rule'
            cand list 'List the tenant''s groups with their member counts'
            cand show 'List a group''s members (-o json: the group with its members)'
            cand delete 'Delete a group (its members stay; asks for confirmation; --yes in scripts)'
            cand add-member 'Add users to a group as static members'
            cand remove-member 'Remove static members from a group'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;group;help;create'= {
        }
        &'lmsctl;group;help;list'= {
        }
        &'lmsctl;group;help;show'= {
        }
        &'lmsctl;group;help;delete'= {
        }
        &'lmsctl;group;help;add-member'= {
        }
        &'lmsctl;group;help;remove-member'= {
        }
        &'lmsctl;group;help;help'= {
        }
        &'lmsctl;course'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a course owned by the tenant'
            cand list 'The tenant''s catalogue: its own courses and the shared courses of its parents (TENANT names the owner; inherited ones are read-only here)'
            cand show 'Show one course; with --stats, its figures among the tenant''s active users: enrollments by status, completion rate, completions recorded'
            cand update 'Change a course the tenant owns'
            cand archive 'Archive a course: it stays in reports and certificates but cannot be assigned'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;course;create'= {
            cand --title 'title'
            cand --description 'description'
            cand --valid-for 'Certificate validity, e.g. 12m or 2y; makes the course recurring'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand --mandatory 'Required training (safety instruction, data protection, ...)'
            cand --shared 'Offer the course to every descendant tenant (live: changes show at once)'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;course;list'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand --archived 'Include archived courses'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;course;show'= {
            cand --as-of 'Compute for this day (YYYY-MM-DD or DD.MM.YYYY) instead of today, e.g. the date of an audit'
            cand --expiring-within 'A certificate running out within this period counts as expiring'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand --stats 'Show the course''s figures instead of its settings'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;course;update'= {
            cand --title 'title'
            cand --description '"" removes the description'
            cand --mandatory 'mandatory'
            cand --valid-for 'A period such as 12m, or `none` for a course that does not recur'
            cand --shared 'shared'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;course;archive'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;course;help'= {
            cand create 'Create a course owned by the tenant'
            cand list 'The tenant''s catalogue: its own courses and the shared courses of its parents (TENANT names the owner; inherited ones are read-only here)'
            cand show 'Show one course; with --stats, its figures among the tenant''s active users: enrollments by status, completion rate, completions recorded'
            cand update 'Change a course the tenant owns'
            cand archive 'Archive a course: it stays in reports and certificates but cannot be assigned'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;course;help;create'= {
        }
        &'lmsctl;course;help;list'= {
        }
        &'lmsctl;course;help;show'= {
        }
        &'lmsctl;course;help;update'= {
        }
        &'lmsctl;course;help;archive'= {
        }
        &'lmsctl;course;help;help'= {
        }
        &'lmsctl;assign'= {
            cand --user 'One user: id:N, e-mail or external id'
            cand --group 'A group''s members, including those who join later'
            cand --due 'Due on this date'
            cand --due-in 'Due this long after a user gets the course, e.g. 30d'
            cand --due-after-start 'Due this long after a user''s start date (onboarding), e.g. 14d'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand --all-users 'Every user of the tenant, including those who join later (e.g. by import)'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'One row per user and course, with its status (assigned, in-progress, completed, overdue, expiring, expired)'
            cand remove 'Remove an assignment; enrollments no other assignment reaches go too (completions and certificates stay)'
            cand progress 'Record how far a user has come in an assigned course'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;assign;list'= {
            cand --course 'course'
            cand --user 'user'
            cand --status 'status'
            cand --as-of 'Compute for this day (YYYY-MM-DD or DD.MM.YYYY) instead of today, e.g. the date of an audit'
            cand --expiring-within 'A certificate running out within this period counts as expiring'
            cand --limit 'At most this many rows; 0 lists all'
            cand --offset 'offset'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;assign;remove'= {
            cand --user 'One user: id:N, e-mail or external id'
            cand --group 'A group''s members, including those who join later'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand --all-users 'Every user of the tenant, including those who join later (e.g. by import)'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;assign;progress'= {
            cand --user 'user'
            cand --percent '0 to 99 (100 is a completion: use `lmsctl complete`)'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;assign;help'= {
            cand list 'One row per user and course, with its status (assigned, in-progress, completed, overdue, expiring, expired)'
            cand remove 'Remove an assignment; enrollments no other assignment reaches go too (completions and certificates stay)'
            cand progress 'Record how far a user has come in an assigned course'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;assign;help;list'= {
        }
        &'lmsctl;assign;help;remove'= {
        }
        &'lmsctl;assign;help;progress'= {
        }
        &'lmsctl;assign;help;help'= {
        }
        &'lmsctl;complete'= {
            cand --user 'user'
            cand --date 'The day it was completed; default today'
            cand --score 'Score, 0 to 100'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;certificate'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Certificates of the tenant, with their state (valid, expiring, expired, superseded)'
            cand show 'One certificate by serial'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;certificate;list'= {
            cand --course 'course'
            cand --user 'user'
            cand --as-of 'Compute for this day (YYYY-MM-DD or DD.MM.YYYY) instead of today, e.g. the date of an audit'
            cand --expiring-within 'A certificate running out within this period counts as expiring'
            cand --limit 'limit'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;certificate;show'= {
            cand --as-of 'Compute for this day (YYYY-MM-DD or DD.MM.YYYY) instead of today, e.g. the date of an audit'
            cand --expiring-within 'A certificate running out within this period counts as expiring'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;certificate;help'= {
            cand list 'Certificates of the tenant, with their state (valid, expiring, expired, superseded)'
            cand show 'One certificate by serial'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;certificate;help;list'= {
        }
        &'lmsctl;certificate;help;show'= {
        }
        &'lmsctl;certificate;help;help'= {
        }
        &'lmsctl;remind'= {
            cand --within 'Look this far ahead for due dates and expiring certificates'
            cand --as-of 'Compute for this day (YYYY-MM-DD or DD.MM.YYYY) instead of today, e.g. the date of an audit'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;gdpr'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand export 'Everything held on a person (Art. 15 and 20), as JSON, XML or with xAPI statements'
            cand erase 'Erase a person (Art. 17): personal data goes, anonymous aggregates stay, the person is put on the suppression list so imports do not bring them back'
            cand anonymize 'Erase users with no learning activity for a long time'
            cand retention 'Apply the tenants'' retention policies (`tenant update --retention-inactive 3y`)'
            cand request 'The register of data-subject requests (due one month after receipt)'
            cand suppression 'Keyed hashes of erased people''s external ids and e-mail addresses'
            cand purge 'Empty the write-ahead log (after an erasure that another reader kept from doing so)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;gdpr;export'= {
            cand --format 'format'
            cand --out 'Write to FILE (created readable by you only; - is standard output) instead of standard output'
            cand --request 'The export request this answers; it is closed with a manifest'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;gdpr;erase'= {
            cand --request 'The erasure request this answers; it is closed with a manifest'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand --dry-run 'List what would be erased and kept; change nothing'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;gdpr;anonymize'= {
            cand --inactive-since 'No learning activity for this long, e.g. 10y'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand --dry-run 'dry-run'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;gdpr;retention'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand run 'Anonymise, in every tenant with a policy, the users inactive longer than it allows'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;gdpr;retention;run'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand --dry-run 'dry-run'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;gdpr;retention;help'= {
            cand run 'Anonymise, in every tenant with a policy, the users inactive longer than it allows'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;gdpr;retention;help;run'= {
        }
        &'lmsctl;gdpr;retention;help;help'= {
        }
        &'lmsctl;gdpr;request'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand open 'Register a request (due = received + 1 month)'
            cand list 'The register; with --overdue only open requests past their due date'
            cand show 'One request with its manifest (what was exported, erased, or kept and why)'
            cand close 'Close a request handled by hand (e.g. a rectification done with `user update`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;gdpr;request;open'= {
            cand --type 'type'
            cand --user 'user'
            cand --received 'received'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;gdpr;request;list'= {
            cand --as-of 'as-of'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand --overdue 'overdue'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;gdpr;request;show'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;gdpr;request;close'= {
            cand --note 'note'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;gdpr;request;help'= {
            cand open 'Register a request (due = received + 1 month)'
            cand list 'The register; with --overdue only open requests past their due date'
            cand show 'One request with its manifest (what was exported, erased, or kept and why)'
            cand close 'Close a request handled by hand (e.g. a rectification done with `user update`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;gdpr;request;help;open'= {
        }
        &'lmsctl;gdpr;request;help;list'= {
        }
        &'lmsctl;gdpr;request;help;show'= {
        }
        &'lmsctl;gdpr;request;help;close'= {
        }
        &'lmsctl;gdpr;request;help;help'= {
        }
        &'lmsctl;gdpr;suppression'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'list'
            cand remove 'Let a person who returns legitimately be imported again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;gdpr;suppression;list'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;gdpr;suppression;remove'= {
            cand --email 'email'
            cand --external-id 'external-id'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;gdpr;suppression;help'= {
            cand list 'list'
            cand remove 'Let a person who returns legitimately be imported again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;gdpr;suppression;help;list'= {
        }
        &'lmsctl;gdpr;suppression;help;remove'= {
        }
        &'lmsctl;gdpr;suppression;help;help'= {
        }
        &'lmsctl;gdpr;purge'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;gdpr;help'= {
            cand export 'Everything held on a person (Art. 15 and 20), as JSON, XML or with xAPI statements'
            cand erase 'Erase a person (Art. 17): personal data goes, anonymous aggregates stay, the person is put on the suppression list so imports do not bring them back'
            cand anonymize 'Erase users with no learning activity for a long time'
            cand retention 'Apply the tenants'' retention policies (`tenant update --retention-inactive 3y`)'
            cand request 'The register of data-subject requests (due one month after receipt)'
            cand suppression 'Keyed hashes of erased people''s external ids and e-mail addresses'
            cand purge 'Empty the write-ahead log (after an erasure that another reader kept from doing so)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;gdpr;help;export'= {
        }
        &'lmsctl;gdpr;help;erase'= {
        }
        &'lmsctl;gdpr;help;anonymize'= {
        }
        &'lmsctl;gdpr;help;retention'= {
            cand run 'Anonymise, in every tenant with a policy, the users inactive longer than it allows'
        }
        &'lmsctl;gdpr;help;retention;run'= {
        }
        &'lmsctl;gdpr;help;request'= {
            cand open 'Register a request (due = received + 1 month)'
            cand list 'The register; with --overdue only open requests past their due date'
            cand show 'One request with its manifest (what was exported, erased, or kept and why)'
            cand close 'Close a request handled by hand (e.g. a rectification done with `user update`)'
        }
        &'lmsctl;gdpr;help;request;open'= {
        }
        &'lmsctl;gdpr;help;request;list'= {
        }
        &'lmsctl;gdpr;help;request;show'= {
        }
        &'lmsctl;gdpr;help;request;close'= {
        }
        &'lmsctl;gdpr;help;suppression'= {
            cand list 'list'
            cand remove 'Let a person who returns legitimately be imported again'
        }
        &'lmsctl;gdpr;help;suppression;list'= {
        }
        &'lmsctl;gdpr;help;suppression;remove'= {
        }
        &'lmsctl;gdpr;help;purge'= {
        }
        &'lmsctl;gdpr;help;help'= {
        }
        &'lmsctl;import'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand users 'Import users from an HR export (CSV: `,` `;` or tab; UTF-8, UTF-8 with BOM, Windows-1252 or UTF-16), all-or-nothing by default'
            cand completions 'Import completions (who completed which course when, optional score) from an LMS or training-provider export; issues certificates. All-or-nothing by default'
            cand apply 'Apply a plan saved with `import users --plan-out`, if the store has not changed since and every change still holds'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;import;users'= {
            cand --key 'What identifies a user: external-id (default when the file has such a column) or email'
            cand --mode 'upsert: create and update; create-only; update-only; sync: upsert, and suspend the tenant''s active users who are not in the file'
            cand --max-suspend 'With --mode sync: refuse to suspend more than this many users (50) or this share of the tenant (10%), so a truncated export cannot suspend half the company'
            cand --plan-out 'Save the plan to FILE (- for standard output) instead of applying it; apply later with `lmsctl import apply FILE`'
            cand --reject-file 'Write rejected rows, with an `error` column, to FILE (- for standard output) in the input''s own format'
            cand --group 'Also put every imported user in this static group (created if missing)'
            cand --map 'Map a column (its header, or #N for the N-th column) to a user field (external_id, email, first_name, last_name, department, location, start_date, locale) or `ignore`; repeatable'
            cand --encoding 'The input''s encoding, when detection is not wanted'
            cand --delimiter 'The field separator: '','', '';'', ''tab'' or any single character'
            cand --date-format 'The date format of the file (chrono syntax, e.g. %m/%d/%Y); default: YYYY-MM-DD or DD.MM.YYYY'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand --dry-run 'Show what would change (counts and the first changes of each kind); change nothing'
            cand --skip-invalid 'Import the valid rows even if some are rejected (the exit code is still 65)'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;import;completions'= {
            cand --key 'What identifies a user: external-id (default when the file has such a column) or email'
            cand --reject-file 'Write rejected rows, with an `error` column, to FILE (- for standard output) in the input''s own format'
            cand --map 'Map a column (its header, or #N for the N-th column) to a field (external_id, email, course, date, score) or `ignore`; repeatable'
            cand --encoding 'encoding'
            cand --delimiter 'delimiter'
            cand --date-format 'The date format of the file (chrono syntax); default: YYYY-MM-DD or DD.MM.YYYY'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand --dry-run 'Show what would be recorded; change nothing'
            cand --skip-invalid 'Record the valid rows even if some are rejected (the exit code is still 65)'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;import;apply'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;import;help'= {
            cand users 'Import users from an HR export (CSV: `,` `;` or tab; UTF-8, UTF-8 with BOM, Windows-1252 or UTF-16), all-or-nothing by default'
            cand completions 'Import completions (who completed which course when, optional score) from an LMS or training-provider export; issues certificates. All-or-nothing by default'
            cand apply 'Apply a plan saved with `import users --plan-out`, if the store has not changed since and every change still holds'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;import;help;users'= {
        }
        &'lmsctl;import;help;completions'= {
        }
        &'lmsctl;import;help;apply'= {
        }
        &'lmsctl;import;help;help'= {
        }
        &'lmsctl;report'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand compliance 'Assigned, completed, in progress, overdue, expired and the completion rate'
            cand overdue 'Who is overdue on which mandatory course, since when, and their manager'
            cand expiring 'Valid certificates running out soon'
            cand active-users 'Distinct users with learning activity in a month or year, per tenant (billing)'
            cand tenants 'The tenant and all its descendants: users, active users this month, compliance'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;report;compliance'= {
            cand --course 'course'
            cand --group 'Only members of this group'
            cand --by 'by'
            cand --as-of 'Compute for this day (YYYY-MM-DD or DD.MM.YYYY) instead of today, e.g. the date of an audit'
            cand --expiring-within 'A certificate running out within this period counts as expiring'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand --include-children 'Also the tenants below this one'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;report;overdue'= {
            cand --as-of 'Compute for this day (YYYY-MM-DD or DD.MM.YYYY) instead of today, e.g. the date of an audit'
            cand --expiring-within 'A certificate running out within this period counts as expiring'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand --include-children 'Also the tenants below this one'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;report;expiring'= {
            cand --within 'Running out within this period'
            cand --as-of 'Compute for this day (YYYY-MM-DD or DD.MM.YYYY) instead of today, e.g. the date of an audit'
            cand --expiring-within 'A certificate running out within this period counts as expiring'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand --include-children 'Also the tenants below this one'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;report;active-users'= {
            cand --period 'A month (2026-10) or a year (2026), counted up to --as-of; the month of --as-of if not given'
            cand --as-of 'Compute for this day (YYYY-MM-DD or DD.MM.YYYY) instead of today, e.g. the date of an audit'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand --include-children 'Also the tenants below this one'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;report;tenants'= {
            cand --as-of 'Compute for this day (YYYY-MM-DD or DD.MM.YYYY) instead of today, e.g. the date of an audit'
            cand --expiring-within 'A certificate running out within this period counts as expiring'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;report;help'= {
            cand compliance 'Assigned, completed, in progress, overdue, expired and the completion rate'
            cand overdue 'Who is overdue on which mandatory course, since when, and their manager'
            cand expiring 'Valid certificates running out soon'
            cand active-users 'Distinct users with learning activity in a month or year, per tenant (billing)'
            cand tenants 'The tenant and all its descendants: users, active users this month, compliance'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;report;help;compliance'= {
        }
        &'lmsctl;report;help;overdue'= {
        }
        &'lmsctl;report;help;expiring'= {
        }
        &'lmsctl;report;help;active-users'= {
        }
        &'lmsctl;report;help;tenants'= {
        }
        &'lmsctl;report;help;help'= {
        }
        &'lmsctl;audit'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List audit events, oldest first (of the tenant given with --tenant, else all)'
            cand verify 'Check the hash chains (one per tenant, one for the whole store): exits 1 when an event was edited or deleted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;audit;list'= {
            cand --action 'Only this action (user.create) or family of actions (user)'
            cand --since 'Only events at or after this date (YYYY-MM-DD) or time (RFC 3339)'
            cand --limit 'The most recent N events; 0 lists all'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;audit;verify'= {
            cand --anchor 'A head hash printed by an earlier verify (of any chain) and kept elsewhere: also fails when the trail no longer contains that event (events removed from the end of its chain)'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;audit;help'= {
            cand list 'List audit events, oldest first (of the tenant given with --tenant, else all)'
            cand verify 'Check the hash chains (one per tenant, one for the whole store): exits 1 when an event was edited or deleted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;audit;help;list'= {
        }
        &'lmsctl;audit;help;verify'= {
        }
        &'lmsctl;audit;help;help'= {
        }
        &'lmsctl;login'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand --with-token 'Read the token (or the password) from standard input instead of asking for it'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;logout'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;serve'= {
            cand --listen 'The address and port to listen on (port 0: any free port, printed on start)'
            cand --tls-cert 'Serve HTTPS with this PEM certificate chain (with --tls-key)'
            cand --tls-key 'The PEM private key of --tls-cert'
            cand --connections 'Store connections: how many requests are served at the same time'
            cand --stage-timeout 'How long a remote import may send nothing before the rows it staged are dropped'
            cand --header-timeout 'Seconds a client has to send a request''s head (method, path, header fields) from its first byte, and to complete a TLS handshake; slower clients are cut off'
            cand --idle-timeout 'Seconds a connection may sit idle: without a request (keep-alive), in a request body that stopped arriving (408), or with an answer the client stopped reading'
            cand --auth-failures 'Failed authentications per client address and minute before further failures are answered 429 with Retry-After (valid tokens are still accepted); 0: no limit'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;token'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a token for the tenant given with --tenant (it reaches that tenant and the tenants below it), or with --whole-store for every tenant, and print it once'
            cand list 'List tokens (of the tenant given with --tenant, else all), never their secrets'
            cand revoke 'Revoke a token: the server refuses it from the next request on'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;token;create'= {
            cand --role 'admin: everything; dpo: GDPR, audit trail and reading; reporter: reports only'
            cand --expires 'Valid for this long from today (e.g. 90d, 12m); without it, until revoked'
            cand --label 'What the token is for, e.g. "nightly HR import"'
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand --whole-store 'A token for the whole store (every tenant, present and future): for the server''s operator'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;token;list'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;token;revoke'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;token;help'= {
            cand create 'Create a token for the tenant given with --tenant (it reaches that tenant and the tenants below it), or with --whole-store for every tenant, and print it once'
            cand list 'List tokens (of the tenant given with --tenant, else all), never their secrets'
            cand revoke 'Revoke a token: the server refuses it from the next request on'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;token;help;create'= {
        }
        &'lmsctl;token;help;list'= {
        }
        &'lmsctl;token;help;revoke'= {
        }
        &'lmsctl;token;help;help'= {
        }
        &'lmsctl;store'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand copy 'Copy a whole store into a new, empty one: a SQLite file into a PostgreSQL database or back (every id, hash and secret kept). Prints each table''s rows, then verifies the copy''s audit trail'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;store;copy'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;store;help'= {
            cand copy 'Copy a whole store into a new, empty one: a SQLite file into a PostgreSQL database or back (every id, hash and secret kept). Prints each table''s rows, then verifies the copy''s audit trail'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;store;help;copy'= {
        }
        &'lmsctl;store;help;help'= {
        }
        &'lmsctl;completions'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;man'= {
            cand --store 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use'
            cand --tenant 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events'
            cand -o 'Output format of results on stdout'
            cand --output 'Output format of results on stdout'
            cand --csv-dialect 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel'
            cand --busy-timeout 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)'
            cand --ca-cert 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store'
            cand --profile 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence'
            cand --token-file 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence'
            cand -q 'Print only results and errors: no summaries or progress on stderr'
            cand --quiet 'Print only results and errors: no summaries or progress on stderr'
            cand -v 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --verbose 'Say more on stderr about what is being done (e.g. which store is used)'
            cand --yes 'Confirm destructive operations without asking (required when not on a terminal)'
            cand --no-progress 'Never show progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lmsctl;help'= {
            cand tenant 'Create, list, change and delete tenants (Mandanten)'
            cand user 'Add, list, change, suspend and reactivate users of a tenant'
            cand group 'Static and rule-based groups of users'
            cand course 'The course catalogue, including courses shared by parent tenants'
            cand assign 'Assign courses (with due dates) and list who stands where'
            cand complete 'Record that a user completed a course; issues a certificate'
            cand certificate 'Certificates issued on completion'
            cand remind 'Reminders due now (due soon, overdue, certificates expiring), for mail merge'
            cand gdpr 'Data protection: export, erase, anonymise, retention, request register, suppression list'
            cand import 'Bulk imports from HR exports (the nightly cron job)'
            cand report 'Reports for managers, auditors and billing (`-o html` for a page with a chart)'
            cand audit 'The tamper-evident audit trail of every change'
            cand login 'Keep a server''s API token, or a PostgreSQL store''s password, in the OS keyring and make it the default store'
            cand logout 'Forget the token of a profile (the default one, or --profile)'
            cand serve 'Serve the store as a REST API for remote clients (`--store http://HOST:PORT`)'
            cand token 'API tokens for `lmsctl serve`, shown once (on the server''s store, or through the server with a token of the whole store)'
            cand store 'The store as a whole: copy it to another backend (SQLite, PostgreSQL)'
            cand completions 'Print a shell completion script'
            cand man 'Write the man pages (lmsctl.1 and one per command) into an empty directory, e.g. for a package'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lmsctl;help;tenant'= {
            cand create 'Create a tenant, optionally as the child of another'
            cand list 'List all tenants'
            cand show 'Show one tenant'
            cand update 'Change a tenant''s name, parent, domain or brand colour'
            cand delete 'Delete a tenant (asks for confirmation; --yes in scripts)'
        }
        &'lmsctl;help;tenant;create'= {
        }
        &'lmsctl;help;tenant;list'= {
        }
        &'lmsctl;help;tenant;show'= {
        }
        &'lmsctl;help;tenant;update'= {
        }
        &'lmsctl;help;tenant;delete'= {
        }
        &'lmsctl;help;user'= {
            cand add 'Add a user to the tenant'
            cand list 'List the tenant''s users, filtered and paged'
            cand show 'Show one user, with their groups'
            cand update 'Change a user''s fields ("" clears an optional field)'
            cand suspend 'Suspend a user: they keep their data but cannot sign in'
            cand consent 'Consent to the privacy notice: record, withdraw, list who is missing it'
            cand reactivate 'Reactivate a suspended user'
        }
        &'lmsctl;help;user;add'= {
        }
        &'lmsctl;help;user;list'= {
        }
        &'lmsctl;help;user;show'= {
        }
        &'lmsctl;help;user;update'= {
        }
        &'lmsctl;help;user;suspend'= {
        }
        &'lmsctl;help;user;consent'= {
            cand record 'Record that a user accepted a version of the privacy notice'
            cand withdraw 'Record that a user withdrew consent'
            cand missing 'Active users who have not accepted this notice'
        }
        &'lmsctl;help;user;consent;record'= {
        }
        &'lmsctl;help;user;consent;withdraw'= {
        }
        &'lmsctl;help;user;consent;missing'= {
        }
        &'lmsctl;help;user;reactivate'= {
        }
        &'lmsctl;help;group'= {
            cand create 'Create a group: static, or with a membership rule'
            cand list 'List the tenant''s groups with their member counts'
            cand show 'List a group''s members (-o json: the group with its members)'
            cand delete 'Delete a group (its members stay; asks for confirmation; --yes in scripts)'
            cand add-member 'Add users to a group as static members'
            cand remove-member 'Remove static members from a group'
        }
        &'lmsctl;help;group;create'= {
        }
        &'lmsctl;help;group;list'= {
        }
        &'lmsctl;help;group;show'= {
        }
        &'lmsctl;help;group;delete'= {
        }
        &'lmsctl;help;group;add-member'= {
        }
        &'lmsctl;help;group;remove-member'= {
        }
        &'lmsctl;help;course'= {
            cand create 'Create a course owned by the tenant'
            cand list 'The tenant''s catalogue: its own courses and the shared courses of its parents (TENANT names the owner; inherited ones are read-only here)'
            cand show 'Show one course; with --stats, its figures among the tenant''s active users: enrollments by status, completion rate, completions recorded'
            cand update 'Change a course the tenant owns'
            cand archive 'Archive a course: it stays in reports and certificates but cannot be assigned'
        }
        &'lmsctl;help;course;create'= {
        }
        &'lmsctl;help;course;list'= {
        }
        &'lmsctl;help;course;show'= {
        }
        &'lmsctl;help;course;update'= {
        }
        &'lmsctl;help;course;archive'= {
        }
        &'lmsctl;help;assign'= {
            cand list 'One row per user and course, with its status (assigned, in-progress, completed, overdue, expiring, expired)'
            cand remove 'Remove an assignment; enrollments no other assignment reaches go too (completions and certificates stay)'
            cand progress 'Record how far a user has come in an assigned course'
        }
        &'lmsctl;help;assign;list'= {
        }
        &'lmsctl;help;assign;remove'= {
        }
        &'lmsctl;help;assign;progress'= {
        }
        &'lmsctl;help;complete'= {
        }
        &'lmsctl;help;certificate'= {
            cand list 'Certificates of the tenant, with their state (valid, expiring, expired, superseded)'
            cand show 'One certificate by serial'
        }
        &'lmsctl;help;certificate;list'= {
        }
        &'lmsctl;help;certificate;show'= {
        }
        &'lmsctl;help;remind'= {
        }
        &'lmsctl;help;gdpr'= {
            cand export 'Everything held on a person (Art. 15 and 20), as JSON, XML or with xAPI statements'
            cand erase 'Erase a person (Art. 17): personal data goes, anonymous aggregates stay, the person is put on the suppression list so imports do not bring them back'
            cand anonymize 'Erase users with no learning activity for a long time'
            cand retention 'Apply the tenants'' retention policies (`tenant update --retention-inactive 3y`)'
            cand request 'The register of data-subject requests (due one month after receipt)'
            cand suppression 'Keyed hashes of erased people''s external ids and e-mail addresses'
            cand purge 'Empty the write-ahead log (after an erasure that another reader kept from doing so)'
        }
        &'lmsctl;help;gdpr;export'= {
        }
        &'lmsctl;help;gdpr;erase'= {
        }
        &'lmsctl;help;gdpr;anonymize'= {
        }
        &'lmsctl;help;gdpr;retention'= {
            cand run 'Anonymise, in every tenant with a policy, the users inactive longer than it allows'
        }
        &'lmsctl;help;gdpr;retention;run'= {
        }
        &'lmsctl;help;gdpr;request'= {
            cand open 'Register a request (due = received + 1 month)'
            cand list 'The register; with --overdue only open requests past their due date'
            cand show 'One request with its manifest (what was exported, erased, or kept and why)'
            cand close 'Close a request handled by hand (e.g. a rectification done with `user update`)'
        }
        &'lmsctl;help;gdpr;request;open'= {
        }
        &'lmsctl;help;gdpr;request;list'= {
        }
        &'lmsctl;help;gdpr;request;show'= {
        }
        &'lmsctl;help;gdpr;request;close'= {
        }
        &'lmsctl;help;gdpr;suppression'= {
            cand list 'list'
            cand remove 'Let a person who returns legitimately be imported again'
        }
        &'lmsctl;help;gdpr;suppression;list'= {
        }
        &'lmsctl;help;gdpr;suppression;remove'= {
        }
        &'lmsctl;help;gdpr;purge'= {
        }
        &'lmsctl;help;import'= {
            cand users 'Import users from an HR export (CSV: `,` `;` or tab; UTF-8, UTF-8 with BOM, Windows-1252 or UTF-16), all-or-nothing by default'
            cand completions 'Import completions (who completed which course when, optional score) from an LMS or training-provider export; issues certificates. All-or-nothing by default'
            cand apply 'Apply a plan saved with `import users --plan-out`, if the store has not changed since and every change still holds'
        }
        &'lmsctl;help;import;users'= {
        }
        &'lmsctl;help;import;completions'= {
        }
        &'lmsctl;help;import;apply'= {
        }
        &'lmsctl;help;report'= {
            cand compliance 'Assigned, completed, in progress, overdue, expired and the completion rate'
            cand overdue 'Who is overdue on which mandatory course, since when, and their manager'
            cand expiring 'Valid certificates running out soon'
            cand active-users 'Distinct users with learning activity in a month or year, per tenant (billing)'
            cand tenants 'The tenant and all its descendants: users, active users this month, compliance'
        }
        &'lmsctl;help;report;compliance'= {
        }
        &'lmsctl;help;report;overdue'= {
        }
        &'lmsctl;help;report;expiring'= {
        }
        &'lmsctl;help;report;active-users'= {
        }
        &'lmsctl;help;report;tenants'= {
        }
        &'lmsctl;help;audit'= {
            cand list 'List audit events, oldest first (of the tenant given with --tenant, else all)'
            cand verify 'Check the hash chains (one per tenant, one for the whole store): exits 1 when an event was edited or deleted'
        }
        &'lmsctl;help;audit;list'= {
        }
        &'lmsctl;help;audit;verify'= {
        }
        &'lmsctl;help;login'= {
        }
        &'lmsctl;help;logout'= {
        }
        &'lmsctl;help;serve'= {
        }
        &'lmsctl;help;token'= {
            cand create 'Create a token for the tenant given with --tenant (it reaches that tenant and the tenants below it), or with --whole-store for every tenant, and print it once'
            cand list 'List tokens (of the tenant given with --tenant, else all), never their secrets'
            cand revoke 'Revoke a token: the server refuses it from the next request on'
        }
        &'lmsctl;help;token;create'= {
        }
        &'lmsctl;help;token;list'= {
        }
        &'lmsctl;help;token;revoke'= {
        }
        &'lmsctl;help;store'= {
            cand copy 'Copy a whole store into a new, empty one: a SQLite file into a PostgreSQL database or back (every id, hash and secret kept). Prints each table''s rows, then verifies the copy''s audit trail'
        }
        &'lmsctl;help;store;copy'= {
        }
        &'lmsctl;help;completions'= {
        }
        &'lmsctl;help;man'= {
        }
        &'lmsctl;help;help'= {
        }
    ]
    $completions[$command]
}
