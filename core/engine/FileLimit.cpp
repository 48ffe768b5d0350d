#include "FileLimit.h"

#include <sys/resource.h>

#include <algorithm>

namespace ls {

bool ensureFileLimit(int users, bool serverInProcess, QString *error)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return true; // cannot tell: let the run find out
    const auto needed = rlim_t(users) * (serverInProcess ? 2 : 1) + fileLimitReserve;
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur >= needed)
        return true;
    const rlim_t wanted = limit.rlim_max == RLIM_INFINITY ? needed : std::min(needed, limit.rlim_max);
    if (limit.rlim_cur == RLIM_INFINITY || wanted > limit.rlim_cur) {
        rlimit raised = limit;
        raised.rlim_cur = wanted;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit.rlim_cur = wanted;
    }
    const auto minimum = rlim_t(users) + fileLimitReserve;
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < minimum) {
        if (error) {
            *error = QStringLiteral("the run needs %1 open files (one connection per virtual user, %2 users, plus %3) "
                                    "but this system allows %4 (ulimit -Hn); raise the hard limit, e.g. "
                                    "\"* hard nofile %1\" in /etc/security/limits.conf or LimitNOFILE=%1 for a "
                                    "service, then log in again")
                         .arg(qulonglong(minimum))
                         .arg(users)
                         .arg(fileLimitReserve)
                         .arg(qulonglong(limit.rlim_max));
        }
        return false;
    }
    return true;
}

} // namespace ls
