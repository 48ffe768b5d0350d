#pragma once
// Small misbehaving (and one well-behaved) HTTP servers for the engine's error-class tests. Each runs its own
// thread with an event loop, listens on 127.0.0.1 on a free port and stops cleanly in its destructor. All
// accessors are thread-safe.

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTcpSocket>

#include <map>
#include <memory>

namespace ls::test {

class ServerThread;

// A port on 127.0.0.1 that nothing listens on (bound once to find it, then closed): connection refused.
int freeClosedPort();

// Accepts, reads the request head, then resets the connection (SO_LINGER 0 + close: the client sees a reset).
class ResettingServer
{
public:
    ResettingServer();
    ~ResettingServer();
    quint16 port() const;
    int connectionCount() const; // connections accepted so far

private:
    std::unique_ptr<ServerThread> thread_;
};

// Accepts and reads, but never answers; connections stay open until the client closes them or the server stops.
class SilentServer
{
public:
    SilentServer();
    ~SilentServer();
    quint16 port() const;
    int connectionCount() const;
    qint64 bytesReceived() const;

private:
    struct State;
    std::unique_ptr<State> state_;
    std::unique_ptr<ServerThread> thread_;
};

// Answers every request with bytes that are not HTTP ("HELLO\r\n\r\n"), then closes.
class MalformedServer
{
public:
    MalformedServer();
    ~MalformedServer();
    quint16 port() const;
    int connectionCount() const;

private:
    std::unique_ptr<ServerThread> thread_;
};

// A minimal correct HTTP/1.1 keep-alive server: answers each request (in order, one at a time per connection)
// after delayMs with status() and either the body "ok" or bodySize() bytes of 'x'. 429 and 503 carry
// "Retry-After: 1". Counts requests and tracks current and peak open connections.
class CountingHttpServer
{
public:
    explicit CountingHttpServer(int delayMs = 0);
    ~CountingHttpServer();

    quint16 port() const;
    QString baseUrl() const; // "http://127.0.0.1:PORT"

    void setDelayMs(int ms);
    int delayMs() const;
    void setStatus(int status); // default 200
    int status() const;
    void setBodySize(qint64 bytes); // -1 (default): the body "ok"
    qint64 bodySize() const;

    qint64 requestCount() const; // complete requests received
    int connectionCount() const; // connections accepted
    int openConnections() const;
    int peakConnections() const;
    void resetCounts(); // requests and accepted to 0, peak to the current open count

private:
    struct State;
    std::unique_ptr<State> state_;
    std::unique_ptr<ServerThread> thread_;
};

// Answers with redirects, keep-alive: /hop/N 302s to /hop/N-1 until /hop/0, which says 200 "METHOD BODYBYTES";
// /loop 302s to itself; /see-other (303), /temporary (307) and /moved (301) go to /hop/0; /absolute 302s to
// http://localhost:PORT/hop/0 (another origin for a client that came to 127.0.0.1); /private answers 401 with a
// Basic challenge unless the request carries user:secret, then as /hop/0. Asked as a proxy (an absolute URL in
// the request line) it answers for the URL's path. Logs every request.
class RedirectServer
{
public:
    RedirectServer();
    ~RedirectServer();
    quint16 port() const;
    QString baseUrl() const;      // "http://127.0.0.1:PORT"
    QStringList requests() const; // "POST /temporary body=7 auth=1", in arrival order

private:
    struct State;
    std::unique_ptr<State> state_;
    std::unique_ptr<ServerThread> thread_;
};

// A blocking HTTP/1.1 client on one raw socket (no event loop needed), for tests that must control the exact
// bytes: pipelining, malformed requests, requests split across writes. Skips "100 Continue" interim responses.
class RawHttpClient
{
public:
    struct Response
    {
        int status = 0;
        std::map<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;

        QByteArray header(const char *name) const;
        QJsonObject json() const;                // the body parsed as a JSON object (empty if it is none)
        QJsonValue value(const char *key) const; // json().value(key)
    };

    explicit RawHttpClient(quint16 port, int connectTimeoutMs = 3000);
    bool connected() const { return connected_; }
    void send(const QByteArray &raw);
    // Reads one response; false on timeout or if the connection closed first.
    bool read(Response *response, int timeoutMs = 5000);
    // read() returning the response; status 0 if none came.
    Response next(int timeoutMs = 5000);
    // send() then next().
    Response ask(const QByteArray &raw, int timeoutMs = 5000);
    // True if the peer closes the connection within timeoutMs (data arriving meanwhile is buffered).
    bool waitClosed(int timeoutMs = 3000);
    // Everything buffered or arriving within timeoutMs (returns as soon as some data is there).
    QByteArray readRaw(int timeoutMs = 3000);
    QTcpSocket &socket() { return socket_; }

private:
    bool waitForData(int timeoutMs);

    QTcpSocket socket_;
    QByteArray buffer_;
    bool connected_ = false;
};

// Request texts for RawHttpClient::send(); extra holds whole header lines ending in "\r\n".
QByteArray get(const QByteArray &path, const QByteArray &extra = {});
QByteArray post(const QByteArray &path, const QByteArray &body, const QByteArray &extra = {});
// One request on a fresh connection; status 0 if no answer came.
RawHttpClient::Response fetch(quint16 port, const QByteArray &raw);

} // namespace ls::test
