
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'lmsctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'lmsctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'lmsctl' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('tenant', 'tenant', [CompletionResultType]::ParameterValue, 'Create, list, change and delete tenants (Mandanten)')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add, list, change, suspend and reactivate users of a tenant')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Static and rule-based groups of users')
            [CompletionResult]::new('course', 'course', [CompletionResultType]::ParameterValue, 'The course catalogue, including courses shared by parent tenants')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign courses (with due dates) and list who stands where')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Record that a user completed a course; issues a certificate')
            [CompletionResult]::new('certificate', 'certificate', [CompletionResultType]::ParameterValue, 'Certificates issued on completion')
            [CompletionResult]::new('remind', 'remind', [CompletionResultType]::ParameterValue, 'Reminders due now (due soon, overdue, certificates expiring), for mail merge')
            [CompletionResult]::new('gdpr', 'gdpr', [CompletionResultType]::ParameterValue, 'Data protection: export, erase, anonymise, retention, request register, suppression list')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Bulk imports from HR exports (the nightly cron job)')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports for managers, auditors and billing (`-o html` for a page with a chart)')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The tamper-evident audit trail of every change')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Keep a server''s API token, or a PostgreSQL store''s password, in the OS keyring and make it the default store')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget the token of a profile (the default one, or --profile)')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the store as a REST API for remote clients (`--store http://HOST:PORT`)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'API tokens for `lmsctl serve`, shown once (on the server''s store, or through the server with a token of the whole store)')
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'The store as a whole: copy it to another backend (SQLite, PostgreSQL)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write the man pages (lmsctl.1 and one per command) into an empty directory, e.g. for a package')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;tenant' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a tenant, optionally as the child of another')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all tenants')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one tenant')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a tenant''s name, parent, domain or brand colour')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a tenant (asks for confirmation; --yes in scripts)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;tenant;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name')
            [CompletionResult]::new('--parent', '--parent', [CompletionResultType]::ParameterName, 'Slug of the parent tenant (for client academies)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'The tenant''s domain, e.g. academy.example.com')
            [CompletionResult]::new('--brand-color', '--brand-color', [CompletionResultType]::ParameterName, 'Brand colour as #RRGGBB')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;tenant;list' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;tenant;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;tenant;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--parent', '--parent', [CompletionResultType]::ParameterName, 'New parent slug; "" makes it a top-level tenant')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'New domain; "" removes it')
            [CompletionResult]::new('--brand-color', '--brand-color', [CompletionResultType]::ParameterName, 'New brand colour (#RRGGBB); "" removes it')
            [CompletionResult]::new('--retention-inactive', '--retention-inactive', [CompletionResultType]::ParameterName, 'Retention policy: users inactive this long (e.g. 3y, 36m) are anonymised by `lmsctl gdpr retention run`; "" removes the policy')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;tenant;delete' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('--cascade', '--cascade', [CompletionResultType]::ParameterName, 'Also delete the tenant''s users, groups and child tenants')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;tenant;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a tenant, optionally as the child of another')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all tenants')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one tenant')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a tenant''s name, parent, domain or brand colour')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a tenant (asks for confirmation; --yes in scripts)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;tenant;help;create' {
            break
        }
        'lmsctl;tenant;help;list' {
            break
        }
        'lmsctl;tenant;help;show' {
            break
        }
        'lmsctl;tenant;help;update' {
            break
        }
        'lmsctl;tenant;help;delete' {
            break
        }
        'lmsctl;tenant;help;help' {
            break
        }
        'lmsctl;user' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user to the tenant')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenant''s users, filtered and paged')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user, with their groups')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s fields ("" clears an optional field)')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend a user: they keep their data but cannot sign in')
            [CompletionResult]::new('consent', 'consent', [CompletionResultType]::ParameterValue, 'Consent to the privacy notice: record, withdraw, list who is missing it')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate a suspended user')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;user;add' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'E-mail address (unique per tenant, ignoring case)')
            [CompletionResult]::new('--first-name', '--first-name', [CompletionResultType]::ParameterName, 'first-name')
            [CompletionResult]::new('--last-name', '--last-name', [CompletionResultType]::ParameterName, 'last-name')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'HR personnel number (unique per tenant); the key of nightly imports')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'department')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'location')
            [CompletionResult]::new('--manager', '--manager', [CompletionResultType]::ParameterName, 'The user''s manager: id:N, e-mail or external id')
            [CompletionResult]::new('--start-date', '--start-date', [CompletionResultType]::ParameterName, 'First working day: YYYY-MM-DD or DD.MM.YYYY')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language tag, e.g. de or de-DE')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'A role (repeatable); default: learner')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;user;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'status')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'department')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'location')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only members of this group')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Text to find in names, e-mail or external id (case-insensitive)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Text to find in names, e-mail or external id (case-insensitive)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many users; 0 lists all')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many users (for paging)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;user;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;user;update' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'email')
            [CompletionResult]::new('--first-name', '--first-name', [CompletionResultType]::ParameterName, 'first-name')
            [CompletionResult]::new('--last-name', '--last-name', [CompletionResultType]::ParameterName, 'last-name')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'external-id')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'department')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'location')
            [CompletionResult]::new('--manager', '--manager', [CompletionResultType]::ParameterName, 'id:N, e-mail or external id; "" removes the manager')
            [CompletionResult]::new('--start-date', '--start-date', [CompletionResultType]::ParameterName, 'YYYY-MM-DD or DD.MM.YYYY; "" removes it')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'locale')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Replaces the user''s roles (repeatable)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;user;suspend' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;user;consent' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record that a user accepted a version of the privacy notice')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Record that a user withdrew consent')
            [CompletionResult]::new('missing', 'missing', [CompletionResultType]::ParameterValue, 'Active users who have not accepted this notice')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;user;consent;record' {
            [CompletionResult]::new('--notice', '--notice', [CompletionResultType]::ParameterName, 'notice')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Default today')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;user;consent;withdraw' {
            [CompletionResult]::new('--notice', '--notice', [CompletionResultType]::ParameterName, 'notice')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Default today')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;user;consent;missing' {
            [CompletionResult]::new('--notice', '--notice', [CompletionResultType]::ParameterName, 'notice')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;user;consent;help' {
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record that a user accepted a version of the privacy notice')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Record that a user withdrew consent')
            [CompletionResult]::new('missing', 'missing', [CompletionResultType]::ParameterValue, 'Active users who have not accepted this notice')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;user;consent;help;record' {
            break
        }
        'lmsctl;user;consent;help;withdraw' {
            break
        }
        'lmsctl;user;consent;help;missing' {
            break
        }
        'lmsctl;user;consent;help;help' {
            break
        }
        'lmsctl;user;reactivate' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;user;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user to the tenant')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenant''s users, filtered and paged')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user, with their groups')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s fields ("" clears an optional field)')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend a user: they keep their data but cannot sign in')
            [CompletionResult]::new('consent', 'consent', [CompletionResultType]::ParameterValue, 'Consent to the privacy notice: record, withdraw, list who is missing it')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate a suspended user')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;user;help;add' {
            break
        }
        'lmsctl;user;help;list' {
            break
        }
        'lmsctl;user;help;show' {
            break
        }
        'lmsctl;user;help;update' {
            break
        }
        'lmsctl;user;help;suspend' {
            break
        }
        'lmsctl;user;help;consent' {
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record that a user accepted a version of the privacy notice')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Record that a user withdrew consent')
            [CompletionResult]::new('missing', 'missing', [CompletionResultType]::ParameterValue, 'Active users who have not accepted this notice')
            break
        }
        'lmsctl;user;help;consent;record' {
            break
        }
        'lmsctl;user;help;consent;withdraw' {
            break
        }
        'lmsctl;user;help;consent;missing' {
            break
        }
        'lmsctl;user;help;reactivate' {
            break
        }
        'lmsctl;user;help;help' {
            break
        }
        'lmsctl;group' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group: static, or with a membership rule')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenant''s groups with their member counts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'List a group''s members (-o json: the group with its members)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a group (its members stay; asks for confirmation; --yes in scripts)')
            [CompletionResult]::new('add-member', 'add-member', [CompletionResultType]::ParameterValue, 'Add users to a group as static members')
            [CompletionResult]::new('remove-member', 'remove-member', [CompletionResultType]::ParameterValue, 'Remove static members from a group')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;group;create' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--rule', '--rule', [CompletionResultType]::ParameterName, 'Membership rule over user fields, kept up to date on every change, e.g. ''department = "Vertrieb" and location in ("Berlin", "Köln")''. Fields: department, location, locale, status, external_id, email, first_name, last_name, start_date, role. Operators: = != in, not in, contains, starts_with, ends_with, and < <= > >= on start_date; combine with and, or, not, ( )')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;group;list' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;group;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;group;delete' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;group;add-member' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;group;remove-member' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;group;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group: static, or with a membership rule')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenant''s groups with their member counts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'List a group''s members (-o json: the group with its members)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a group (its members stay; asks for confirmation; --yes in scripts)')
            [CompletionResult]::new('add-member', 'add-member', [CompletionResultType]::ParameterValue, 'Add users to a group as static members')
            [CompletionResult]::new('remove-member', 'remove-member', [CompletionResultType]::ParameterValue, 'Remove static members from a group')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;group;help;create' {
            break
        }
        'lmsctl;group;help;list' {
            break
        }
        'lmsctl;group;help;show' {
            break
        }
        'lmsctl;group;help;delete' {
            break
        }
        'lmsctl;group;help;add-member' {
            break
        }
        'lmsctl;group;help;remove-member' {
            break
        }
        'lmsctl;group;help;help' {
            break
        }
        'lmsctl;course' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a course owned by the tenant')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The tenant''s catalogue: its own courses and the shared courses of its parents (TENANT names the owner; inherited ones are read-only here)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one course; with --stats, its figures among the tenant''s active users: enrollments by status, completion rate, completions recorded')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a course the tenant owns')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a course: it stays in reports and certificates but cannot be assigned')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;course;create' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'title')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--valid-for', '--valid-for', [CompletionResultType]::ParameterName, 'Certificate validity, e.g. 12m or 2y; makes the course recurring')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('--mandatory', '--mandatory', [CompletionResultType]::ParameterName, 'Required training (safety instruction, data protection, ...)')
            [CompletionResult]::new('--shared', '--shared', [CompletionResultType]::ParameterName, 'Offer the course to every descendant tenant (live: changes show at once)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;course;list' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('--archived', '--archived', [CompletionResultType]::ParameterName, 'Include archived courses')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;course;show' {
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Compute for this day (YYYY-MM-DD or DD.MM.YYYY) instead of today, e.g. the date of an audit')
            [CompletionResult]::new('--expiring-within', '--expiring-within', [CompletionResultType]::ParameterName, 'A certificate running out within this period counts as expiring')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('--stats', '--stats', [CompletionResultType]::ParameterName, 'Show the course''s figures instead of its settings')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;course;update' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'title')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, '"" removes the description')
            [CompletionResult]::new('--mandatory', '--mandatory', [CompletionResultType]::ParameterName, 'mandatory')
            [CompletionResult]::new('--valid-for', '--valid-for', [CompletionResultType]::ParameterName, 'A period such as 12m, or `none` for a course that does not recur')
            [CompletionResult]::new('--shared', '--shared', [CompletionResultType]::ParameterName, 'shared')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;course;archive' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;course;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a course owned by the tenant')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The tenant''s catalogue: its own courses and the shared courses of its parents (TENANT names the owner; inherited ones are read-only here)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one course; with --stats, its figures among the tenant''s active users: enrollments by status, completion rate, completions recorded')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a course the tenant owns')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a course: it stays in reports and certificates but cannot be assigned')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;course;help;create' {
            break
        }
        'lmsctl;course;help;list' {
            break
        }
        'lmsctl;course;help;show' {
            break
        }
        'lmsctl;course;help;update' {
            break
        }
        'lmsctl;course;help;archive' {
            break
        }
        'lmsctl;course;help;help' {
            break
        }
        'lmsctl;assign' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'One user: id:N, e-mail or external id')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'A group''s members, including those who join later')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'Due on this date')
            [CompletionResult]::new('--due-in', '--due-in', [CompletionResultType]::ParameterName, 'Due this long after a user gets the course, e.g. 30d')
            [CompletionResult]::new('--due-after-start', '--due-after-start', [CompletionResultType]::ParameterName, 'Due this long after a user''s start date (onboarding), e.g. 14d')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('--all-users', '--all-users', [CompletionResultType]::ParameterName, 'Every user of the tenant, including those who join later (e.g. by import)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'One row per user and course, with its status (assigned, in-progress, completed, overdue, expiring, expired)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an assignment; enrollments no other assignment reaches go too (completions and certificates stay)')
            [CompletionResult]::new('progress', 'progress', [CompletionResultType]::ParameterValue, 'Record how far a user has come in an assigned course')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;assign;list' {
            [CompletionResult]::new('--course', '--course', [CompletionResultType]::ParameterName, 'course')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'user')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'status')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Compute for this day (YYYY-MM-DD or DD.MM.YYYY) instead of today, e.g. the date of an audit')
            [CompletionResult]::new('--expiring-within', '--expiring-within', [CompletionResultType]::ParameterName, 'A certificate running out within this period counts as expiring')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows; 0 lists all')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'offset')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;assign;remove' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'One user: id:N, e-mail or external id')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'A group''s members, including those who join later')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('--all-users', '--all-users', [CompletionResultType]::ParameterName, 'Every user of the tenant, including those who join later (e.g. by import)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;assign;progress' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'user')
            [CompletionResult]::new('--percent', '--percent', [CompletionResultType]::ParameterName, '0 to 99 (100 is a completion: use `lmsctl complete`)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;assign;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'One row per user and course, with its status (assigned, in-progress, completed, overdue, expiring, expired)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an assignment; enrollments no other assignment reaches go too (completions and certificates stay)')
            [CompletionResult]::new('progress', 'progress', [CompletionResultType]::ParameterValue, 'Record how far a user has come in an assigned course')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;assign;help;list' {
            break
        }
        'lmsctl;assign;help;remove' {
            break
        }
        'lmsctl;assign;help;progress' {
            break
        }
        'lmsctl;assign;help;help' {
            break
        }
        'lmsctl;complete' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'user')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day it was completed; default today')
            [CompletionResult]::new('--score', '--score', [CompletionResultType]::ParameterName, 'Score, 0 to 100')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;certificate' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Certificates of the tenant, with their state (valid, expiring, expired, superseded)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One certificate by serial')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;certificate;list' {
            [CompletionResult]::new('--course', '--course', [CompletionResultType]::ParameterName, 'course')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'user')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Compute for this day (YYYY-MM-DD or DD.MM.YYYY) instead of today, e.g. the date of an audit')
            [CompletionResult]::new('--expiring-within', '--expiring-within', [CompletionResultType]::ParameterName, 'A certificate running out within this period counts as expiring')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'limit')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;certificate;show' {
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Compute for this day (YYYY-MM-DD or DD.MM.YYYY) instead of today, e.g. the date of an audit')
            [CompletionResult]::new('--expiring-within', '--expiring-within', [CompletionResultType]::ParameterName, 'A certificate running out within this period counts as expiring')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;certificate;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Certificates of the tenant, with their state (valid, expiring, expired, superseded)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One certificate by serial')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;certificate;help;list' {
            break
        }
        'lmsctl;certificate;help;show' {
            break
        }
        'lmsctl;certificate;help;help' {
            break
        }
        'lmsctl;remind' {
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'Look this far ahead for due dates and expiring certificates')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Compute for this day (YYYY-MM-DD or DD.MM.YYYY) instead of today, e.g. the date of an audit')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;gdpr' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Everything held on a person (Art. 15 and 20), as JSON, XML or with xAPI statements')
            [CompletionResult]::new('erase', 'erase', [CompletionResultType]::ParameterValue, 'Erase a person (Art. 17): personal data goes, anonymous aggregates stay, the person is put on the suppression list so imports do not bring them back')
            [CompletionResult]::new('anonymize', 'anonymize', [CompletionResultType]::ParameterValue, 'Erase users with no learning activity for a long time')
            [CompletionResult]::new('retention', 'retention', [CompletionResultType]::ParameterValue, 'Apply the tenants'' retention policies (`tenant update --retention-inactive 3y`)')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'The register of data-subject requests (due one month after receipt)')
            [CompletionResult]::new('suppression', 'suppression', [CompletionResultType]::ParameterValue, 'Keyed hashes of erased people''s external ids and e-mail addresses')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Empty the write-ahead log (after an erasure that another reader kept from doing so)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;gdpr;export' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to FILE (created readable by you only; - is standard output) instead of standard output')
            [CompletionResult]::new('--request', '--request', [CompletionResultType]::ParameterName, 'The export request this answers; it is closed with a manifest')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;gdpr;erase' {
            [CompletionResult]::new('--request', '--request', [CompletionResultType]::ParameterName, 'The erasure request this answers; it is closed with a manifest')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'List what would be erased and kept; change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;gdpr;anonymize' {
            [CompletionResult]::new('--inactive-since', '--inactive-since', [CompletionResultType]::ParameterName, 'No learning activity for this long, e.g. 10y')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'dry-run')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;gdpr;retention' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Anonymise, in every tenant with a policy, the users inactive longer than it allows')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;gdpr;retention;run' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'dry-run')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;gdpr;retention;help' {
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Anonymise, in every tenant with a policy, the users inactive longer than it allows')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;gdpr;retention;help;run' {
            break
        }
        'lmsctl;gdpr;retention;help;help' {
            break
        }
        'lmsctl;gdpr;request' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Register a request (due = received + 1 month)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The register; with --overdue only open requests past their due date')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One request with its manifest (what was exported, erased, or kept and why)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a request handled by hand (e.g. a rectification done with `user update`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;gdpr;request;open' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'type')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'user')
            [CompletionResult]::new('--received', '--received', [CompletionResultType]::ParameterName, 'received')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;gdpr;request;list' {
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'as-of')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('--overdue', '--overdue', [CompletionResultType]::ParameterName, 'overdue')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;gdpr;request;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;gdpr;request;close' {
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'note')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;gdpr;request;help' {
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Register a request (due = received + 1 month)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The register; with --overdue only open requests past their due date')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One request with its manifest (what was exported, erased, or kept and why)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a request handled by hand (e.g. a rectification done with `user update`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;gdpr;request;help;open' {
            break
        }
        'lmsctl;gdpr;request;help;list' {
            break
        }
        'lmsctl;gdpr;request;help;show' {
            break
        }
        'lmsctl;gdpr;request;help;close' {
            break
        }
        'lmsctl;gdpr;request;help;help' {
            break
        }
        'lmsctl;gdpr;suppression' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'list')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Let a person who returns legitimately be imported again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;gdpr;suppression;list' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;gdpr;suppression;remove' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'email')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'external-id')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;gdpr;suppression;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'list')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Let a person who returns legitimately be imported again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;gdpr;suppression;help;list' {
            break
        }
        'lmsctl;gdpr;suppression;help;remove' {
            break
        }
        'lmsctl;gdpr;suppression;help;help' {
            break
        }
        'lmsctl;gdpr;purge' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;gdpr;help' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Everything held on a person (Art. 15 and 20), as JSON, XML or with xAPI statements')
            [CompletionResult]::new('erase', 'erase', [CompletionResultType]::ParameterValue, 'Erase a person (Art. 17): personal data goes, anonymous aggregates stay, the person is put on the suppression list so imports do not bring them back')
            [CompletionResult]::new('anonymize', 'anonymize', [CompletionResultType]::ParameterValue, 'Erase users with no learning activity for a long time')
            [CompletionResult]::new('retention', 'retention', [CompletionResultType]::ParameterValue, 'Apply the tenants'' retention policies (`tenant update --retention-inactive 3y`)')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'The register of data-subject requests (due one month after receipt)')
            [CompletionResult]::new('suppression', 'suppression', [CompletionResultType]::ParameterValue, 'Keyed hashes of erased people''s external ids and e-mail addresses')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Empty the write-ahead log (after an erasure that another reader kept from doing so)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;gdpr;help;export' {
            break
        }
        'lmsctl;gdpr;help;erase' {
            break
        }
        'lmsctl;gdpr;help;anonymize' {
            break
        }
        'lmsctl;gdpr;help;retention' {
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Anonymise, in every tenant with a policy, the users inactive longer than it allows')
            break
        }
        'lmsctl;gdpr;help;retention;run' {
            break
        }
        'lmsctl;gdpr;help;request' {
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Register a request (due = received + 1 month)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The register; with --overdue only open requests past their due date')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One request with its manifest (what was exported, erased, or kept and why)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a request handled by hand (e.g. a rectification done with `user update`)')
            break
        }
        'lmsctl;gdpr;help;request;open' {
            break
        }
        'lmsctl;gdpr;help;request;list' {
            break
        }
        'lmsctl;gdpr;help;request;show' {
            break
        }
        'lmsctl;gdpr;help;request;close' {
            break
        }
        'lmsctl;gdpr;help;suppression' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'list')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Let a person who returns legitimately be imported again')
            break
        }
        'lmsctl;gdpr;help;suppression;list' {
            break
        }
        'lmsctl;gdpr;help;suppression;remove' {
            break
        }
        'lmsctl;gdpr;help;purge' {
            break
        }
        'lmsctl;gdpr;help;help' {
            break
        }
        'lmsctl;import' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Import users from an HR export (CSV: `,` `;` or tab; UTF-8, UTF-8 with BOM, Windows-1252 or UTF-16), all-or-nothing by default')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Import completions (who completed which course when, optional score) from an LMS or training-provider export; issues certificates. All-or-nothing by default')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply a plan saved with `import users --plan-out`, if the store has not changed since and every change still holds')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;import;users' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'What identifies a user: external-id (default when the file has such a column) or email')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'upsert: create and update; create-only; update-only; sync: upsert, and suspend the tenant''s active users who are not in the file')
            [CompletionResult]::new('--max-suspend', '--max-suspend', [CompletionResultType]::ParameterName, 'With --mode sync: refuse to suspend more than this many users (50) or this share of the tenant (10%), so a truncated export cannot suspend half the company')
            [CompletionResult]::new('--plan-out', '--plan-out', [CompletionResultType]::ParameterName, 'Save the plan to FILE (- for standard output) instead of applying it; apply later with `lmsctl import apply FILE`')
            [CompletionResult]::new('--reject-file', '--reject-file', [CompletionResultType]::ParameterName, 'Write rejected rows, with an `error` column, to FILE (- for standard output) in the input''s own format')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Also put every imported user in this static group (created if missing)')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Map a column (its header, or #N for the N-th column) to a user field (external_id, email, first_name, last_name, department, location, start_date, locale) or `ignore`; repeatable')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The input''s encoding, when detection is not wanted')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'The field separator: '','', '';'', ''tab'' or any single character')
            [CompletionResult]::new('--date-format', '--date-format', [CompletionResultType]::ParameterName, 'The date format of the file (chrono syntax, e.g. %m/%d/%Y); default: YYYY-MM-DD or DD.MM.YYYY')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change (counts and the first changes of each kind); change nothing')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Import the valid rows even if some are rejected (the exit code is still 65)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;import;completions' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'What identifies a user: external-id (default when the file has such a column) or email')
            [CompletionResult]::new('--reject-file', '--reject-file', [CompletionResultType]::ParameterName, 'Write rejected rows, with an `error` column, to FILE (- for standard output) in the input''s own format')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Map a column (its header, or #N for the N-th column) to a field (external_id, email, course, date, score) or `ignore`; repeatable')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'encoding')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'delimiter')
            [CompletionResult]::new('--date-format', '--date-format', [CompletionResultType]::ParameterName, 'The date format of the file (chrono syntax); default: YYYY-MM-DD or DD.MM.YYYY')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be recorded; change nothing')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Record the valid rows even if some are rejected (the exit code is still 65)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;import;apply' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;import;help' {
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Import users from an HR export (CSV: `,` `;` or tab; UTF-8, UTF-8 with BOM, Windows-1252 or UTF-16), all-or-nothing by default')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Import completions (who completed which course when, optional score) from an LMS or training-provider export; issues certificates. All-or-nothing by default')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply a plan saved with `import users --plan-out`, if the store has not changed since and every change still holds')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;import;help;users' {
            break
        }
        'lmsctl;import;help;completions' {
            break
        }
        'lmsctl;import;help;apply' {
            break
        }
        'lmsctl;import;help;help' {
            break
        }
        'lmsctl;report' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('compliance', 'compliance', [CompletionResultType]::ParameterValue, 'Assigned, completed, in progress, overdue, expired and the completion rate')
            [CompletionResult]::new('overdue', 'overdue', [CompletionResultType]::ParameterValue, 'Who is overdue on which mandatory course, since when, and their manager')
            [CompletionResult]::new('expiring', 'expiring', [CompletionResultType]::ParameterValue, 'Valid certificates running out soon')
            [CompletionResult]::new('active-users', 'active-users', [CompletionResultType]::ParameterValue, 'Distinct users with learning activity in a month or year, per tenant (billing)')
            [CompletionResult]::new('tenants', 'tenants', [CompletionResultType]::ParameterValue, 'The tenant and all its descendants: users, active users this month, compliance')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;report;compliance' {
            [CompletionResult]::new('--course', '--course', [CompletionResultType]::ParameterName, 'course')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only members of this group')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'by')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Compute for this day (YYYY-MM-DD or DD.MM.YYYY) instead of today, e.g. the date of an audit')
            [CompletionResult]::new('--expiring-within', '--expiring-within', [CompletionResultType]::ParameterName, 'A certificate running out within this period counts as expiring')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('--include-children', '--include-children', [CompletionResultType]::ParameterName, 'Also the tenants below this one')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;report;overdue' {
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Compute for this day (YYYY-MM-DD or DD.MM.YYYY) instead of today, e.g. the date of an audit')
            [CompletionResult]::new('--expiring-within', '--expiring-within', [CompletionResultType]::ParameterName, 'A certificate running out within this period counts as expiring')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('--include-children', '--include-children', [CompletionResultType]::ParameterName, 'Also the tenants below this one')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;report;expiring' {
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'Running out within this period')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Compute for this day (YYYY-MM-DD or DD.MM.YYYY) instead of today, e.g. the date of an audit')
            [CompletionResult]::new('--expiring-within', '--expiring-within', [CompletionResultType]::ParameterName, 'A certificate running out within this period counts as expiring')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('--include-children', '--include-children', [CompletionResultType]::ParameterName, 'Also the tenants below this one')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;report;active-users' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A month (2026-10) or a year (2026), counted up to --as-of; the month of --as-of if not given')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Compute for this day (YYYY-MM-DD or DD.MM.YYYY) instead of today, e.g. the date of an audit')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('--include-children', '--include-children', [CompletionResultType]::ParameterName, 'Also the tenants below this one')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;report;tenants' {
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Compute for this day (YYYY-MM-DD or DD.MM.YYYY) instead of today, e.g. the date of an audit')
            [CompletionResult]::new('--expiring-within', '--expiring-within', [CompletionResultType]::ParameterName, 'A certificate running out within this period counts as expiring')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;report;help' {
            [CompletionResult]::new('compliance', 'compliance', [CompletionResultType]::ParameterValue, 'Assigned, completed, in progress, overdue, expired and the completion rate')
            [CompletionResult]::new('overdue', 'overdue', [CompletionResultType]::ParameterValue, 'Who is overdue on which mandatory course, since when, and their manager')
            [CompletionResult]::new('expiring', 'expiring', [CompletionResultType]::ParameterValue, 'Valid certificates running out soon')
            [CompletionResult]::new('active-users', 'active-users', [CompletionResultType]::ParameterValue, 'Distinct users with learning activity in a month or year, per tenant (billing)')
            [CompletionResult]::new('tenants', 'tenants', [CompletionResultType]::ParameterValue, 'The tenant and all its descendants: users, active users this month, compliance')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;report;help;compliance' {
            break
        }
        'lmsctl;report;help;overdue' {
            break
        }
        'lmsctl;report;help;expiring' {
            break
        }
        'lmsctl;report;help;active-users' {
            break
        }
        'lmsctl;report;help;tenants' {
            break
        }
        'lmsctl;report;help;help' {
            break
        }
        'lmsctl;audit' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit events, oldest first (of the tenant given with --tenant, else all)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the hash chains (one per tenant, one for the whole store): exits 1 when an event was edited or deleted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;audit;list' {
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Only this action (user.create) or family of actions (user)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only events at or after this date (YYYY-MM-DD) or time (RFC 3339)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'The most recent N events; 0 lists all')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;audit;verify' {
            [CompletionResult]::new('--anchor', '--anchor', [CompletionResultType]::ParameterName, 'A head hash printed by an earlier verify (of any chain) and kept elsewhere: also fails when the trail no longer contains that event (events removed from the end of its chain)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;audit;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit events, oldest first (of the tenant given with --tenant, else all)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the hash chains (one per tenant, one for the whole store): exits 1 when an event was edited or deleted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;audit;help;list' {
            break
        }
        'lmsctl;audit;help;verify' {
            break
        }
        'lmsctl;audit;help;help' {
            break
        }
        'lmsctl;login' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read the token (or the password) from standard input instead of asking for it')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;logout' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'The address and port to listen on (port 0: any free port, printed on start)')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Serve HTTPS with this PEM certificate chain (with --tls-key)')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'The PEM private key of --tls-cert')
            [CompletionResult]::new('--connections', '--connections', [CompletionResultType]::ParameterName, 'Store connections: how many requests are served at the same time')
            [CompletionResult]::new('--stage-timeout', '--stage-timeout', [CompletionResultType]::ParameterName, 'How long a remote import may send nothing before the rows it staged are dropped')
            [CompletionResult]::new('--header-timeout', '--header-timeout', [CompletionResultType]::ParameterName, 'Seconds a client has to send a request''s head (method, path, header fields) from its first byte, and to complete a TLS handshake; slower clients are cut off')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'Seconds a connection may sit idle: without a request (keep-alive), in a request body that stopped arriving (408), or with an answer the client stopped reading')
            [CompletionResult]::new('--auth-failures', '--auth-failures', [CompletionResultType]::ParameterName, 'Failed authentications per client address and minute before further failures are answered 429 with Retry-After (valid tokens are still accepted); 0: no limit')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;token' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token for the tenant given with --tenant (it reaches that tenant and the tenants below it), or with --whole-store for every tenant, and print it once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tokens (of the tenant given with --tenant, else all), never their secrets')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token: the server refuses it from the next request on')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;token;create' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'admin: everything; dpo: GDPR, audit trail and reading; reporter: reports only')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'Valid for this long from today (e.g. 90d, 12m); without it, until revoked')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'What the token is for, e.g. "nightly HR import"')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('--whole-store', '--whole-store', [CompletionResultType]::ParameterName, 'A token for the whole store (every tenant, present and future): for the server''s operator')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;token;list' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;token;revoke' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;token;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token for the tenant given with --tenant (it reaches that tenant and the tenants below it), or with --whole-store for every tenant, and print it once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tokens (of the tenant given with --tenant, else all), never their secrets')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token: the server refuses it from the next request on')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;token;help;create' {
            break
        }
        'lmsctl;token;help;list' {
            break
        }
        'lmsctl;token;help;revoke' {
            break
        }
        'lmsctl;token;help;help' {
            break
        }
        'lmsctl;store' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole store into a new, empty one: a SQLite file into a PostgreSQL database or back (every id, hash and secret kept). Prints each table''s rows, then verifies the copy''s audit trail')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;store;copy' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;store;help' {
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole store into a new, empty one: a SQLite file into a PostgreSQL database or back (every id, hash and secret kept). Prints each table''s rows, then verifies the copy''s audit trail')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;store;help;copy' {
            break
        }
        'lmsctl;store;help;help' {
            break
        }
        'lmsctl;completions' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;man' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store: a file path or sqlite://PATH (local), postgres://USER@HOST:PORT/DATABASE (a PostgreSQL database; password from the address, PGPASSWORD or ~/.pgpass; sslmode as libpq takes it), or http(s)://HOST:PORT (a server running `lmsctl serve`). Default: the server of the login profile (`lmsctl login`), else $XDG_DATA_HOME/lmsctl/lms.db, created on first use')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant commands work in: its users, groups, courses, assignments, GDPR requests, reports (with --include-children also the tenants below it), tokens and audit events')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of results on stdout')
            [CompletionResult]::new('--csv-dialect', '--csv-dialect', [CompletionResultType]::ParameterName, 'CSV flavour for -o csv: `excel` writes ;-separated UTF-8 with a BOM for German Excel')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process writing to the store before giving up with exit code 75 (e.g. a cron import that should queue behind another)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only this CA certificate (PEM) for an https:// store, instead of the system''s certificate store')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The server profile to use (from `lmsctl login --profile`); default: the profile of the last login. `--store` takes precedence')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the API token for a remote store (mode 0600), for cron and systemd; `LMSCTL_TOKEN` takes precedence')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no summaries or progress on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr about what is being done (e.g. which store is used)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive operations without asking (required when not on a terminal)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lmsctl;help' {
            [CompletionResult]::new('tenant', 'tenant', [CompletionResultType]::ParameterValue, 'Create, list, change and delete tenants (Mandanten)')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add, list, change, suspend and reactivate users of a tenant')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Static and rule-based groups of users')
            [CompletionResult]::new('course', 'course', [CompletionResultType]::ParameterValue, 'The course catalogue, including courses shared by parent tenants')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign courses (with due dates) and list who stands where')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Record that a user completed a course; issues a certificate')
            [CompletionResult]::new('certificate', 'certificate', [CompletionResultType]::ParameterValue, 'Certificates issued on completion')
            [CompletionResult]::new('remind', 'remind', [CompletionResultType]::ParameterValue, 'Reminders due now (due soon, overdue, certificates expiring), for mail merge')
            [CompletionResult]::new('gdpr', 'gdpr', [CompletionResultType]::ParameterValue, 'Data protection: export, erase, anonymise, retention, request register, suppression list')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Bulk imports from HR exports (the nightly cron job)')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports for managers, auditors and billing (`-o html` for a page with a chart)')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The tamper-evident audit trail of every change')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Keep a server''s API token, or a PostgreSQL store''s password, in the OS keyring and make it the default store')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget the token of a profile (the default one, or --profile)')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the store as a REST API for remote clients (`--store http://HOST:PORT`)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'API tokens for `lmsctl serve`, shown once (on the server''s store, or through the server with a token of the whole store)')
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'The store as a whole: copy it to another backend (SQLite, PostgreSQL)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write the man pages (lmsctl.1 and one per command) into an empty directory, e.g. for a package')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lmsctl;help;tenant' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a tenant, optionally as the child of another')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all tenants')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one tenant')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a tenant''s name, parent, domain or brand colour')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a tenant (asks for confirmation; --yes in scripts)')
            break
        }
        'lmsctl;help;tenant;create' {
            break
        }
        'lmsctl;help;tenant;list' {
            break
        }
        'lmsctl;help;tenant;show' {
            break
        }
        'lmsctl;help;tenant;update' {
            break
        }
        'lmsctl;help;tenant;delete' {
            break
        }
        'lmsctl;help;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user to the tenant')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenant''s users, filtered and paged')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user, with their groups')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s fields ("" clears an optional field)')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend a user: they keep their data but cannot sign in')
            [CompletionResult]::new('consent', 'consent', [CompletionResultType]::ParameterValue, 'Consent to the privacy notice: record, withdraw, list who is missing it')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate a suspended user')
            break
        }
        'lmsctl;help;user;add' {
            break
        }
        'lmsctl;help;user;list' {
            break
        }
        'lmsctl;help;user;show' {
            break
        }
        'lmsctl;help;user;update' {
            break
        }
        'lmsctl;help;user;suspend' {
            break
        }
        'lmsctl;help;user;consent' {
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record that a user accepted a version of the privacy notice')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Record that a user withdrew consent')
            [CompletionResult]::new('missing', 'missing', [CompletionResultType]::ParameterValue, 'Active users who have not accepted this notice')
            break
        }
        'lmsctl;help;user;consent;record' {
            break
        }
        'lmsctl;help;user;consent;withdraw' {
            break
        }
        'lmsctl;help;user;consent;missing' {
            break
        }
        'lmsctl;help;user;reactivate' {
            break
        }
        'lmsctl;help;group' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group: static, or with a membership rule')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenant''s groups with their member counts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'List a group''s members (-o json: the group with its members)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a group (its members stay; asks for confirmation; --yes in scripts)')
            [CompletionResult]::new('add-member', 'add-member', [CompletionResultType]::ParameterValue, 'Add users to a group as static members')
            [CompletionResult]::new('remove-member', 'remove-member', [CompletionResultType]::ParameterValue, 'Remove static members from a group')
            break
        }
        'lmsctl;help;group;create' {
            break
        }
        'lmsctl;help;group;list' {
            break
        }
        'lmsctl;help;group;show' {
            break
        }
        'lmsctl;help;group;delete' {
            break
        }
        'lmsctl;help;group;add-member' {
            break
        }
        'lmsctl;help;group;remove-member' {
            break
        }
        'lmsctl;help;course' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a course owned by the tenant')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The tenant''s catalogue: its own courses and the shared courses of its parents (TENANT names the owner; inherited ones are read-only here)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one course; with --stats, its figures among the tenant''s active users: enrollments by status, completion rate, completions recorded')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a course the tenant owns')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a course: it stays in reports and certificates but cannot be assigned')
            break
        }
        'lmsctl;help;course;create' {
            break
        }
        'lmsctl;help;course;list' {
            break
        }
        'lmsctl;help;course;show' {
            break
        }
        'lmsctl;help;course;update' {
            break
        }
        'lmsctl;help;course;archive' {
            break
        }
        'lmsctl;help;assign' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'One row per user and course, with its status (assigned, in-progress, completed, overdue, expiring, expired)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an assignment; enrollments no other assignment reaches go too (completions and certificates stay)')
            [CompletionResult]::new('progress', 'progress', [CompletionResultType]::ParameterValue, 'Record how far a user has come in an assigned course')
            break
        }
        'lmsctl;help;assign;list' {
            break
        }
        'lmsctl;help;assign;remove' {
            break
        }
        'lmsctl;help;assign;progress' {
            break
        }
        'lmsctl;help;complete' {
            break
        }
        'lmsctl;help;certificate' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Certificates of the tenant, with their state (valid, expiring, expired, superseded)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One certificate by serial')
            break
        }
        'lmsctl;help;certificate;list' {
            break
        }
        'lmsctl;help;certificate;show' {
            break
        }
        'lmsctl;help;remind' {
            break
        }
        'lmsctl;help;gdpr' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Everything held on a person (Art. 15 and 20), as JSON, XML or with xAPI statements')
            [CompletionResult]::new('erase', 'erase', [CompletionResultType]::ParameterValue, 'Erase a person (Art. 17): personal data goes, anonymous aggregates stay, the person is put on the suppression list so imports do not bring them back')
            [CompletionResult]::new('anonymize', 'anonymize', [CompletionResultType]::ParameterValue, 'Erase users with no learning activity for a long time')
            [CompletionResult]::new('retention', 'retention', [CompletionResultType]::ParameterValue, 'Apply the tenants'' retention policies (`tenant update --retention-inactive 3y`)')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'The register of data-subject requests (due one month after receipt)')
            [CompletionResult]::new('suppression', 'suppression', [CompletionResultType]::ParameterValue, 'Keyed hashes of erased people''s external ids and e-mail addresses')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Empty the write-ahead log (after an erasure that another reader kept from doing so)')
            break
        }
        'lmsctl;help;gdpr;export' {
            break
        }
        'lmsctl;help;gdpr;erase' {
            break
        }
        'lmsctl;help;gdpr;anonymize' {
            break
        }
        'lmsctl;help;gdpr;retention' {
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Anonymise, in every tenant with a policy, the users inactive longer than it allows')
            break
        }
        'lmsctl;help;gdpr;retention;run' {
            break
        }
        'lmsctl;help;gdpr;request' {
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Register a request (due = received + 1 month)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The register; with --overdue only open requests past their due date')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One request with its manifest (what was exported, erased, or kept and why)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a request handled by hand (e.g. a rectification done with `user update`)')
            break
        }
        'lmsctl;help;gdpr;request;open' {
            break
        }
        'lmsctl;help;gdpr;request;list' {
            break
        }
        'lmsctl;help;gdpr;request;show' {
            break
        }
        'lmsctl;help;gdpr;request;close' {
            break
        }
        'lmsctl;help;gdpr;suppression' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'list')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Let a person who returns legitimately be imported again')
            break
        }
        'lmsctl;help;gdpr;suppression;list' {
            break
        }
        'lmsctl;help;gdpr;suppression;remove' {
            break
        }
        'lmsctl;help;gdpr;purge' {
            break
        }
        'lmsctl;help;import' {
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Import users from an HR export (CSV: `,` `;` or tab; UTF-8, UTF-8 with BOM, Windows-1252 or UTF-16), all-or-nothing by default')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Import completions (who completed which course when, optional score) from an LMS or training-provider export; issues certificates. All-or-nothing by default')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply a plan saved with `import users --plan-out`, if the store has not changed since and every change still holds')
            break
        }
        'lmsctl;help;import;users' {
            break
        }
        'lmsctl;help;import;completions' {
            break
        }
        'lmsctl;help;import;apply' {
            break
        }
        'lmsctl;help;report' {
            [CompletionResult]::new('compliance', 'compliance', [CompletionResultType]::ParameterValue, 'Assigned, completed, in progress, overdue, expired and the completion rate')
            [CompletionResult]::new('overdue', 'overdue', [CompletionResultType]::ParameterValue, 'Who is overdue on which mandatory course, since when, and their manager')
            [CompletionResult]::new('expiring', 'expiring', [CompletionResultType]::ParameterValue, 'Valid certificates running out soon')
            [CompletionResult]::new('active-users', 'active-users', [CompletionResultType]::ParameterValue, 'Distinct users with learning activity in a month or year, per tenant (billing)')
            [CompletionResult]::new('tenants', 'tenants', [CompletionResultType]::ParameterValue, 'The tenant and all its descendants: users, active users this month, compliance')
            break
        }
        'lmsctl;help;report;compliance' {
            break
        }
        'lmsctl;help;report;overdue' {
            break
        }
        'lmsctl;help;report;expiring' {
            break
        }
        'lmsctl;help;report;active-users' {
            break
        }
        'lmsctl;help;report;tenants' {
            break
        }
        'lmsctl;help;audit' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit events, oldest first (of the tenant given with --tenant, else all)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the hash chains (one per tenant, one for the whole store): exits 1 when an event was edited or deleted')
            break
        }
        'lmsctl;help;audit;list' {
            break
        }
        'lmsctl;help;audit;verify' {
            break
        }
        'lmsctl;help;login' {
            break
        }
        'lmsctl;help;logout' {
            break
        }
        'lmsctl;help;serve' {
            break
        }
        'lmsctl;help;token' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token for the tenant given with --tenant (it reaches that tenant and the tenants below it), or with --whole-store for every tenant, and print it once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tokens (of the tenant given with --tenant, else all), never their secrets')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token: the server refuses it from the next request on')
            break
        }
        'lmsctl;help;token;create' {
            break
        }
        'lmsctl;help;token;list' {
            break
        }
        'lmsctl;help;token;revoke' {
            break
        }
        'lmsctl;help;store' {
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole store into a new, empty one: a SQLite file into a PostgreSQL database or back (every id, hash and secret kept). Prints each table''s rows, then verifies the copy''s audit trail')
            break
        }
        'lmsctl;help;store;copy' {
            break
        }
        'lmsctl;help;completions' {
            break
        }
        'lmsctl;help;man' {
            break
        }
        'lmsctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
