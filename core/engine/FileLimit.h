#pragma once
// Every virtual user holds one connection, i.e. one file descriptor; the default soft limit (1024) would stop a
// 10,000-user run with "too many open files" mid-phase. The limit is raised before the run, and a system whose
// hard limit is too low is named up front with what to change.

#include <QString>

namespace ls {

// Descriptors beyond the users' connections: worker mailboxes and timers, the report file, a demo target in the
// same process (which holds the other end of each connection), logs.
constexpr int fileLimitReserve = 256;

// Raises the soft RLIMIT_NOFILE to hold `users` connections (twice that when the server runs in the same
// process, e.g. the built-in demo target). False, with the reason, when even the hard limit cannot hold `users`
// connections.
bool ensureFileLimit(int users, bool serverInProcess, QString *error);

} // namespace ls
