#pragma once
// How requests reach the server. A transport makes connections; each virtual user owns one connection and
// has at most one request in flight on it. Everything here runs on the worker thread that created it.

#include "ErrorClass.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace ls {

struct HttpRequest
{
    QByteArray method;
    QByteArray url; // absolute, percent-encoded
    std::vector<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

struct HttpResponse
{
    static constexpr qint64 maxKeptBodyBytes = 1 << 20; // checks look at the first 1 MiB; the rest is counted

    int status = 0;                      // 0 when no response arrived
    ErrorClass error = ErrorClass::None; // network-level failure; statuses are judged by the scenario's checks
    QString message;                     // for failures
    QByteArray bodyPrefix;               // at most maxKeptBodyBytes
    qint64 bodyBytes = 0;                // the whole body, as received
    qint64 bytesSent = 0;
    QByteArray location; // a 3xx response's Location, when TransportOptions::keepLocation
    // Steady-clock time the response's last bytes reached this machine (the kernel's receive timestamp), so a
    // busy worker's backlog is not counted as server latency. 0: unknown, the response is timed when handled.
    qint64 arrivedNs = 0;
};

class Connection
{
public:
    using Completion = std::function<void(HttpResponse &&)>;
    virtual ~Connection() = default;
    // Exactly one completion per send, called later from the event loop (never from inside send()).
    virtual void send(const HttpRequest &request, qint64 timeoutMs, Completion completion) = 0;
    // Ends the request in flight, if any; its completion reports ErrorClass::Aborted.
    virtual void abort() = 0;
};

class Transport
{
public:
    virtual ~Transport() = default;
    virtual QString name() const = 0;
    virtual std::unique_ptr<Connection> createConnection() = 0;
};

struct TransportOptions
{
    bool tlsVerify = true;
    int expectedConnections = 0; // lets a transport size its pools up front
    bool keepLocation = false;   // redirects are followed: responses carry their Location
    bool http2 = false;          // qnam only: HTTP/2 (ALPN over TLS, prior knowledge over plain HTTP)
    QString proxy;               // qnam only: http://host:port or socks5://host:port, resolved; "" = direct
    QString authUser;            // qnam only: answers the server's authentication challenge
    QString authPassword;
};

// "native" gives the lean HTTP/1.1 transport, "qnam" the QNetworkAccessManager one, "auto" what the plan needs
// (native unless it needs HTTP/2, a proxy or authentication schemes); nullptr with a message for unknown names
// and for "native" with options only qnam has.
std::unique_ptr<Transport> createTransport(const QString &name, const TransportOptions &options, QString *error);
// The name createTransport will use for a plan's setting ("auto" resolves to a concrete transport).
QString resolvedTransportName(const QString &name, const TransportOptions &options);

} // namespace ls
