#pragma once
// Reading a TCP socket together with the kernel's receive timestamp (SO_TIMESTAMPNS), so a response is timed
// when it arrived rather than when a busy worker got round to reading it. Linux only; elsewhere the functions
// report "unsupported" and the transport times responses when it reads them.

#include <QtGlobal>

namespace ls {

// Asks the kernel to timestamp what arrives on the socket. False where that is not available.
bool enableReceiveTimestamps(qintptr socket);

struct StampedRead
{
    qint64 bytes = 0;     // > 0: data; 0: the peer closed; -1: an error (errno); -2: nothing to read now
    qint64 arrivedNs = 0; // steady-clock time when the last of these bytes arrived; 0 when the kernel gave none
};

StampedRead receiveStamped(qintptr socket, char *buffer, qint64 size);

} // namespace ls
