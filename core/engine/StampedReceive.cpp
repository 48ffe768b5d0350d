#include "StampedReceive.h"

#include <chrono>
#include <cstring>

#if defined(Q_OS_LINUX)
#include <cerrno>
#include <ctime>
#include <sys/socket.h>
#include <sys/uio.h>
#endif

namespace ls {

#if defined(Q_OS_LINUX) && defined(SO_TIMESTAMPNS) && defined(SCM_TIMESTAMPNS)

bool enableReceiveTimestamps(qintptr socket)
{
    const int on = 1;
    return ::setsockopt(int(socket), SOL_SOCKET, SO_TIMESTAMPNS, &on, sizeof on) == 0;
}

StampedRead receiveStamped(qintptr socket, char *buffer, qint64 size)
{
    iovec io{buffer, std::size_t(size)};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(timespec))];
    msghdr message{};
    message.msg_iov = &io;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    ssize_t n;
    do {
        n = ::recvmsg(int(socket), &message, MSG_DONTWAIT);
    } while (n < 0 && errno == EINTR);
    StampedRead read;
    if (n < 0) {
        read.bytes = (errno == EAGAIN || errno == EWOULDBLOCK) ? -2 : -1;
        return read;
    }
    read.bytes = n;
    for (cmsghdr *c = CMSG_FIRSTHDR(&message); c; c = CMSG_NXTHDR(&message, c)) {
        if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_TIMESTAMPNS)
            continue;
        timespec arrived{};
        std::memcpy(&arrived, CMSG_DATA(c), sizeof arrived);
        // The kernel stamps with the wall clock; the engine times with the steady one. The bytes' age is the same
        // on both, and ages are tiny, so a wall-clock step between the two readings is the only (rare) error.
        timespec wallNow{};
        ::clock_gettime(CLOCK_REALTIME, &wallNow);
        const qint64 steadyNow =
            std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
                .count();
        const qint64 ageNs = (qint64(wallNow.tv_sec) - qint64(arrived.tv_sec)) * 1'000'000'000 +
                             (qint64(wallNow.tv_nsec) - qint64(arrived.tv_nsec));
        // A negative or absurd age means the wall clock stepped: fall back to "now".
        read.arrivedNs = steadyNow - ((ageNs >= 0 && ageNs < 10'000'000'000) ? ageNs : 0);
    }
    return read;
}

#else

bool enableReceiveTimestamps(qintptr)
{
    return false;
}

StampedRead receiveStamped(qintptr, char *, qint64)
{
    return StampedRead{-1, 0};
}

#endif

} // namespace ls
